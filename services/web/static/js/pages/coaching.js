// The provincial coaching team (ทีมโค้ชจังหวัด): the driving committee appoints it for an
// academic year, names its coaches and gives each the pilot schools they work with; the
// province's people read it.

import { h, append } from "../core/dom.js";
import { t, define } from "../core/i18n.js";
import { api, ApiError } from "../core/api.js";
import { formatDate, isoDay } from "../core/thai.js";
import { grants } from "../core/session.js";
import { navigate } from "../core/router.js";
import { form } from "../ui/form.js";
import { table, badge } from "../ui/table.js";
import { addMenuItems } from "../ui/layout.js";
import { pageHead, card, chosenYear, yearFilter, esasOf, schoolsOf, nameOf } from "./common.js";
import { TEAM_ROLES, options } from "./practice-terms.js";

define({
  "nav.coaching": ["ทีมโค้ชจังหวัด", "Provincial coaching team"],
  "coach.title": ["ทีมโค้ชจังหวัด", "Provincial coaching team"],
  "coach.lead": ["คณะกรรมการขับเคลื่อนพื้นที่นวัตกรรมการศึกษาจังหวัดแต่งตั้งทีมโค้ช เพื่อนิเทศติดตามการใช้หลักสูตรสถานศึกษาฐานสมรรถนะของสถานศึกษานำร่อง",
    "The provincial driving committee appoints the coaching team, which follows how pilot schools use their competency-based curricula"],
  "coach.none": ["ยังไม่ได้แต่งตั้งทีมโค้ชของปีการศึกษานี้", "No coaching team appointed for this year yet"],
  "coach.appoint": ["แต่งตั้งทีมโค้ช", "Appoint the team"],
  "coach.order_no": ["เลขที่คำสั่ง", "Order number"],
  "coach.appointed_on": ["วันที่แต่งตั้ง", "Appointed on"],
  "coach.team_title": ["ชื่อคำสั่ง", "Title of the order"],
  "coach.order": ["คำสั่งที่ {no} ลงวันที่ {day}", "Order {no} of {day}"],
  "coach.members": ["โค้ชในทีม", "Coaches"],
  "coach.col.name": ["ชื่อ-นามสกุล", "Name"],
  "coach.col.role": ["บทบาท", "Role"],
  "coach.col.schools": ["โรงเรียนที่รับผิดชอบ", "Schools"],
  "coach.add": ["เพิ่มโค้ช", "Add a coach"],
  "coach.name": ["ชื่อ-นามสกุล", "Name"],
  "coach.position": ["ตำแหน่ง", "Position"],
  "coach.organisation": ["หน่วยงาน/สังกัด", "Organisation"],
  "coach.team_role": ["บทบาทในทีม", "Role in the team"],
  "coach.person": ["รหัสผู้ใช้ในระบบ (ถ้ามี)", "Nithet person id (if any)"],
  "coach.assign": ["กำหนดโรงเรียน", "Assign schools"],
  "coach.pilots": ["สถานศึกษานำร่องที่รับผิดชอบ", "Pilot schools coached"],
  "coach.release": ["ให้พ้นจากทีม", "Release from the team"],
  "coach.reason": ["เหตุผล", "Reason"],
  "coach.released": ["พ้นจากทีมแล้ว", "Left the team"],
  "coach.active": ["ปฏิบัติหน้าที่", "Active"],
  "coach.coached": ["โรงเรียนที่มีโค้ชดูแล {n} โรงเรียน", "{n} schools coached"],
});

addMenuItems((g) => (["driving_committee", "academic_subcommittee", "provincial_officer"].includes(g.role) && g.level === "province"
  ? [[`/provinces/${g.id}/coaching`, "nav.coaching"]] : []));

const refresh = () => navigate(location.pathname + location.search, { replaceState: true });
const missing = (e) => (e instanceof ApiError && e.status === 404 ? null : Promise.reject(e));

async function pilotSchools(province) {
  const esas = await esasOf(province);
  const lists = await Promise.all(esas.map((e) => schoolsOf(e.esa)));
  return lists.flat().filter((s) => s.sandbox_pilot);
}

