// Media work of seed form 3, 4 and 6: production records a school registers and a supervisor
// evaluates against the standard's indicators; service requests a school makes, a supervisor
// accepts, schedules, fulfils or declines, and the school rates; improvements of the service.

import { h, append } from "../core/dom.js";
import { t, define, number } from "../core/i18n.js";
import { api, until } from "../core/api.js";
import { formatDate, isoDay } from "../core/thai.js";
import { grantsOf } from "../core/session.js";
import { navigate } from "../core/router.js";
import { form } from "../ui/form.js";
import { table, badge } from "../ui/table.js";
import { evidencePicker } from "../ui/evidence.js";
import { addMenuItems } from "../ui/layout.js";
import { addSchoolSection } from "./school.js";
import { pageHead, card, chosenYear, yearFilter, schoolsOf, schoolNames } from "./common.js";
import { CATEGORIES, SUBJECTS, GRADES, subjectLabel, categoryLabel } from "./needs-terms.js";
import { scalePoints, qualityPoints } from "./scale-terms.js";

define({
  "nav.media": ["สื่อและบริการสื่อ", "Media and media service"],
  "media.title": ["ผลงานสื่อ นวัตกรรม และการบริการสื่อ", "Media productions and the media service"],
  "media.productions": ["ผลงานการผลิตและพัฒนาสื่อ (แบบ 3)", "Media productions (form 3)"],
  "media.requests": ["คำขอรับบริการสื่อ (แบบ 4)", "Media service requests (form 4)"],
  "media.improvements": ["การปรับปรุงรูปแบบการบริการ (แบบ 6)", "Improvements of the service (form 6)"],
  "media.col.title": ["ชื่อผลงาน", "Title"],
  "media.col.school": ["โรงเรียน", "School"],
  "media.col.kind": ["ประเภท", "Kind"],
  "media.col.level": ["ระดับคุณภาพ", "Quality level"],
  "media.col.request": ["รายละเอียดคำขอ", "Request"],
  "media.col.due": ["กำหนด", "Due"],
  "media.col.status": ["สถานะ", "Status"],
  "media.col.rating": ["ความพึงพอใจ", "Rating"],
  "media.not_evaluated": ["ยังไม่ประเมิน", "Not evaluated"],
  "media.withdraw": ["ถอนผลงาน", "Withdraw"],
  "media.withdrawn": ["ถอนแล้ว: {reason}", "Withdrawn: {reason}"],
  "media.register": ["บันทึกผลงานสื่อ/นวัตกรรม", "Register a production"],
  "media.field.title": ["ชื่อผลงาน", "Title"],
  "media.field.kind": ["ประเภทผลงาน", "Kind"],
  "media.field.subject": ["กลุ่มสาระการเรียนรู้", "Learning area"],
  "media.field.grades": ["ระดับชั้น", "Grade levels"],
  "media.field.authors": ["ผู้จัดทำ (บรรทัดละหนึ่งคน)", "Authors, one per line"],
  "media.field.description": ["คำอธิบาย", "Description"],
  "media.field.evidence": ["หลักฐานผลงาน", "Evidence"],
  "media.evaluate": ["ประเมินคุณภาพผลงาน", "Evaluate"],
  "media.score": ["{indicator} (1–4)", "{indicator} (1–4)"],
  "media.comment": ["ความเห็น", "Comment"],
  "media.ask": ["ขอรับบริการ", "Ask for a service"],
  "media.field.service": ["ประเภทบริการ", "Service"],
  "media.field.details": ["รายละเอียดความต้องการ", "What is needed"],
  "media.field.items": ["รายการวัสดุ/อุปกรณ์ที่ขอยืม (บรรทัดละหนึ่งรายการ)", "Items to borrow, one per line"],
  "media.field.needed_by": ["ต้องการภายในวันที่", "Needed by"],
  "media.accept": ["รับคำขอ", "Accept"],
  "media.schedule": ["นัดหมายให้บริการ", "Schedule"],
  "media.fulfil": ["ให้บริการแล้ว", "Mark fulfilled"],
  "media.decline": ["ไม่สามารถให้บริการ", "Decline"],
  "media.reason": ["เหตุผล", "Reason"],
  "media.on": ["วันที่", "Day"],
  "media.rate": ["ประเมินความพึงพอใจ", "Rate the service"],
  "media.rating": ["ความพึงพอใจ (1 น้อยที่สุด – 5 มากที่สุด)", "Satisfaction (1 least – 5 most)"],
  "media.improve": ["บันทึกการปรับปรุงบริการ", "Record an improvement"],
  "media.finding": ["ผลการประเมินที่พบ", "What the evaluation found"],
  "media.action": ["สิ่งที่ปรับปรุง", "What changed"],
  "mstatus.requested": ["รอรับเรื่อง", "Requested"],
  "mstatus.accepted": ["รับเรื่องแล้ว", "Accepted"],
  "mstatus.scheduled": ["นัดหมายแล้ว", "Scheduled"],
  "mstatus.fulfilled": ["ให้บริการแล้ว", "Fulfilled"],
  "mstatus.declined": ["ไม่สามารถให้บริการ", "Declined"],
  "svc.media": ["ขอรับบริการสื่อ นวัตกรรม", "Media and innovation"],
  "svc.equipment_loan": ["ขอยืมวัสดุ อุปกรณ์ เทคโนโลยี", "Equipment loan"],
  "svc.training": ["ขอรับการอบรม พัฒนาบุคลากร", "Training"],
  "svc.advice": ["ขอรับคำปรึกษา แนะนำ", "Advice"],
  "ql.excellent": ["ดีเยี่ยม", "Excellent"], "ql.good": ["ดี", "Good"], "ql.fair": ["พอใช้", "Fair"], "ql.improve": ["ปรับปรุง", "Needs improvement"],
  "media.add_evidence": ["เพิ่มหลักฐาน", "Add evidence"],
  "media.more_evidence": ["หลักฐานเพิ่มเติม", "More evidence"],
  "media.evidence_count": ["หลักฐาน {n} รายการ", "{n} pieces of evidence"],
  "media.needed_by_past": ["วันที่ต้องการใช้ต้องไม่ก่อนวันนี้", "The day needed must not be before today."],
  "media.scheduled_past": ["วันนัดหมายต้องไม่ก่อนวันนี้", "The appointment must not be before today."],
  "media.evidence_needed": ["กรุณาเลือกไฟล์หลักฐานอย่างน้อยหนึ่งไฟล์", "Choose at least one evidence file."],
  "media.scores_help": ["คะแนนแต่ละตัวชี้วัด: 4 ดีเยี่ยม · 3 ดี · 2 พอใช้ · 1 ปรับปรุง", "Each indicator: 4 excellent · 3 good · 2 fair · 1 needs improvement"],
});

