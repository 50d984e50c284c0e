// Teachers' competency-based lesson plans: a teacher starts a plan for a learning area and
// grade and adds its document versions; supervisors and the academic subcommittee (with the
// provincial coaching team) give feedback on a version. An ESA's list for its supervisors.

import { h, append } from "../core/dom.js";
import { t, define } from "../core/i18n.js";
import { api } from "../core/api.js";
import { academicYear, formatDateTime } from "../core/thai.js";
import { grants, SCHOOL_ROLES } from "../core/session.js";
import { navigate } from "../core/router.js";
import { form } from "../ui/form.js";
import { table, badge } from "../ui/table.js";
import { evidencePicker } from "../ui/evidence.js";
import { addMenuItems } from "../ui/layout.js";
import { pageHead, card, chosenYear, yearFilter } from "./common.js";
import { COMPETENCIES } from "./curriculum-terms.js";
import { AREAS, options, gradeOptions, gradeLabel } from "./practice-terms.js";

define({
  "nav.lesson_plans": ["แผนการจัดการเรียนรู้", "Lesson plans"],
  "lplan.title": ["แผนการจัดการเรียนรู้ฐานสมรรถนะ", "Competency-based lesson plans"],
  "lplan.start": ["เริ่มเขียนแผนการจัดการเรียนรู้", "Start a lesson plan"],
  "lplan.name": ["ชื่อแผน/หน่วยการเรียนรู้", "Plan or unit title"],
  "lplan.hours": ["จำนวนชั่วโมง", "Hours"],
  "lplan.version": ["ฉบับที่", "Version"],
  "lplan.feedback_n": ["ข้อเสนอแนะ", "Feedback"],
  "lplan.document": ["ไฟล์แผนการจัดการเรียนรู้ (ฉบับใหม่)", "Lesson plan file (a new version)"],
  "lplan.note": ["หมายเหตุของฉบับนี้", "Note on this version"],
  "lplan.add_version": ["เพิ่มแผนฉบับใหม่", "Add the new version"],
  "lplan.documents": ["เอกสารแผนแต่ละฉบับ", "Document versions"],
  "lplan.feedback": ["ข้อเสนอแนะจากศึกษานิเทศก์และทีมโค้ช", "Feedback of supervisors and coaches"],
  "lplan.give": ["ให้ข้อเสนอแนะ", "Give feedback"],
  "lplan.read_version": ["แผนฉบับที่อ่าน", "Version read"],
  "lplan.verdict": ["ผลการพิจารณา", "Verdict"],
  "lplan.strengths": ["จุดเด่นของแผน (บรรทัดละหนึ่งข้อ)", "Strengths, one per line"],
  "lplan.suggestions": ["ข้อเสนอแนะ (บรรทัดละหนึ่งข้อ)", "Suggestions, one per line"],
  "lplan.comment": ["ความเห็นเพิ่มเติม", "Comment"],
  "lplan.by_coach": ["ทีมโค้ชจังหวัด", "Coaching team"],
  "lplan.by": ["{name} ({role}) · {at}", "{name} ({role}) · {at}"],
  "lplan.open": ["เปิดแผน", "Open the plan"],
});

addMenuItems((g) => {
  if (SCHOOL_ROLES.includes(g.role)) return [[`/esas/${g.esa}/schools/${g.id}/lesson-plans`, "nav.lesson_plans"]];
  return g.role === "supervisor" && g.level === "esa" ? [[`/esas/${g.id}/lesson-plans`, "nav.lesson_plans"]] : [];
});

const plansPath = (esa, school) => `/v1/esas/${encodeURIComponent(esa)}/schools/${school}/lesson-plans`;
const pagePath = (esa, school, plan = "") => `/esas/${esa}/schools/${school}/lesson-plans${plan ? `/${plan}` : ""}`;
const refresh = () => navigate(location.pathname + location.search, { replaceState: true });
const ownSchool = (school) => grants().some((g) => SCHOOL_ROLES.includes(g.role) && g.id === school);
const reviewer = () => grants().some((g) => g.role === "supervisor" || g.role === "academic_subcommittee");

function plansTable(rows) {
  return table({ caption: t("lplan.title"), rows, testid: "plans", columns: [
    { label: t("practice.title"), value: (p) => h("a", { href: pagePath(p.esa, p.school, p.plan_id) }, p.title) },
    { label: t("practice.subject"), value: (p) => `${t(`area.${p.subject}`)} · ${gradeLabel(p.grade)}` },
    { label: t("practice.teacher"), value: (p) => p.teacher_name },
    { label: t("lplan.version"), value: (p) => String(p.document_version || "–"), class: "num" },
    { label: t("lplan.feedback_n"), value: (p) => (p.last_feedback ? badge(t(`verdict.${p.last_feedback.verdict}`), p.last_feedback.verdict === "ready" ? "ok" : "warn") : "–") },
  ] });
}

