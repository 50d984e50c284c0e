// What supervision adds to other pages: visit coverage and overdue follow-ups on a
// supervisor's school list, a school's visits (to acknowledge), the dashboards' supervision
// section (coverage, follow-ups, observation levels, 4Q ranking), and the menu entry.

import { h } from "../core/dom.js";
import { t, tOr, define, number } from "../core/i18n.js";
import { api } from "../core/api.js";
import { academicYear, semester, formatDate } from "../core/thai.js";
import { table, badge } from "../ui/table.js";
import { barChart, stackedBar } from "../ui/charts.js";
import { addMenuItems } from "../ui/layout.js";
import { extendEsaPage } from "./esa.js";
import { addSchoolSection } from "./school.js";
import { addDashboardSection, viewSection } from "./dashboards.js";
import { card, schoolsOf, schoolNames } from "./common.js";
import { LEVELS } from "./supervision-terms.js";

define({
  "nav.visits": ["การนิเทศ", "Visits"],
  "sv.col.visits": ["นิเทศภาคเรียนนี้ (ครั้ง)", "Visits this semester"],
  "sv.col.last": ["นิเทศล่าสุด", "Last visit"],
  "sv.col.log": ["บันทึก", "Log"],
  "sv.log": ["บันทึกการนิเทศ", "Log a visit"],
  "sv.unvisited": ["ยังไม่ได้นิเทศภาคเรียนนี้", "Not visited this semester"],
  "sv.unvisited30": ["ไม่ได้นิเทศในรอบ 30 วัน", "Not visited in 30 days"],
  "sv.overdue": ["ข้อตกลงเกินกำหนด", "Overdue follow-ups"],
  "sv.overdue_list": ["ข้อตกลงที่เกินกำหนดต้องติดตาม", "Overdue action items to follow up"],
  "sv.follow_ups": ["นิเทศติดตามหลักสูตรที่ได้รับความเห็นชอบ", "Follow-up supervision of approved curricula"],
  "sv.school_visits": ["การนิเทศโรงเรียน", "Supervision visits to the school"],
  "sv.section": ["การนิเทศ ติดตาม และประเมินผล", "Supervision, follow-up and evaluation"],
  "sv.fig.coverage.schools": ["จำนวนโรงเรียน", "Schools"],
  "sv.fig.coverage.visited": ["โรงเรียนที่ได้รับการนิเทศ", "Schools visited"],
  "sv.fig.coverage.not_visited": ["โรงเรียนที่ยังไม่ได้รับการนิเทศ", "Schools not visited"],
  "sv.fig.coverage.not_visited_in_30_days": ["ไม่ได้รับการนิเทศในรอบ 30 วัน", "Not visited in 30 days"],
  "sv.fig.coverage.visits": ["จำนวนครั้งการนิเทศ", "Visits"],
  "sv.fig.observations.observations": ["การสังเกตการสอน", "Classroom observations"],
  "sv.fig.follow-ups.action_items": ["ข้อตกลงที่ต้องติดตาม", "Action items"],
  "sv.fig.follow-ups.overdue": ["ข้อตกลงเกินกำหนด", "Overdue action items"],
  "sv.fig.quality.evaluated": ["ประเมินคุณภาพ 4Q แล้ว", "Schools with a 4Q evaluation"],
  "sv.fig.quality.mean_overall": ["คะแนน 4Q เฉลี่ย", "Mean 4Q score"],
  "sv.fig.sar.accepted": ["SAR ผ่านการพิจารณา", "SARs accepted"],
  "sv.fig.sar.completeness": ["ความครบถ้วนของ SAR", "SAR completeness"],
  "sv.levels": ["ระดับคุณภาพจากการสังเกตการสอน", "Observation levels"],
  "sv.ranking": ["อันดับคุณภาพ 4Q", "4Q quality ranking"],
  "sv.breakdown": ["การนิเทศรายหน่วยงาน", "Supervision by organisation"],
  "sv.col.unit": ["หน่วยงาน", "Organisation"],
  "sv.col.schools": ["โรงเรียน", "Schools"],
  "sv.col.visited": ["ได้รับการนิเทศ", "Visited"],
  "sv.col.overdue": ["ข้อตกลงเกินกำหนด", "Overdue items"],
});

const base = (esa) => `/v1/esas/${encodeURIComponent(esa)}`;

addMenuItems((g) => (["supervisor", "esa_director"].includes(g.role) ? [[`/esas/${g.id}/visits`, "nav.visits"]] : []));