const base = (esa) => `/v1/esas/${encodeURIComponent(esa)}`;
const refresh = () => navigate(location.pathname + location.search, { replaceState: true });
const EVIDENCE_TITLE = 200; // the needs service keeps evidence titles of at most 200 characters
const notPast = (key) => (day) => (day && day < isoDay() ? t(key) : null);
let vocabulary = null;
const words = async () => (vocabulary ||= await api.get("needs", "/v1/needs/vocabulary"));
const subjectOptions = (v) => v.subjects.map((s) => ({ value: s.code, label: s.label_th }));
const statusBadge = (s) => badge(t(`mstatus.${s}`), s === "fulfilled" ? "ok" : s === "declined" ? "err" : "warn");

addMenuItems((g) => (g.role === "supervisor" ? [[`/esas/${g.id}/media`, "nav.media"]] : []));

function productionForm(esa, school, count) {
  return form({
    testid: "production", submit: "media.register",
    fields: [{ name: "title", label: "media.field.title", required: true, maxlength: 300 },
      { name: "kind", label: "media.field.kind", type: "select", options: CATEGORIES.map((c) => ({ value: c, label: t(`cat.${c}`) })) },
      { name: "subject", label: "media.field.subject", type: "select", options: SUBJECTS.map((s) => ({ value: s, label: t(`subject.${s}`) })) },
      { name: "grade_levels", label: "media.field.grades", type: "checkboxes", required: true, options: GRADES.map((g) => ({ value: g, label: t(`grade.${g}`) })), value: ["p4"] },
      { name: "authors", label: "media.field.authors", type: "lines", required: true, lineMax: 200, maxItems: 20 },
      { name: "description", label: "media.field.description", type: "textarea", maxlength: 2000 },
      { name: "evidence", label: "media.field.evidence", type: "custom", render: (label, id) => evidencePicker(label, id, { titleMax: EVIDENCE_TITLE }) }],
    onSubmit: (v) => api.post("needs", `${base(esa)}/schools/${school}/productions`, {
      ...v, authors: v.authors.map((name) => ({ name })), evidence: v.evidence.map((e) => ({ ...e, reference: e.title })),
    }),
    onDone: async () => { await until(() => api.get("needs", `${base(esa)}/productions`, { school }), (l) => l.length > count); refresh(); },
  });
}

