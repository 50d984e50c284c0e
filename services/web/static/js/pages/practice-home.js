// What competency-based practice adds to other pages: on a school's page, the ways to its
// lesson plans, class assessments and records under the sandbox laws; in the dashboards of an
// ESA, a province and the nation, the figures of coaching, lesson plans, forums, teachers'
// assessments and the sandbox laws (from reporting).

import { h } from "../core/dom.js";
import { t, define, number } from "../core/i18n.js";
import { api } from "../core/api.js";
import { addSchoolSection } from "./school.js";
import { addDashboardSection, viewSection } from "./dashboards.js";
import { card } from "./common.js";
import "./practice-terms.js";

define({
  "prac.school": ["งานจัดการเรียนรู้ฐานสมรรถนะ", "Competency-based teaching"],
  "prac.plans": ["แผนการจัดการเรียนรู้", "Lesson plans"],
  "prac.classes": ["การวัดและประเมินผลในชั้นเรียน", "Class assessments"],
  "prac.sandbox": ["การดำเนินการตามกฎหมายพื้นที่นวัตกรรม", "Records under the sandbox laws"],
  "prac.title": ["การขับเคลื่อนการจัดการเรียนรู้ฐานสมรรถนะ", "Competency-based practice"],
  "prac.fig.coaches": ["โค้ช", "Coaches"],
  "prac.fig.schools_coached": ["โรงเรียนที่มีโค้ช", "Schools coached"],
  "prac.fig.lesson_plans": ["แผนการจัดการเรียนรู้", "Lesson plans"],
  "prac.fig.lesson_plans_with_feedback": ["แผนที่ได้รับข้อเสนอแนะ", "Plans with feedback"],
  "prac.fig.exchange_forums": ["เวทีแลกเปลี่ยนเรียนรู้", "Exchange forums"],
  "prac.fig.forum_participants": ["ผู้เข้าร่วมเวที", "Forum participants"],
  "prac.fig.class_assessments": ["บันทึกการวัดและประเมินผล", "Class records"],
  "prac.fig.assessment_tools": ["เครื่องมือวัดและประเมินผล", "Assessment tools"],
  "prac.fig.learning_products": ["ผลิตภัณฑ์การจัดการเรียนรู้", "Learning products"],
  "prac.fig.donations_baht": ["เงินบริจาค (บาท)", "Donations (baht)"],
  "prac.fig.innovation_subsidy_baht": ["เงินอุดหนุนนวัตกรรม (บาท)", "Innovation subsidy (baht)"],
});

const FIGURES = ["coaches", "schools_coached", "lesson_plans", "lesson_plans_with_feedback", "exchange_forums", "forum_participants",
  "class_assessments", "assessment_tools", "learning_products", "donations_baht", "innovation_subsidy_baht"];

addSchoolSection(async (view, { school, esa, doc }) => {
  const at = `/esas/${esa}/schools/${school}`;
  const links = [[`${at}/lesson-plans`, "prac.plans"], [`${at}/class-assessments`, "prac.classes"]];
  if (doc.sandbox_pilot) links.push([`${at}/sandbox-records`, "prac.sandbox"]);
  view.append(card(t("prac.school"), h("ul", { "data-testid": "practice-links" }, links.map(([href, key]) => h("li", {}, h("a", { href }, t(key)))))));
});

addDashboardSection(async (level, scope, year, ctx) => {
  const asOf = await viewSection(ctx, "curriculum");
  const at = level === "nation" ? "/v1/nation" : `/v1/${level === "esa" ? "esas" : "provinces"}/${encodeURIComponent(scope)}`;
  const f = asOf ? asOf.figures || {} : await api.get("reporting", `${at}/curriculum/practice`, { year });
  if (!FIGURES.some((k) => f[k])) return [];
  return [card(t("prac.title"), h("div", { class: "kpis", "data-testid": "practice-figures" },
    FIGURES.map((k) => h("div", { class: "kpi" }, h("strong", {}, number(f[k] || 0)), t(`prac.fig.${k}`)))))];
});
