// An ESA's drive for 4Q quality in a year (TUMHOME plus INNO) beyond the agreements: the
// driving team (T), each school's baseline on the five dimensions (U), the ก.ต.ป.น. /
// อ.ก.ต.ป.น. and its progress reports (M.3), good-practice exchanges (E.3) and the year's
// results carried into next year's plan (E.4). The ESA director appoints; supervisors record.

import { h, append } from "../core/dom.js";
import { t, define, number } from "../core/i18n.js";
import { api, until } from "../core/api.js";
import { formatDate, isoDay } from "../core/thai.js";
import { grantsOf } from "../core/session.js";
import { navigate } from "../core/router.js";
import { form } from "../ui/form.js";
import { table, badge } from "../ui/table.js";
import { addMenuItems } from "../ui/layout.js";
import { pageHead, card, chosenYear, yearFilter, schoolsOf, schoolNames } from "./common.js";
import { appointmentFields, appointmentTable } from "./appointments.js";
import { rowsField } from "./row-fields.js";
import { DIMENSIONS, MODES, options } from "./supervision-terms.js";

define({
  "nav.quality_drive": ["ขับเคลื่อนโรงเรียนคุณภาพ 4Q", "4Q quality drive"],
  "drive.title": ["การขับเคลื่อนคุณภาพการศึกษาสู่โรงเรียนคุณภาพ 4Q (TUMHOME plus INNO)", "Driving 4Q school quality (TUMHOME plus INNO)"],
  "drive.team": ["ขั้นที่ 1 สร้างทีมงานร่วมพัฒนา (T): คณะทำงานขับเคลื่อน", "Step 1, teamwork (T): the driving team"],
  "drive.appoint": ["บันทึกคำสั่งแต่งตั้ง", "Record the appointment"],
  "drive.baseline": ["ขั้นที่ 2 วิเคราะห์ปัญหาสู่ความเข้าใจ (U): ข้อมูลสภาพปัจจุบัน", "Step 2, understanding (U): baseline"],
  "drive.baseline_record": ["บันทึกข้อมูลสภาพปัจจุบัน", "Record a baseline"],
  "drive.school": ["โรงเรียน", "School"],
  "drive.score.student": ["สภาพปัจจุบัน: นักเรียนคุณภาพ (0–100)", "Baseline: quality student (0–100)"],
  "drive.score.teacher": ["สภาพปัจจุบัน: ครูคุณภาพ (0–100)", "Baseline: quality teacher (0–100)"],
  "drive.score.classroom": ["สภาพปัจจุบัน: ห้องเรียนคุณภาพ (0–100)", "Baseline: quality classroom (0–100)"],
  "drive.score.director": ["สภาพปัจจุบัน: ผู้อำนวยการคุณภาพ (0–100)", "Baseline: quality director (0–100)"],
  "drive.score.management": ["สภาพปัจจุบัน: การบริหารจัดการคุณภาพ (0–100)", "Baseline: quality management (0–100)"],
  "drive.problems": ["สภาพปัญหาที่พบ (บรรทัดละหนึ่งข้อ)", "Problems found, one per line"],
  "drive.needs": ["ความต้องการในการพัฒนา (บรรทัดละหนึ่งข้อ)", "Needs, one per line"],
  "drive.priorities": ["ด้านที่ต้องเร่งพัฒนา", "Dimensions to develop first"],
  "drive.collected_on": ["วันที่เก็บข้อมูล", "Collected on"],
  "drive.committee": ["ขั้นที่ 3 (M) คณะ ก.ต.ป.น. / อ.ก.ต.ป.น. นิเทศ ติดตามเชิงรุก", "Step 3 (M): the ก.ต.ป.น. / อ.ก.ต.ป.น."],
  "drive.body": ["คณะกรรมการ", "Committee"],
  "body.ktpn": ["ก.ต.ป.น.", "ก.ต.ป.น. (monitoring committee)"],
  "body.aktpn": ["อ.ก.ต.ป.น.", "อ.ก.ต.ป.น. (subcommittee)"],
  "drive.progress": ["รายงานความก้าวหน้าของการพัฒนา", "Progress reports"],
  "drive.report": ["บันทึกรายงานความก้าวหน้า", "Record a progress report"],
  "drive.round": ["ครั้งที่", "Round"],
  "drive.reported_on": ["วันที่รายงาน", "Reported on"],
  "drive.summary": ["สรุปความก้าวหน้า", "Summary"],
  "drive.schools": ["ความก้าวหน้ารายโรงเรียน", "Progress per school"],
  "drive.school_n": ["โรงเรียนที่ {n}", "School {n}"],
  "drive.add_school": ["+ เพิ่มโรงเรียน", "+ Add a school"],
  "drive.note": ["ข้อค้นพบ", "Findings"],
  "drive.latest": ["สถานะล่าสุดของแต่ละโรงเรียน", "Each school's latest statuses"],
  "progress.none": ["—", "—"],
  "progress.on_track": ["เป็นไปตามแผน", "On track"],
  "progress.behind": ["ล่าช้ากว่าแผน", "Behind"],
  "progress.needs_help": ["ต้องช่วยเหลือเร่งด่วน", "Needs help"],
  "drive.exchange": ["ขั้นที่ 7 ข้อ 3 (E) แลกเปลี่ยนเรียนรู้ผลการดำเนินงานที่ดี", "Step 7.3 (E): good-practice exchange"],
  "drive.exchange_add": ["บันทึกกิจกรรมแลกเปลี่ยนเรียนรู้", "Record an exchange"],
  "drive.exchange_title": ["ชื่อกิจกรรม", "Title"],
  "drive.held_on": ["วันที่จัด", "Held on"],
  "drive.mode": ["รูปแบบการจัด", "Format"],
  "drive.participants": ["จำนวนผู้เข้าร่วม", "Participants"],
  "drive.practices": ["ผลการดำเนินงานที่ดีที่นำเสนอ", "Practices presented"],
  "drive.practice_n": ["ผลงานที่ {n}", "Practice {n}"],
  "drive.add_practice": ["+ เพิ่มผลงาน", "+ Add a practice"],
  "drive.practice": ["ผลการดำเนินงานที่ดี (Best Practice)", "Good practice"],
  "drive.dimension": ["ด้านคุณภาพ", "Dimension"],
  "drive.carry": ["ขั้นที่ 7 ข้อ 4 (E) นำผลการดำเนินงานไปวางแผนปีถัดไป", "Step 7.4 (E): results into next year's plan"],
  "drive.carry_save": ["บันทึกการนำผลไปวางแผน", "Save into next year's plan"],
  "drive.lessons": ["บทเรียนจากผลการดำเนินงาน", "Lessons learnt"],
  "drive.next_priorities": ["ด้านที่ต้องให้ความสำคัญในปีถัดไป", "Dimensions to put first next year"],
  "drive.focus_schools": ["โรงเรียนที่ต้องเร่งพัฒนา", "Schools to develop urgently"],
  "drive.actions": ["แนวทางการดำเนินงานปีถัดไป (บรรทัดละหนึ่งข้อ)", "Next year's actions, one per line"],
  "drive.carried_from": ["จากผลการดำเนินงานปีการศึกษา {year}", "From the results of {year}"],
  "drive.carried": ["นำไปวางแผนปีการศึกษา {year} แล้ว (ฉบับที่ {n})", "Carried into {year} (revision {n})"],
});