extendEsaPage(async ({ esa }) => {
  const [coverage, overdue, followUps] = await Promise.all([
    api.get("supervision", `${base(esa)}/coverage`, { year: academicYear(), semester: semester() }),
    api.get("supervision", `${base(esa)}/action-items`, { status: "overdue" }),
    api.get("supervision", `${base(esa)}/follow-ups`, { year: academicYear() }),
  ]);
  const by = Object.fromEntries(coverage.schools.map((s) => [s.school, s]));
  const names = schoolNames(await schoolsOf(esa));
  const kpis = h("div", { class: "kpis", "data-testid": "coverage-kpis" },
    h("div", { class: "kpi" }, h("strong", {}, number(coverage.not_visited_this_semester)), t("sv.unvisited")),
    h("div", { class: "kpi" }, h("strong", {}, number(coverage.not_visited_in_30_days)), t("sv.unvisited30")),
    h("div", { class: "kpi" }, h("strong", {}, number(overdue.length)), t("sv.overdue")));
  const panels = [kpis];
  if (overdue.length) {
    panels.push(card(t("sv.overdue_list"), table({ caption: t("sv.overdue_list"), rows: overdue, testid: "overdue", columns: [
      { label: t("visits.col.school"), value: (i) => h("a", { href: `/esas/${esa}/visits/${i.visit_id}` }, names[i.school] || i.school) },
      { label: t("item.col.what"), value: (i) => i.description },
      { label: t("item.col.due"), value: (i) => badge(formatDate(i.due_on), "err") },
    ] })));
  }
  const waiting = followUps.filter((f) => !f.visit_id);
  if (waiting.length) {
    panels.push(card(t("sv.follow_ups"), table({ caption: t("sv.follow_ups"), rows: waiting, testid: "curriculum-follow-ups", columns: [
      { label: t("visits.col.school"), value: (f) => names[f.school] || f.school },
      { label: t("visits.col.focus"), value: (f) => f.focus_th },
      { label: t("item.col.due"), value: (f) => formatDate(f.due_by) },
      { label: t("sv.col.log"), value: (f) => h("a", { href: `/esas/${esa}/visits/new?school=${f.school}&follow_up=${f.follow_up_id}` }, t("sv.log")) },
    ] })));
  }
  return { panels, columns: [
    { label: t("sv.col.visits"), value: (s) => { const c = by[s.school]; return c && c.visits_this_semester ? number(c.visits_this_semester) : badge(t("sv.unvisited"), "warn"); } },
    { label: t("sv.col.last"), value: (s) => { const c = by[s.school]; return c && c.last_visit_on ? formatDate(c.last_visit_on) : "–"; } },
    { label: t("sv.col.log"), value: (s) => h("a", { href: `/esas/${esa}/visits/new?school=${s.school}`, "aria-label": `${t("sv.log")} ${s.name_th}` }, t("sv.log")) },
  ] };
});

addSchoolSection(async (view, { school, esa }) => {
  const year = academicYear();
  const lists = await Promise.all([1, 2].map((sem) => api.get("supervision", `${base(esa)}/visits`, { year, semester: sem })));
  const visits = lists.flat().filter((v) => v.school === school).sort((a, b) => String(b.occurred_at).localeCompare(a.occurred_at));
  view.append(card(t("sv.school_visits"), table({ caption: t("sv.school_visits"), rows: visits, testid: "school-visits", columns: [
    { label: t("visits.col.day"), value: (v) => h("a", { href: `/esas/${esa}/visits/${v.visit_id}` }, formatDate(v.occurred_on)) },
    { label: t("visits.col.focus"), value: (v) => v.focus },
    { label: t("visits.col.status"), value: (v) => badge(t(`vstatus.${v.status}`), v.status === "acknowledged" ? "ok" : "warn") },
  ] })));
});

addDashboardSection(async (level, scope, year, ctx) => {
  const path = level === "nation" ? "/v1/nation/supervision" : `/v1/${level === "esa" ? "esas" : "provinces"}/${encodeURIComponent(scope)}/supervision`;
  const [s, names] = await Promise.all([
    viewSection(ctx, "supervision").then((asOf) => asOf || api.get("reporting", path, { year })),
    level === "esa" ? schoolsOf(scope).then(schoolNames) : {}]);
  const f = s.figures;
  const kpis = h("div", { class: "kpis" }, Object.keys(f).map((k) => h("div", { class: "kpi" },
    h("strong", {}, k.endsWith("completeness") ? `${number((f[k] || 0) * 100, 0)}%` : number(f[k], k.endsWith("mean_overall") ? 1 : 0)), tOr(`sv.fig.${k}`, k))));
  const parts = [kpis,
    stackedBar({ title: t("sv.levels"), segments: LEVELS.map((lv) => ({ label: t(`level.${lv}`), value: (s.levels.find((x) => x.level === lv) || {}).count || 0 })) })];
  if (s.ranking.length) {
    parts.push(barChart({ title: t("sv.ranking"), max: 100, items: s.ranking.map((r) => ({ label: `${r.rank}. ${names[r.school] || r.school}`, value: r.overall, display: number(r.overall, 1) })) }));
  }
  if (s.breakdown.length) {
    parts.push(table({ caption: t("sv.breakdown"), rows: s.breakdown, columns: [
      { label: t("sv.col.unit"), value: (r) => r["หน่วยงาน"] },
      { label: t("sv.col.schools"), value: (r) => number(r["โรงเรียน"]), class: "num" },
      { label: t("sv.col.visited"), value: (r) => number(r["ได้รับการนิเทศ"]), class: "num" },
      { label: t("sv.col.overdue"), value: (r) => number(r["ข้อตกลงเกินกำหนด"]), class: "num" },
    ] }));
  }
  return [card(t("sv.section"), ...parts)];
});