function requestForm(esa, school, count) {
  return form({
    testid: "service-request", submit: "media.ask",
    fields: [{ name: "kind", label: "media.field.service", type: "select", options: ["media", "equipment_loan", "training", "advice"].map((k) => ({ value: k, label: t(`svc.${k}`) })) },
      { name: "subject", label: "media.field.subject", type: "select", value: "general", options: SUBJECTS.map((s) => ({ value: s, label: t(`subject.${s}`) })) },
      { name: "details", label: "media.field.details", type: "textarea", required: true, maxlength: 2000 },
      { name: "items", label: "media.field.items", type: "lines", required: true, lineMax: 200, maxItems: 20, showIf: (v) => v.kind === "equipment_loan" },
      { name: "needed_by", label: "media.field.needed_by", type: "date", omitEmpty: true, check: notPast("media.needed_by_past") }],
    onSubmit: (v) => api.post("needs", `${base(esa)}/schools/${school}/service-requests`, { ...v, items: (v.items || []).map((name) => ({ name, quantity: 1 })) }),
    onDone: async () => { await until(() => api.get("needs", `${base(esa)}/service-requests`), (l) => l.length > count); refresh(); },
  });
}

function requestActions(esa, r, isSchool) {
  const path = `${base(esa)}/service-requests/${r.request_id}`;
  const step = (label, verb, fields, body = (v) => v) => h("details", {}, h("summary", {}, t(label)), form({
    testid: `${verb}-${r.request_id}`, submit: label, fields,
    onSubmit: (v) => api.post("needs", `${path}/${verb}`, body(v)),
    onDone: async () => { await until(() => api.get("needs", path), (x) => x.status !== r.status || (verb === "rating" && x.rating)); refresh(); },
  }));
  if (isSchool) {
    return r.status === "fulfilled" && !r.rating
      ? step("media.rate", "rating", [{ name: "rating", label: "media.rating", type: "radios", scale: true, required: true, options: scalePoints(1, 5, "satisfaction") },
        { name: "comment", label: "media.comment", type: "textarea", rows: 2, maxlength: 1000 }], (v) => ({ ...v, rating: Number(v.rating) }))
      : null;
  }
  const note = { name: "note", label: "media.comment", type: "textarea", rows: 2, maxlength: 1000 };
  return [
    r.status === "requested" ? step("media.accept", "accept", [note]) : null,
    ["accepted", "scheduled"].includes(r.status) ? step("media.schedule", "schedule", [{ name: "scheduled_on", label: "media.on", type: "date", required: true, value: isoDay(), check: notPast("media.scheduled_past") }, note]) : null,
    ["accepted", "scheduled"].includes(r.status) ? step("media.fulfil", "fulfil", [{ name: "fulfilled_on", label: "media.on", type: "date", required: true, value: isoDay() }, note]) : null,
    ["requested", "accepted", "scheduled"].includes(r.status) ? step("media.decline", "decline", [{ name: "reason", label: "media.reason", type: "textarea", required: true, maxlength: 1000 }]) : null,
  ];
}

function requestsTable(esa, list, names, isSchool) {
  return table({ caption: t("media.requests"), rows: list, testid: "service-requests", columns: [
    { label: t("media.col.school"), value: (r) => names[r.school] || r.school },
    { label: t("media.col.request"), value: (r) => [h("strong", {}, t(`svc.${r.kind}`)), h("div", {}, r.details)] },
    { label: t("media.col.due"), value: (r) => formatDate(r.due_on) },
    { label: t("media.col.status"), value: (r) => statusBadge(r.status) },
    { label: t("media.col.rating"), value: (r) => (r.rating ? `${r.rating}/5` : "–") },
    { label: "", value: (r) => requestActions(esa, r, isSchool) },
  ] });
}

function evaluationForm(esa, p, indicators) {
  return h("details", {}, h("summary", {}, t("media.evaluate")), form({
    testid: `evaluate-${p.production_id}`, submit: "media.evaluate", intro: t("media.scores_help"),
    fields: [...indicators.map((i) => {
      define({ [`ind.${i.code}`]: [t("media.score", { indicator: i.label_th }), t("media.score", { indicator: i.label_en || i.label_th })] });
      return { name: `scores.${i.code}`, label: `ind.${i.code}`, type: "radios", scale: true, required: true, requiredMessage: "problem.choose_level", options: qualityPoints() };
    }), { name: "comment", label: "media.comment", type: "textarea", maxlength: 2000 }],
    onSubmit: (v) => api.post("needs", `${base(esa)}/productions/${p.production_id}/evaluation`, {
      comment: v.comment, scores: Object.entries(v.scores).map(([indicator, score]) => ({ indicator, score: Number(score) })),
    }),
    onDone: async () => { await until(() => api.get("needs", `${base(esa)}/productions/${p.production_id}`), (x) => x.quality_level); refresh(); },
  }));
}