const base = (esa, year) => `/v1/esas/${encodeURIComponent(esa)}/quality-drive/${year}`;
const PROGRESS = ["on_track", "behind", "needs_help"];
const TONE = { on_track: "ok", behind: "warn", needs_help: "err" };
addMenuItems((g) => (["supervisor", "esa_director"].includes(g.role) && g.level === "esa" ? [[`/esas/${g.id}/quality-drive`, "nav.quality_drive"]] : []));

const dims = (list) => list.map((d) => t(`dim.${d}`)).join(", ");
const reload = (probe, accept) => async () => { await until(probe, accept); navigate(location.pathname + location.search, { replaceState: true }); };

function teamCard(d, path, director, refresh) {
  return card(t("drive.team"), appointmentTable(t("drive.team"), d.team, "team"), director ? h("details", {}, h("summary", {}, t("drive.appoint")), form({
    testid: "team-form", submit: "drive.appoint", fields: appointmentFields(d.team),
    onSubmit: (v) => api.put("supervision", `${path}/team`, v), onDone: refresh((x) => x.team && x.team.order_no !== d.team?.order_no),
  })) : null);
}

function baselineCard(esa, year, quality, schools, names) {
  const rows = quality.filter((q) => q.baseline);
  const path = (s) => `/v1/esas/${encodeURIComponent(esa)}/schools/${s}/quality/${year}/baseline`;
  return card(t("drive.baseline"), table({ caption: t("drive.baseline"), rows, testid: "baselines", columns: [
    { label: t("drive.school"), value: (q) => names[q.school] || q.school },
    ...DIMENSIONS.map((dim) => ({ label: t(`dim.${dim}`), value: (q) => number(q.baseline.scores[dim], 0), class: "num" })),
    { label: t("drive.priorities"), value: (q) => dims(q.baseline.priorities) }] }),
  h("details", {}, h("summary", {}, t("drive.baseline_record")), form({
    testid: "baseline-form", submit: "drive.baseline_record",
    fields: [{ name: "school", label: "drive.school", type: "select", options: schools.map((s) => ({ value: s.school, label: names[s.school] })) },
      ...DIMENSIONS.map((dim) => ({ name: `scores.${dim}`, label: `drive.score.${dim}`, type: "number", required: true, min: 0, max: 100 })),
      { name: "problems", label: "drive.problems", type: "lines", lineMax: 1000, maxItems: 30 },
      { name: "needs", label: "drive.needs", type: "lines", lineMax: 1000, maxItems: 30 },
      { name: "priorities", label: "drive.priorities", type: "checkboxes", options: options(DIMENSIONS, "dim") },
      { name: "collected_on", label: "drive.collected_on", type: "date", required: true, value: isoDay() }],
    onSubmit: ({ school, ...v }) => api.put("supervision", path(school), v),
    onDone: reload(() => api.get("supervision", `/v1/esas/${encodeURIComponent(esa)}/quality`, { year }), (l) => l.filter((q) => q.baseline).length > rows.length),
  })));
}

