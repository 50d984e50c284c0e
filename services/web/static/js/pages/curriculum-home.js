// What curriculum adds to other pages: the school's case and assessments on its page, and
// the curriculum pipeline in the dashboards.

import { t, define, number } from "../core/i18n.js";
import { api } from "../core/api.js";
import { semester } from "../core/thai.js";
import { stackedBar } from "../ui/charts.js";
import { table } from "../ui/table.js";
import { addSchoolSection } from "./school.js";
import { addDashboardSection, viewSection } from "./dashboards.js";
import { card } from "./common.js";
import { schoolCurriculum } from "./curriculum-school.js";
import { STAGES, CLEVELS } from "./curriculum-terms.js";
import { h } from "../core/dom.js";

define({
  "pipe.title": ["หลักสูตรฐานสมรรถนะ: สถานะคำขอ", "Competency-based curricula: the pipeline"],
  "pipe.assessments": ["ผลการประเมินสมรรถนะผู้เรียน", "Learners' competency levels"],
  "pipe.reported": ["ภาคเรียนที่ {semester}: {schools} โรงเรียนรายงาน ผู้เรียน {learners} คน", "Semester {semester}: {schools} schools reported, {learners} learners"],
  "pipe.by_stage": ["จำนวนคำขอตามสถานะและประเภท", "Cases by stage and type"],
  "pipe.col.stage": ["สถานะ", "Stage"],
  "pipe.col.count": ["จำนวน", "Cases"],
  "pipe.fig.cases": ["คำขอทั้งหมด", "Cases"],
  "pipe.fig.type_2": ["ประเภทที่ 2", "Type 2"],
  "pipe.fig.type_3": ["ประเภทที่ 3", "Type 3"],
  "pipe.fig.in_progress": ["อยู่ระหว่างดำเนินการ", "In progress"],
  "pipe.fig.approved": ["ได้รับความเห็นชอบ", "Approved"],
  "pipe.fig.rejected": ["ไม่ได้รับความเห็นชอบ", "Rejected"],
  "pipe.fig.withdrawn": ["ถอนเรื่อง", "Withdrawn"],
  "pipe.fig.overdue": ["เกินกำหนด", "Overdue"],
});

const FIGURES = ["cases", "type_2", "type_3", "in_progress", "approved", "rejected", "withdrawn", "overdue"];

addSchoolSection(schoolCurriculum);

addDashboardSection(async (level, scope, year, ctx) => {
  if (ctx.asOf) return []; // the unified view as of a day carries the pipeline, not the assessments
  const at = level === "nation" ? "/v1/nation/curriculum" : `/v1/${level === "esa" ? "esas" : "provinces"}/${encodeURIComponent(scope)}/curriculum`;
  const a = await api.get("reporting", `${at}/assessments`, { year, semester: semester() });
  if (!a.schools_reported) return [];
  return [card(t("pipe.assessments"), h("p", { class: "muted" }, t("pipe.reported", { semester: a.semester, schools: number(a.schools_reported), learners: number(a.learners) })),
    ...a.competencies.map((c) => stackedBar({ title: t(`comp.${c.competency}`), segments: CLEVELS.map((lv) => ({ label: t(`clevel.${lv}`), value: c[lv] || 0 })) })))];
});

/** As of a day: the unified view's headline figures of the pipeline. */
function pipelineAsOf(c) {
  const f = c.figures || {};
  return [card(t("pipe.title"),
    h("div", { class: "kpis", "data-testid": "pipeline-figures" }, FIGURES.map((k) => h("div", { class: "kpi" }, h("strong", {}, number(f[k] || 0)), t(`pipe.fig.${k}`)))),
    stackedBar({ title: t("pipe.title"), segments: ["in_progress", "approved", "rejected", "withdrawn"].map((k) => ({ label: t(`pipe.fig.${k}`), value: f[k] || 0 })) }))];
}

addDashboardSection(async (level, scope, year, ctx) => {
  const asOf = await viewSection(ctx, "curriculum");
  if (asOf) return pipelineAsOf(asOf);
  const path = level === "nation" ? "/v1/nation/curriculum/pipeline" : `/v1/${level === "esa" ? "esas" : "provinces"}/${encodeURIComponent(scope)}/curriculum/pipeline`;
  const p = await api.get("reporting", path, { year });
  const rows = p.pipeline || [];
  const count = (s) => (rows.find((x) => x.stage === s) || {}).total || 0;
  return [card(t("pipe.title"),
    stackedBar({ title: t("pipe.title"), segments: STAGES.map((s) => ({ label: t(`stage.${s}`), value: count(s) })) }),
    table({ caption: t("pipe.by_stage"), rows: rows.filter((r) => r.total), testid: `pipeline-${level}`, columns: [
      { label: t("pipe.col.stage"), value: (r) => t(`stage.${r.stage}`) },
      { label: t("ctype.2"), value: (r) => number(r.type_2), class: "num" },
      { label: t("ctype.3"), value: (r) => number(r.type_3), class: "num" },
      { label: t("pipe.col.count"), value: (r) => number(r.total), class: "num" },
    ] }))];
});
