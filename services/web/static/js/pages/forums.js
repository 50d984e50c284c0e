// Exchange forums (เวทีแลกเปลี่ยนเรียนรู้) of an ESA: its supervisors record a forum once held
// (day, format, topics), who took part per school, and what came out of it.

import { h, append } from "../core/dom.js";
import { t, define, number } from "../core/i18n.js";
import { api, until } from "../core/api.js";
import { formatDate, isoDay } from "../core/thai.js";
import { grants } from "../core/session.js";
import { navigate } from "../core/router.js";
import { form } from "../ui/form.js";
import { table } from "../ui/table.js";
import { addMenuItems } from "../ui/layout.js";
import { pageHead, card, chosenYear, yearFilter, schoolsOf, nameOf } from "./common.js";
import { FORMATS, options } from "./practice-terms.js";

define({
  "nav.forums": ["เวทีแลกเปลี่ยนเรียนรู้", "Exchange forums"],
  "forum.title": ["เวทีแลกเปลี่ยนเรียนรู้พื้นที่นวัตกรรมการศึกษา", "Exchange forums of the education sandbox"],
  "forum.record": ["บันทึกเวทีที่จัดแล้ว", "Record a forum held"],
  "forum.name": ["ชื่อเวที", "Title"],
  "forum.held_on": ["วันที่จัด", "Held on"],
  "forum.format": ["รูปแบบการจัด", "Format"],
  "forum.venue": ["สถานที่/ช่องทาง", "Venue or channel"],
  "forum.topics": ["ประเด็นแลกเปลี่ยน (บรรทัดละหนึ่งประเด็น)", "Topics, one per line"],
  "forum.col.day": ["วันที่", "Day"],
  "forum.col.teachers": ["ครูที่เข้าร่วม", "Teachers"],
  "forum.col.total": ["ผู้เข้าร่วมทั้งหมด", "Participants"],
  "forum.participants": ["ผู้เข้าร่วม", "Participants"],
  "forum.teachers_of": ["{school}: ครู (คน)", "{school}: teachers"],
  "forum.others": ["ผู้เข้าร่วมอื่น (ศึกษานิเทศก์ ภาคีเครือข่าย ฯลฯ)", "Others (supervisors, partners...)"],
  "forum.save_participants": ["บันทึกผู้เข้าร่วม", "Save participants"],
  "forum.outcomes": ["ผลที่ได้จากเวที (บรรทัดละหนึ่งข้อ)", "Outcomes, one per line"],
  "forum.good_practices": ["แนวปฏิบัติที่ดีที่นำเสนอ (บรรทัดละหนึ่งข้อ)", "Good practices presented, one per line"],
  "forum.next_steps": ["การดำเนินการต่อ (บรรทัดละหนึ่งข้อ)", "Next steps, one per line"],
  "forum.save_outcomes": ["บันทึกผลของเวที", "Save the outcomes"],
});

addMenuItems((g) => (["supervisor", "esa_director"].includes(g.role) && g.level === "esa" ? [[`/esas/${g.id}/forums`, "nav.forums"]] : []));

const refresh = () => navigate(location.pathname + location.search, { replaceState: true });
const forumsPath = (esa) => `/v1/esas/${encodeURIComponent(esa)}/exchange-forums`;

function recordForm(esa, year, count) {
  return form({
    testid: "record-forum", submit: "forum.record",
    fields: [{ name: "title", label: "forum.name", required: true, maxlength: 300 },
      { name: "held_on", label: "forum.held_on", type: "date", required: true, value: isoDay() },
      { name: "format", label: "forum.format", type: "radios", value: "onsite", options: options(FORMATS, "fformat") },
      { name: "venue", label: "forum.venue", maxlength: 300 },
      { name: "topics", label: "forum.topics", type: "lines", required: true, lineMax: 1000, maxItems: 30 }],
    onSubmit: (b) => api.post("curriculum", forumsPath(esa), b),
    onDone: async () => { await until(() => api.get("curriculum", forumsPath(esa), { year }), (l) => l.length > count); refresh(); },
  });
}

function participantsForm(esa, year, forum, schools) {
  const counted = Object.fromEntries((forum.schools || []).map((s) => [s.school, s.teachers]));
  const fields = schools.map((s) => {
    define({ [`forum.teachers.${s.school}`]: [t("forum.teachers_of", { school: nameOf(s) }), t("forum.teachers_of", { school: nameOf(s) })] });
    return { name: `teachers.${s.school}`, label: `forum.teachers.${s.school}`, type: "number", min: 0, max: 500, integer: true, value: counted[s.school] || 0 };
  });
  fields.push({ name: "others", label: "forum.others", type: "number", min: 0, max: 5000, integer: true, value: 0 });
  return form({
    testid: `participants-${forum.forum_id}`, submit: "forum.save_participants", fields,
    onSubmit: ({ teachers, others }) => api.put("curriculum", `${forumsPath(esa)}/${forum.forum_id}/participants`, {
      schools: Object.entries(teachers).filter(([, n]) => n > 0).map(([school, n]) => ({ school, teachers: n })), others }),
    onDone: async (saved) => { await until(() => api.get("curriculum", forumsPath(esa), { year }), (l) => l.some((f) => f.forum_id === forum.forum_id && f.total === saved.participants.total)); refresh(); },
  });
}

function outcomesForm(esa, forum) {
  return form({
    testid: `outcomes-${forum.forum_id}`, submit: "forum.save_outcomes",
    fields: [{ name: "outcomes", label: "forum.outcomes", type: "lines", required: true, lineMax: 1000, maxItems: 30 },
      { name: "good_practices", label: "forum.good_practices", type: "lines", lineMax: 1000, maxItems: 30 },
      { name: "next_steps", label: "forum.next_steps", type: "lines", lineMax: 1000, maxItems: 30 }],
    onSubmit: (b) => api.put("curriculum", `${forumsPath(esa)}/${forum.forum_id}/outcomes`, b),
    onDone: refresh,
  });
}

function forumsTable(esa, year, forums, schools, organiser) {
  const act = (f) => [h("details", {}, h("summary", {}, t("forum.participants")), participantsForm(esa, year, f, schools)),
    h("details", {}, h("summary", {}, t("forum.save_outcomes")), outcomesForm(esa, f))];
  return table({ caption: t("forum.title"), rows: forums, testid: "forums", columns: [
    { label: t("forum.col.day"), value: (f) => formatDate(f.held_on) },
    { label: t("forum.name"), value: (f) => [f.title, h("ul", { class: "small" }, f.topics.map((x) => h("li", {}, x)))] },
    { label: t("forum.format"), value: (f) => t(`fformat.${f.format}`) },
    { label: t("forum.col.teachers"), value: (f) => number(f.teachers || 0), class: "num" },
    { label: t("forum.col.total"), value: (f) => number(f.total || 0), class: "num" },
    ...(organiser ? [{ label: "", value: act }] : []),
  ] });
}

async function renderForums(view, { esa }, query) {
  const year = chosenYear(query);
  const organiser = grants().some((g) => ["supervisor", "esa_director"].includes(g.role) && g.level === "esa" && g.id === esa);
  const [forums, schools] = await Promise.all([api.get("curriculum", forumsPath(esa), { year }), organiser ? schoolsOf(esa) : []]);
  append(view, [pageHead(t("forum.title")), yearFilter(query), card(null, forumsTable(esa, year, forums, schools, organiser))]);
  if (organiser) view.append(card(t("forum.record"), recordForm(esa, year, forums.length)));
}

export const routes = [{ path: "/esas/:esa/forums", render: renderForums }];