function progressRows(label, schools, names) {
  return rowsField(label, { add: "drive.add_school", numbered: "drive.school_n", parts: [
    { name: "school", label: "drive.school", type: "select", options: schools.map((s) => ({ value: s.school, label: names[s.school] })) },
    ...DIMENSIONS.map((dim) => ({ name: dim, label: `dim.${dim}`, type: "select", options: [{ value: "", label: t("progress.none") }, ...options(PROGRESS, "progress")] })),
    { name: "note", label: "drive.note", maxlength: 2000 }],
  read: ({ school, note, ...statuses }) => ({ school, note, statuses: Object.fromEntries(Object.entries(statuses).filter(([, v]) => v)) }) });
}

function committeeCard(d, path, director, schools, names, refresh) {
  const bodies = options(["ktpn", "aktpn"], "body");
  const latest = Object.entries(d.latest).map(([school, l]) => ({ school, ...l }));
  return card(t("drive.committee"),
    ...Object.entries(d.committees).map(([body, order]) => appointmentTable(t(`body.${body}`), order, `committee-${body}`)),
    director ? h("details", {}, h("summary", {}, t("drive.appoint")), form({
      testid: "committee-form", submit: "drive.appoint", fields: [{ name: "body", label: "drive.body", type: "select", options: bodies }, ...appointmentFields(null)],
      onSubmit: (v) => api.put("supervision", `${path}/committee`, v), onDone: refresh((x) => Object.keys(x.committees).length > Object.keys(d.committees).length),
    })) : null,
    h("h3", {}, t("drive.latest")),
    table({ caption: t("drive.latest"), rows: latest, testid: "latest", columns: [
      { label: t("drive.school"), value: (l) => names[l.school] || l.school },
      ...DIMENSIONS.map((dim) => ({ label: t(`dim.${dim}`), value: (l) => (l.statuses[dim] ? badge(t(`progress.${l.statuses[dim]}`), TONE[l.statuses[dim]]) : "–") })),
      { label: t("drive.round"), value: (l) => `${l.round} (${formatDate(l.reported_on)})` }] }),
    h("details", {}, h("summary", {}, t("drive.report")), form({
      testid: "progress-form", submit: "drive.report",
      fields: [{ name: "body", label: "drive.body", type: "select", options: bodies },
        { name: "reported_on", label: "drive.reported_on", type: "date", required: true, value: isoDay() },
        { name: "schools", label: "drive.schools", type: "custom", render: (label) => progressRows(label, schools, names) },
        { name: "summary_th", label: "drive.summary", type: "textarea", required: true, maxlength: 4000 }],
      onSubmit: (v) => api.post("supervision", `${path}/progress-reports`, v), onDone: refresh((x) => x.reports.length > d.reports.length),
    })));
}