function appointForm(base, year) {
  return form({
    testid: "appoint-team", submit: "coach.appoint",
    fields: [{ name: "order_no", label: "coach.order_no", required: true, maxlength: 60 },
      { name: "appointed_on", label: "coach.appointed_on", type: "date", required: true, value: isoDay() },
      { name: "title", label: "coach.team_title", required: true, maxlength: 300, value: `คำสั่งแต่งตั้งทีมโค้ชจังหวัด ปีการศึกษา ${year}` }],
    onSubmit: (b) => api.post("curriculum", base, { ...b, academic_year: year }),
    onDone: refresh,
  });
}

function coachForm(path) {
  return form({
    testid: "add-coach", submit: "coach.add",
    fields: [{ name: "name", label: "coach.name", required: true, maxlength: 200 },
      { name: "position", label: "coach.position", maxlength: 200 },
      { name: "organisation", label: "coach.organisation", maxlength: 200 },
      { name: "team_role", label: "coach.team_role", type: "select", value: "coach", options: options(TEAM_ROLES, "trole") },
      { name: "person", label: "coach.person", maxlength: 200 }],
    onSubmit: (b) => api.post("curriculum", `${path}/coaches`, b),
    onDone: refresh,
  });
}

function coachActions(path, coach, pilots) {
  if (!coach.active) return null;
  const at = `${path}/coaches/${coach.coach_no}`;
  return [h("details", {}, h("summary", {}, t("coach.assign")), form({
    testid: `assign-${coach.coach_no}`, submit: "coach.assign",
    fields: [{ name: "schools", label: "coach.pilots", type: "checkboxes", value: coach.schools.map((s) => s.school),
      options: pilots.map((s) => ({ value: s.school, label: nameOf(s) }))}],
    onSubmit: (b) => api.put("curriculum", `${at}/schools`, b),
    onDone: refresh,
  })), h("details", {}, h("summary", {}, t("coach.release")), form({
    testid: `release-${coach.coach_no}`, submit: "coach.release",
    fields: [{ name: "reason", label: "coach.reason", type: "textarea", required: true, maxlength: 2000 }],
    onSubmit: (b) => api.post("curriculum", `${at}/release`, b),
    onDone: refresh,
  }))];
}

function coachesTable(team, act) {
  return table({ caption: t("coach.members"), rows: team.coaches, testid: "coaches", columns: [
    { label: t("coach.col.name"), value: (c) => [c.name, c.position ? h("div", { class: "muted small" }, `${c.position} ${c.organisation}`) : null] },
    { label: t("coach.col.role"), value: (c) => [t(`trole.${c.team_role}`), " ", badge(t(c.active ? "coach.active" : "coach.released"), c.active ? "ok" : "neutral")] },
    { label: t("coach.col.schools"), value: (c) => (c.schools.length ? h("ul", {}, c.schools.map((s) => h("li", {}, s.school_name || s.school))) : "–") },
    ...(act ? [{ label: "", value: act }] : []),
  ] });
}

async function renderCoaching(view, { province }, query) {
  const year = chosenYear(query);
  const base = `/v1/provinces/${encodeURIComponent(province)}/coaching-teams`;
  const appointer = grants().some((g) => g.role === "driving_committee" && g.level === "province" && g.id === province);
  const [team, pilots] = await Promise.all([api.get("curriculum", `${base}/${year}`).catch(missing), appointer ? pilotSchools(province) : []]);
  append(view, [pageHead(t("coach.title"), { lead: t("coach.lead") }), yearFilter(query)]);
  if (!team) {
    view.append(card(t("coach.none"), appointer ? appointForm(base, year) : null));
    return;
  }
  const path = `${base}/${year}`;
  view.append(card(team.title, h("p", { "data-testid": "team-order" }, t("coach.order", { no: team.order_no, day: formatDate(team.appointed_on) })),
    h("p", {}, t("coach.coached", { n: team.schools_coached }))),
  card(t("coach.members"), coachesTable(team, appointer ? (c) => coachActions(path, c, pilots) : null)));
  if (appointer) view.append(card(t("coach.add"), coachForm(path)));
}

export const routes = [{ path: "/provinces/:province/coaching", render: renderCoaching }];