function startForm(esa, school) {
  return form({
    testid: "start-plan", submit: "lplan.start",
    fields: [{ name: "title", label: "lplan.name", required: true, maxlength: 300 },
      { name: "subject", label: "practice.subject", type: "select", value: "science", options: options(AREAS, "area") },
      { name: "grade", label: "practice.grade", type: "select", value: "p4", options: gradeOptions() },
      { name: "competencies", label: "practice.competencies", type: "checkboxes", required: true, options: options(COMPETENCIES, "comp") },
      { name: "hours", label: "lplan.hours", type: "number", min: 1, max: 400, integer: true, omitEmpty: true }],
    onSubmit: (b) => api.post("curriculum", plansPath(esa, school), { ...b, academic_year: academicYear() }),
    onDone: (plan) => navigate(pagePath(esa, school, plan.plan_id)),
  });
}

async function renderSchoolPlans(view, { esa, school }, query) {
  const year = chosenYear(query);
  const rows = await api.get("curriculum", plansPath(esa, school), { year });
  append(view, [pageHead(t("lplan.title")), yearFilter(query), card(null, plansTable(rows))]);
  if (ownSchool(school)) view.append(card(t("lplan.start"), startForm(esa, school)));
}

async function renderEsaPlans(view, { esa }, query) {
  const year = chosenYear(query);
  const rows = await api.get("curriculum", `/v1/esas/${encodeURIComponent(esa)}/lesson-plans`, { year });
  append(view, [pageHead(t("lplan.title")), yearFilter(query), card(null, plansTable(rows))]);
}

function versionForm(path) {
  return form({
    testid: "plan-version", submit: "lplan.add_version",
    fields: [{ name: "file", label: "lplan.document", type: "custom", required: true, render: (label, id) => evidencePicker(label, id, { single: true, titleMax: 500 }) },
      { name: "note", label: "lplan.note", type: "textarea", rows: 2, maxlength: 1000 }],
    onSubmit: ({ file, note }) => api.post("curriculum", `${path}/versions`, { reference: file.title, content_hash: `sha256:${file.sha256}`, note }),
    onDone: refresh,
  });
}

function feedbackForm(path, plan) {
  return form({
    testid: "plan-feedback", submit: "lplan.give",
    fields: [{ name: "document_version", label: "lplan.read_version", type: "select", value: String(plan.document_version),
      options: plan.documents.map((d) => ({ value: String(d.version), label: `${t("lplan.version")} ${d.version}` })) },
    { name: "verdict", label: "lplan.verdict", type: "radios", required: true, value: "ready", options: options(["ready", "revise"], "verdict") },
    { name: "strengths", label: "lplan.strengths", type: "lines", lineMax: 1000, maxItems: 20 },
    { name: "suggestions", label: "lplan.suggestions", type: "lines", lineMax: 1000, maxItems: 20 },
    { name: "comment", label: "lplan.comment", type: "textarea", maxlength: 2000 }],
    onSubmit: (b) => api.post("curriculum", `${path}/feedback`, { ...b, document_version: Number(b.document_version) }),
    onDone: refresh,
  });
}

function feedbackList(plan) {
  if (!plan.feedback.length) return h("p", { class: "muted" }, t("practice.none"));
  return h("ol", { "data-testid": "feedback" }, plan.feedback.map((f) => h("li", {},
    h("p", {}, badge(f.verdict_th, f.verdict === "ready" ? "ok" : "warn"), " ", `${t("lplan.version")} ${f.document_version}`, f.as_coach ? [" ", badge(t("lplan.by_coach"), "info")] : null),
    f.suggestions.length ? h("ul", {}, f.suggestions.map((s) => h("li", {}, s))) : null,
    h("p", { class: "muted small" }, t("lplan.by", { name: f.giver_name, role: t(`role.${f.role}`), at: formatDateTime(f.given_at) })))));
}

async function renderPlan(view, { esa, school, plan: id }) {
  const path = `${plansPath(esa, school)}/${encodeURIComponent(id)}`;
  const plan = await api.get("curriculum", path);
  append(view, [pageHead(plan.title, { back: pagePath(esa, school), lead: `${plan.subject_th} · ${plan.grade_th} · ${plan.teacher_name}` }),
    card(t("lplan.documents"), h("ul", { "data-testid": "plan-documents" }, plan.documents.map((d) => h("li", {}, `${t("lplan.version")} ${d.version}: ${d.reference} — ${d.content_hash.slice(0, 23)}…`))),
      ownSchool(school) ? versionForm(path) : null),
    card(t("lplan.feedback"), feedbackList(plan), reviewer() && plan.documents.length ? feedbackForm(path, plan) : null)]);
}

export const routes = [
  { path: "/esas/:esa/lesson-plans", render: renderEsaPlans },
  { path: "/esas/:esa/schools/:school/lesson-plans", render: renderSchoolPlans },
  { path: "/esas/:esa/schools/:school/lesson-plans/:plan", render: renderPlan },
];