function exchangeCard(d, path, schools, names, refresh) {
  const practices = (label) => rowsField(label, { add: "drive.add_practice", numbered: "drive.practice_n", parts: [
    { name: "school", label: "drive.school", type: "select", options: schools.map((s) => ({ value: s.school, label: names[s.school] })) },
    { name: "title_th", label: "drive.practice", maxlength: 300 },
    { name: "dimension", label: "drive.dimension", type: "select", options: options(DIMENSIONS, "dim") }] });
  return card(t("drive.exchange"), table({ caption: t("drive.exchange"), rows: d.exchanges, testid: "exchanges", columns: [
    { label: t("drive.exchange_title"), value: (x) => x.title }, { label: t("drive.held_on"), value: (x) => formatDate(x.held_on) },
    { label: t("drive.practices"), value: (x) => x.practices.map((p) => `${names[p.school] || p.school}: ${p.title_th}`).join("; ") },
    { label: t("drive.participants"), value: (x) => number(x.participants), class: "num" }] }),
  h("details", {}, h("summary", {}, t("drive.exchange_add")), form({
    testid: "exchange-form", submit: "drive.exchange_add",
    fields: [{ name: "title", label: "drive.exchange_title", required: true, maxlength: 300 },
      { name: "held_on", label: "drive.held_on", type: "date", required: true, value: isoDay() },
      { name: "mode", label: "drive.mode", type: "select", options: options(MODES, "mode") },
      { name: "participants", label: "drive.participants", type: "number", integer: true, min: 0, value: 0 },
      { name: "practices", label: "drive.practices", type: "custom", render: practices }],
    onSubmit: (v) => api.post("supervision", `${path}/exchanges`, v), onDone: refresh((x) => x.exchanges.length > d.exchanges.length),
  })));
}

function carryCard(d, path, year, schools, names, quality, refresh) {
  const c = d.carried_forward;
  const behind = quality.filter((q) => q.targets_met && Object.values(q.targets_met).some((met) => !met)).map((q) => q.school);
  return card(t("drive.carry"), c ? h("p", { "data-testid": "carried" }, t("drive.carried", { year: c.next_year, n: c.revision }), ` — ${dims(c.priorities)}`) : null,
    form({ testid: "carry-form", submit: "drive.carry_save",
      fields: [{ name: "lessons_th", label: "drive.lessons", type: "textarea", required: true, maxlength: 4000, value: c?.lessons_th || "" },
        { name: "priorities", label: "drive.next_priorities", type: "checkboxes", required: true, options: options(DIMENSIONS, "dim"), value: c?.priorities || [] },
        { name: "focus_schools", label: "drive.focus_schools", type: "checkboxes", options: schools.map((s) => ({ value: s.school, label: names[s.school] })), value: c?.focus_schools || behind },
        { name: "actions", label: "drive.actions", type: "lines", lineMax: 1000, maxItems: 30, value: c?.actions || [] }],
      onSubmit: (v) => api.put("supervision", `${path}/carry-forward`, v), onDone: refresh((x) => (x.carried_forward?.revision || 0) > (c?.revision || 0)) }));
}

function carriedFrom(d, names) {
  const f = d.carried_from;
  if (!f) return null;
  return card(t("drive.carried_from", { year: f.year }), h("div", { "data-testid": "carried-from" },
    h("p", {}, f.lessons_th), h("p", {}, `${t("drive.next_priorities")}: ${dims(f.priorities)}`),
    f.focus_schools.length ? h("p", {}, `${t("drive.focus_schools")}: ${f.focus_schools.map((s) => names[s] || s).join(", ")}`) : null,
    f.actions.length ? h("ul", {}, f.actions.map((a) => h("li", {}, a))) : null));
}

async function renderDrive(view, { esa }, query) {
  const year = chosenYear(query);
  const path = base(esa, year);
  const [d, quality, schools] = await Promise.all([api.get("supervision", path),
    api.get("supervision", `/v1/esas/${encodeURIComponent(esa)}/quality`, { year }), schoolsOf(esa)]);
  const names = schoolNames(schools);
  const director = grantsOf("esa_director").some((g) => g.id === esa);
  const refresh = (accept) => reload(() => api.get("supervision", path), accept);
  append(view, [pageHead(t("drive.title")), yearFilter(query), carriedFrom(d, names),
    teamCard(d, path, director, refresh), baselineCard(esa, year, quality, schools, names),
    committeeCard(d, path, director, schools, names, refresh), exchangeCard(d, path, schools, names, refresh),
    carryCard(d, path, year, schools, names, quality, refresh)].filter(Boolean));
}

export const routes = [{ path: "/esas/:esa/quality-drive", render: renderDrive }];