function withdrawForm(esa, p) {
  const path = `${base(esa)}/productions/${p.production_id}`;
  return h("details", {}, h("summary", {}, t("media.withdraw")), form({
    testid: `withdraw-${p.production_id}`, submit: "media.withdraw",
    fields: [{ name: "reason", label: "media.reason", type: "textarea", required: true, maxlength: 1000 }],
    onSubmit: (v) => api.post("needs", `${path}/withdrawal`, v),
    onDone: async () => { await until(() => api.get("needs", path), (x) => x.withdrawn); refresh(); },
  }));
}

/** A school adds evidence to its own production record after registering it. */
function evidenceForm(esa, p) {
  const path = `${base(esa)}/productions/${p.production_id}`;
  const had = (p.evidence || []).length;
  return h("details", {}, h("summary", {}, t("media.add_evidence")), form({
    testid: `evidence-${p.production_id}`, submit: "media.add_evidence",
    fields: [{ name: "evidence", label: "media.more_evidence", type: "custom", render: (label, id) => evidencePicker(label, id, { titleMax: EVIDENCE_TITLE }),
      required: true, requiredMessage: "media.evidence_needed" }],
    onSubmit: (v) => api.post("needs", `${path}/evidence`, { evidence: v.evidence.map((e) => ({ ...e, reference: e.title })) }),
    onDone: async () => { await until(() => api.get("needs", path), (x) => (x.evidence || []).length > had); refresh(); },
  }));
}

function levelBadge(p) {
  if (p.withdrawn) return badge(t("media.withdrawn", { reason: p.withdrawn.reason }), "warn");
  return p.quality_level ? badge(`${t(`ql.${p.quality_level}`)} (${number(p.mean, 2)})`, "ok") : badge(t("media.not_evaluated"), "warn");
}

// The supervisor evaluates (indicators given); the school may withdraw its own records.
function productionsTable(esa, list, names, indicators, isSchool = false) {
  const action = (p) => (p.withdrawn ? null : indicators ? evaluationForm(esa, p, indicators) : isSchool ? [evidenceForm(esa, p), withdrawForm(esa, p)] : null);
  return table({ caption: t("media.productions"), rows: list, testid: "productions", columns: [
    { label: t("media.col.title"), value: (p) => p.title },
    { label: t("media.col.school"), value: (p) => names[p.school] || p.school },
    { label: t("media.col.kind"), value: (p) => `${categoryLabel(p.kind)} · ${subjectLabel(p.subject)}` },
    { label: t("media.field.evidence"), value: (p) => t("media.evidence_count", { n: (p.evidence || []).length }) },
    { label: t("media.col.level"), value: levelBadge },
    ...(indicators || isSchool ? [{ label: "", value: action }] : []),
  ] });
}

async function renderMedia(view, { esa }, query) {
  const year = chosenYear(query);
  const [productions, requests, improvements, v, schools] = await Promise.all([
    api.get("needs", `${base(esa)}/productions`, { year }), api.get("needs", `${base(esa)}/service-requests`, { year }),
    api.get("needs", `${base(esa)}/service-improvements`, { year }), words(), schoolsOf(esa)]);
  const names = schoolNames(schools);
  const sup = grantsOf("supervisor").some((g) => g.id === esa);
  append(view, [pageHead(t("media.title")), yearFilter(query),
    card(t("media.productions"), productionsTable(esa, productions, names, sup ? v.production_standard.indicators : null)),
    card(t("media.requests"), requestsTable(esa, requests, names, false)),
    card(t("media.improvements"), h("ul", { "data-testid": "improvements" }, improvements.map((i) => h("li", {}, `${i.finding} → ${i.action}`))), sup ? form({
      testid: "improvement", submit: "media.improve",
      fields: [{ name: "finding", label: "media.finding", type: "textarea", required: true, maxlength: 2000 }, { name: "action", label: "media.action", type: "textarea", required: true, maxlength: 2000 }],
      onSubmit: (b) => api.post("needs", `${base(esa)}/service-improvements`, { ...b, academic_year: year }),
      onDone: async () => { await until(() => api.get("needs", `${base(esa)}/service-improvements`, { year }), (l) => l.length > improvements.length); refresh(); },
    }) : null)]);
}

addSchoolSection(async (view, { school, esa, own }) => {
  if (!own) return;
  const [productions, requests] = await Promise.all([
    api.get("needs", `${base(esa)}/productions`, { school }), api.get("needs", `${base(esa)}/service-requests`)]);
  const names = { [school]: "" };
  const mine = requests.filter((r) => r.school === school);
  view.append(card(t("media.productions"), productionsTable(esa, productions, names, null, true), h("details", {}, h("summary", {}, t("media.register")), productionForm(esa, school, productions.length))),
    card(t("media.requests"), requestsTable(esa, mine, names, true), h("details", {}, h("summary", {}, t("media.ask")), requestForm(esa, school, mine.length))));
});

export const routes = [{ path: "/esas/:esa/media", render: renderMedia }];

