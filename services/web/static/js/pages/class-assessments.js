// A teacher's competency-based assessment of a class (seed 003, item 5): the tools made to
// measure and assess competencies, the learning products learners made, and the class's
// results per competency level.

import { h, append } from "../core/dom.js";
import { t, define, number } from "../core/i18n.js";
import { api } from "../core/api.js";
import { academicYear, semester } from "../core/thai.js";
import { grants, SCHOOL_ROLES } from "../core/session.js";
import { navigate } from "../core/router.js";
import { form } from "../ui/form.js";
import { table } from "../ui/table.js";
import { addMenuItems } from "../ui/layout.js";
import { pageHead, card, chosenYear, yearFilter } from "./common.js";
import { COMPETENCIES, CLEVELS } from "./curriculum-terms.js";
import { AREAS, TOOL_KINDS, PRODUCT_KINDS, options, gradeOptions, gradeLabel } from "./practice-terms.js";

define({
  "nav.class_assessments": ["การวัดและประเมินผลในชั้นเรียน", "Class assessments"],
  "cls.title": ["การวัดและประเมินผลการจัดการเรียนรู้ฐานสมรรถนะ", "Competency-based class assessments"],
  "cls.open": ["เปิดบันทึกการวัดและประเมินผลของชั้นเรียน", "Open a class record"],
  "cls.semester": ["ภาคเรียน", "Semester"],
  "cls.learners": ["จำนวนผู้เรียนในชั้น", "Learners in the class"],
  "cls.tools": ["เครื่องมือวัดและประเมินผล", "Assessment tools"],
  "cls.products": ["ผลิตภัณฑ์การจัดการเรียนรู้", "Learning products"],
  "cls.results": ["ผลการประเมินสมรรถนะของชั้นเรียน", "The class's competency results"],
  "cls.add_tool": ["เพิ่มเครื่องมือ", "Add a tool"],
  "cls.tool_kind": ["ประเภทเครื่องมือ", "Kind of tool"],
  "cls.tool_title": ["ชื่อเครื่องมือ", "Tool title"],
  "cls.assessed": ["สมรรถนะที่ประเมิน", "Competencies assessed"],
  "cls.add_product": ["บันทึกผลิตภัณฑ์", "Record a product"],
  "cls.product_kind": ["ประเภทผลิตภัณฑ์", "Kind of product"],
  "cls.product_title": ["ชื่อผลิตภัณฑ์/ชิ้นงาน", "Product title"],
  "cls.product_learners": ["จำนวนผู้เรียนที่ทำ", "Learners who made it"],
  "cls.assessed_with": ["ประเมินด้วยเครื่องมือ", "Assessed with"],
  "cls.tools_used": ["เครื่องมือที่ใช้ประเมิน", "Tools used"],
  "cls.count": ["{comp}: {level} (คน)", "{comp}: {level} (learners)"],
  "cls.save_results": ["บันทึกผลการประเมิน", "Save the results"],
  "cls.col.class": ["ชั้นเรียน", "Class"],
  "cls.col.results": ["ผลการประเมิน", "Results"],
  "cls.recorded": ["บันทึกแล้ว (ครั้งที่ {n})", "Recorded (revision {n})"],
  "cls.tool_n": ["เครื่องมือที่ {n}", "Tool {n}"],
});

addMenuItems((g) => (SCHOOL_ROLES.includes(g.role) ? [[`/esas/${g.esa}/schools/${g.id}/class-assessments`, "nav.class_assessments"]] : []));

const recordsPath = (esa, school) => `/v1/esas/${encodeURIComponent(esa)}/schools/${school}/class-assessments`;
const pagePath = (esa, school, id = "") => `/esas/${esa}/schools/${school}/class-assessments${id ? `/${id}` : ""}`;
const refresh = () => navigate(location.pathname + location.search, { replaceState: true });
const ownSchool = (school) => grants().some((g) => SCHOOL_ROLES.includes(g.role) && g.id === school);
const toolOptions = (tools) => tools.map((x) => ({ value: String(x.tool_no), label: `${t("cls.tool_n", { n: x.tool_no })}: ${x.title}` }));

function openForm(esa, school) {
  return form({
    testid: "open-class", submit: "cls.open",
    fields: [{ name: "semester", label: "cls.semester", type: "semester", value: semester() },
      { name: "subject", label: "practice.subject", type: "select", value: "science", options: options(AREAS, "area") },
      { name: "grade", label: "practice.grade", type: "select", value: "p4", options: gradeOptions() },
      { name: "learners", label: "cls.learners", type: "number", required: true, min: 1, max: 500, integer: true }],
    onSubmit: (b) => api.post("curriculum", recordsPath(esa, school), { ...b, academic_year: academicYear() }),
    onDone: (record) => navigate(pagePath(esa, school, record.record_id)),
  });
}

async function renderRecords(view, { esa, school }, query) {
  const year = chosenYear(query);
  const rows = await api.get("curriculum", recordsPath(esa, school), { year });
  append(view, [pageHead(t("cls.title")), yearFilter(query), card(null, table({ caption: t("cls.title"), rows, testid: "class-records", columns: [
    { label: t("cls.col.class"), value: (r) => h("a", { href: pagePath(esa, school, r.record_id) }, `${t(`area.${r.subject}`)} · ${gradeLabel(r.grade)}`) },
    { label: t("cls.semester"), value: (r) => r.semester },
    { label: t("practice.teacher"), value: (r) => r.teacher_name },
    { label: t("cls.tools"), value: (r) => number(r.tools), class: "num" },
    { label: t("cls.products"), value: (r) => number(r.products), class: "num" },
    { label: t("cls.col.results"), value: (r) => (r.results_revision ? t("cls.recorded", { n: r.results_revision }) : "–") },
  ] }))]);
  if (ownSchool(school)) view.append(card(t("cls.open"), openForm(esa, school)));
}

function toolForm(path) {
  return form({
    testid: "add-tool", submit: "cls.add_tool",
    fields: [{ name: "kind", label: "cls.tool_kind", type: "select", options: options(TOOL_KINDS, "tool") },
      { name: "title", label: "cls.tool_title", required: true, maxlength: 300 },
      { name: "competencies", label: "cls.assessed", type: "checkboxes", required: true, options: options(COMPETENCIES, "comp") }],
    onSubmit: (b) => api.post("curriculum", `${path}/tools`, b),
    onDone: refresh,
  });
}

function productForm(path, record) {
  return form({
    testid: "add-product", submit: "cls.add_product",
    fields: [{ name: "kind", label: "cls.product_kind", type: "select", options: options(PRODUCT_KINDS, "product") },
      { name: "title", label: "cls.product_title", required: true, maxlength: 300 },
      { name: "competencies", label: "practice.competencies", type: "checkboxes", required: true, options: options(COMPETENCIES, "comp") },
      { name: "learners", label: "cls.product_learners", type: "number", required: true, min: 1, max: record.learners, integer: true, value: record.learners },
      { name: "assessed_with", label: "cls.assessed_with", type: "checkboxes", required: true, options: toolOptions(record.tools) }],
    onSubmit: (b) => api.post("curriculum", `${path}/products`, { ...b, assessed_with: b.assessed_with.map(Number) }),
    onDone: refresh,
  });
}

function resultsForm(path, record) {
  const assessed = COMPETENCIES.filter((c) => record.tools.some((x) => x.competencies.includes(c)));
  const fields = [{ name: "tools_used", label: "cls.tools_used", type: "checkboxes", required: true, options: toolOptions(record.tools), value: record.tools.map((x) => String(x.tool_no)) }];
  for (const c of assessed) {
    for (const l of CLEVELS) {
      const key = `levels.${c}.${l}`;
      define({ [`cls.${key}`]: [t("cls.count", { comp: t(`comp.${c}`), level: t(`clevel.${l}`) }), t("cls.count", { comp: t(`comp.${c}`), level: t(`clevel.${l}`) })] });
      fields.push({ name: key, label: `cls.${key}`, type: "number", min: 0, max: 500, integer: true, value: record.results?.levels?.[c]?.[l] ?? 0 });
    }
  }
  return form({
    testid: "class-results", submit: "cls.save_results", fields,
    onSubmit: ({ tools_used: used, levels }) => api.put("curriculum", `${path}/results`, {
      tools_used: used.map(Number), levels: Object.fromEntries(Object.entries(levels).filter(([, counts]) => Object.values(counts).some((n) => n > 0))) }),
    onDone: refresh,
  });
}

async function renderRecord(view, { esa, school, record: id }) {
  const path = `${recordsPath(esa, school)}/${encodeURIComponent(id)}`;
  const record = await api.get("curriculum", path);
  const own = ownSchool(school);
  append(view, [pageHead(`${record.subject_th} · ${record.grade_th}`, { back: pagePath(esa, school), lead: `${t("cls.semester")} ${record.semester}/${record.academic_year} · ${record.teacher_name} · ${t("cls.learners")} ${record.learners}` }),
    card(t("cls.tools"), h("ol", { "data-testid": "tools" }, record.tools.map((x) => h("li", {}, `${x.title} (${t(`tool.${x.kind}`)}) — ${x.competencies.map((c) => t(`comp.${c}`)).join(", ")}`))), own ? toolForm(path) : null),
    card(t("cls.products"), h("ol", { "data-testid": "products" }, record.products.map((p) => h("li", {}, `${p.title} (${t(`product.${p.kind}`)})`))), own && record.tools.length ? productForm(path, record) : null),
    card(t("cls.results"), record.results ? h("p", { "data-testid": "results" }, t("cls.recorded", { n: record.results.revision })) : null, own && record.tools.length ? resultsForm(path, record) : null)]);
}

export const routes = [
  { path: "/esas/:esa/schools/:school/class-assessments", render: renderRecords },
  { path: "/esas/:esa/schools/:school/class-assessments/:record", render: renderRecord },
];
