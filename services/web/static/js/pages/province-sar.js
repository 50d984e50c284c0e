// The province's SAR cycle (sandbox manual, item 6): the driving committee's briefing and SAR
// guidelines, the synthesis committee it appoints, the committee's synthesis of the ESAs'
// syntheses, the driving committee's approval (or return), and the provincial education
// office's report. Each person sees the step that is theirs; everyone of the province reads.

import { h, append } from "../core/dom.js";
import { t, define, number } from "../core/i18n.js";
import { api, until } from "../core/api.js";
import { formatDate, isoDay } from "../core/thai.js";
import { grants, session } from "../core/session.js";
import { navigate } from "../core/router.js";
import { form } from "../ui/form.js";
import { table, badge } from "../ui/table.js";
import { evidencePicker } from "../ui/evidence.js";
import { addMenuItems } from "../ui/layout.js";
import { pageHead, card, chosenYear, yearFilter } from "./common.js";
import { appointmentFields, appointmentTable } from "./appointments.js";

define({
  "nav.province_sar": ["การประกันคุณภาพระดับจังหวัด (SAR)", "Provincial SAR cycle"],
  "psar.title": ["การส่งเสริม พัฒนาระบบประกันคุณภาพการศึกษาระดับจังหวัด", "The province's quality assurance (SAR) cycle"],
  "psar.step": ["ขั้นตอนปัจจุบัน", "Step reached"],
  "pstep.none": ["ยังไม่เริ่ม", "Not started"],
  "pstep.briefed": ["ประชุมชี้แจงแล้ว", "Briefed"],
  "pstep.guidelines_issued": ["จัดทำแนวทางการรายงาน SAR แล้ว", "Guidelines issued"],
  "pstep.committee_appointed": ["แต่งตั้งคณะกรรมการสังเคราะห์แล้ว", "Committee appointed"],
  "pstep.awaiting_approval": ["รอคณะกรรมการขับเคลื่อนฯ ให้ความเห็นชอบ", "Awaiting approval"],
  "pstep.approved": ["ได้รับความเห็นชอบแล้ว", "Approved"],
  "pstep.returned": ["ส่งกลับให้ปรับปรุง", "Returned for revision"],
  "pstep.reported": ["สำนักงานศึกษาธิการจังหวัดรายงานแล้ว", "Reported"],
  "psar.briefings": ["1. ประชุมชี้แจงการติดตั้งระบบประกันคุณภาพการศึกษา", "1. Briefings on the quality assurance system"],
  "psar.briefing_add": ["บันทึกการประชุมชี้แจง", "Record a briefing"],
  "psar.meeting": ["ชื่อการประชุม", "Meeting"],
  "psar.held_on": ["วันที่ประชุม", "Held on"],
  "psar.directors": ["จำนวนผู้บริหารที่เข้าร่วม", "School directors present"],
  "psar.teachers": ["จำนวนครูที่เข้าร่วม", "Teachers present"],
  "psar.guidelines": ["2. แนวทางการรายงานการประเมินตนเอง (SAR)", "2. SAR guidelines"],
  "psar.guidelines_issue": ["ประกาศแนวทาง", "Issue the guidelines"],
  "psar.guidelines_title": ["ชื่อแนวทาง", "Title"],
  "psar.issued_on": ["วันที่ประกาศ", "Issued on"],
  "psar.due_on": ["กำหนดส่งรายงาน SAR", "SARs due"],
  "psar.document": ["เอกสาร", "Document"],
  "psar.notes": ["สาระสำคัญ", "Key points"],
  "psar.version": ["ฉบับที่ {n}", "Version {n}"],
  "psar.committee": ["3. คณะกรรมการดำเนินการสังเคราะห์รายงาน SAR", "3. The SAR synthesis committee"],
  "psar.appoint": ["บันทึกคำสั่งแต่งตั้ง", "Record the appointment"],
  "psar.synthesis": ["4. ผลการสังเคราะห์รายงาน SAR ของจังหวัด", "4. The province's SAR synthesis"],
  "psar.synthesis_record": ["บันทึกผลการสังเคราะห์", "Record the synthesis"],
  "psar.summary": ["สรุปผลการสังเคราะห์", "Synthesis summary"],
  "psar.report_summary": ["สรุปรายงาน", "Report summary"],
  "psar.strengths": ["จุดเด่น (บรรทัดละหนึ่งข้อ)", "Strengths, one per line"],
  "psar.improvements": ["จุดที่ควรพัฒนา (บรรทัดละหนึ่งข้อ)", "To improve, one per line"],
  "psar.esa": ["เขตพื้นที่การศึกษา", "ESA"],
  "psar.accepted": ["รายงาน SAR ที่ผ่านการพิจารณา", "SARs accepted"],
  "psar.revision": ["ฉบับที่", "Revision"],
  "psar.decision": ["5. การให้ความเห็นชอบของคณะกรรมการขับเคลื่อนพื้นที่นวัตกรรมการศึกษาจังหวัด", "5. The driving committee's decision"],
  "psar.decide": ["บันทึกมติ", "Record the decision"],
  "psar.approve": ["ให้ความเห็นชอบ", "Approve"],
  "psar.return": ["ส่งกลับให้ปรับปรุง", "Return for revision"],
  "psar.resolution": ["มติคณะกรรมการ", "Resolution"],
  "psar.reasons": ["เหตุผลที่ส่งกลับ (บรรทัดละหนึ่งข้อ)", "Reasons, one per line"],
  "psar.report": ["6. การสรุปและรายงานของสำนักงานศึกษาธิการจังหวัด", "6. The provincial education office's report"],
  "psar.report_issue": ["บันทึกการรายงาน", "Record the report"],
  "psar.reported_to": ["รายงานต่อ", "Reported to"],
  "psar.reported_on": ["วันที่รายงาน", "Reported on"],
  "psar.not_member": ["บันทึกได้เฉพาะกรรมการตามคำสั่งแต่งตั้งที่มีรหัสผู้ใช้ในระบบ", "Only a member named with a person id records the synthesis"],
});

const base = (province, year) => `/v1/provinces/${encodeURIComponent(province)}/sar/${year}`;
const STEP_TONE = { approved: "ok", reported: "ok", returned: "err", awaiting_approval: "warn" };

addMenuItems((g) => {
  if (["driving_committee", "provincial_officer"].includes(g.role)) return [[`/provinces/${g.id}/sar`, "nav.province_sar"]];
  if (g.role === "supervisor" && g.province) return [[`/provinces/${g.province}/sar`, "nav.province_sar"]];
  return [];
});

const holds = (role, province) => grants().some((g) => g.role === role && (g.id === province || g.id === "th"));

function reloadWhen(path, accept) {
  return async () => { await until(() => api.get("supervision", path), accept); navigate(location.pathname + location.search, { replaceState: true }); };
}

function briefingsCard(c, path, driving) {
  const list = table({ caption: t("psar.briefings"), rows: c.briefings, testid: "briefings", columns: [
    { label: t("psar.meeting"), value: (b) => b.title },
    { label: t("psar.held_on"), value: (b) => formatDate(b.held_on) },
    { label: t("psar.directors"), value: (b) => number(b.directors), class: "num" },
    { label: t("psar.teachers"), value: (b) => number(b.teachers), class: "num" },
  ] });
  const add = driving ? h("details", {}, h("summary", {}, t("psar.briefing_add")), form({
    testid: "briefing", submit: "psar.briefing_add",
    fields: [{ name: "title", label: "psar.meeting", required: true, maxlength: 300 },
      { name: "held_on", label: "psar.held_on", type: "date", required: true, value: isoDay() },
      { name: "directors", label: "psar.directors", type: "number", integer: true, min: 0, value: 0 },
      { name: "teachers", label: "psar.teachers", type: "number", integer: true, min: 0, value: 0 }],
    onSubmit: (v) => api.post("supervision", `${path}/briefings`, v),
    onDone: reloadWhen(path, (x) => x.briefings.length > c.briefings.length),
  })) : null;
  return card(t("psar.briefings"), list, add);
}

function guidelinesCard(c, path, driving) {
  const g = c.guidelines;
  const shown = g ? h("p", { "data-testid": "guidelines" }, `${g.title} (${t("psar.version", { n: g.version })}) — ${t("psar.due_on")} ${formatDate(g.due_on)}`) : null;
  const issue = driving && c.step !== "reported" ? h("details", {}, h("summary", {}, t("psar.guidelines_issue")), form({
    testid: "guidelines-form", submit: "psar.guidelines_issue",
    fields: [{ name: "title", label: "psar.guidelines_title", required: true, maxlength: 300, value: g?.title || "" },
      { name: "issued_on", label: "psar.issued_on", type: "date", required: true, value: g?.issued_on || isoDay() },
      { name: "due_on", label: "psar.due_on", type: "date", required: true, value: g?.due_on || isoDay() },
      { name: "document", label: "psar.document", type: "custom", required: true, render: (label, id) => evidencePicker(label, id, { single: true }) },
      { name: "notes", label: "psar.notes", type: "textarea", maxlength: 4000, value: g?.notes || "" }],
    onSubmit: (v) => api.put("supervision", `${path}/guidelines`, v),
    onDone: reloadWhen(path, (x) => x.guidelines && x.guidelines.version > (g?.version || 0)),
  })) : null;
  return card(t("psar.guidelines"), shown, issue);
}

function committeeCard(c, path, driving) {
  const appoint = driving && !["approved", "reported"].includes(c.step) ? h("details", {}, h("summary", {}, t("psar.appoint")), form({
    testid: "committee-form", submit: "psar.appoint", fields: appointmentFields(c.committee),
    onSubmit: (v) => api.put("supervision", `${path}/committee`, v),
    onDone: reloadWhen(path, (x) => x.committee && x.committee.at !== c.committee?.at),
  })) : null;
  return card(t("psar.committee"), appointmentTable(t("psar.committee"), c.committee, "committee"), appoint);
}

function synthesisCard(c, path) {
  const s = c.synthesis;
  const me = session()?.claims?.sub;
  const member = (c.committee?.members || []).some((m) => m.person && m.person === me);
  const parts = s ? [h("p", { "data-testid": "synthesis" }, `${t("psar.revision")} ${s.revision}: ${s.summary_th}`),
    table({ caption: t("psar.synthesis"), rows: s.esas, columns: [
      { label: t("psar.esa"), value: (e) => e.esa }, { label: t("psar.accepted"), value: (e) => number(e.schools_accepted), class: "num" }] })] : [];
  if (["committee_appointed", "returned"].includes(c.step) || (c.committee && !s)) {
    parts.push(member ? form({
      testid: "synthesis-form", submit: "psar.synthesis_record",
      fields: [{ name: "summary_th", label: "psar.summary", type: "textarea", required: true, rows: 4, maxlength: 4000 },
        { name: "strengths", label: "psar.strengths", type: "lines", lineMax: 1000, maxItems: 30 },
        { name: "improvements", label: "psar.improvements", type: "lines", lineMax: 1000, maxItems: 30 }],
      onSubmit: (v) => api.post("supervision", `${path}/synthesis`, v),
      onDone: reloadWhen(path, (x) => x.step === "awaiting_approval"),
    }) : h("p", { class: "muted" }, t("psar.not_member")));
  }
  return card(t("psar.synthesis"), ...parts);
}

function decisionCard(c, path, driving) {
  const rows = table({ caption: t("psar.decision"), rows: c.decisions, testid: "decisions", columns: [
    { label: t("psar.revision"), value: (d) => String(d.revision) },
    { label: t("psar.resolution"), value: (d) => badge(t(`pstep.${d.decision}`), d.decision === "approved" ? "ok" : "err") },
    { label: t("psar.reasons"), value: (d) => d.reasons.join("; ") }] });
  const decide = driving && c.step === "awaiting_approval" ? form({
    testid: "decision-form", submit: "psar.decide",
    fields: [{ name: "decision", label: "psar.resolution", type: "radios", required: true, options: [{ value: "accept", label: t("psar.approve") }, { value: "return", label: t("psar.return") }] },
      { name: "reasons", label: "psar.reasons", type: "lines", required: true, lineMax: 1000, maxItems: 30, showIf: (v) => v.decision === "return" }],
    onSubmit: (v) => api.post("supervision", `${path}/synthesis/decision`, v),
    onDone: reloadWhen(path, (x) => x.step !== "awaiting_approval"),
  }) : null;
  return card(t("psar.decision"), rows, decide);
}

function reportCard(c, path, officer) {
  const r = c.report;
  const shown = r ? h("p", { "data-testid": "report" }, `${formatDate(r.reported_on)} — ${t("psar.reported_to")} ${r.reported_to}: ${r.summary_th}`) : null;
  const issue = officer && c.step === "approved" ? form({
    testid: "report-form", submit: "psar.report_issue",
    fields: [{ name: "summary_th", label: "psar.report_summary", type: "textarea", required: true, rows: 4, maxlength: 4000 },
      { name: "reported_to", label: "psar.reported_to", required: true, maxlength: 300, value: "คณะกรรมการนโยบายพื้นที่นวัตกรรมการศึกษา" },
      { name: "reported_on", label: "psar.reported_on", type: "date", required: true, value: isoDay() }],
    onSubmit: (v) => api.put("supervision", `${path}/report`, v),
    onDone: reloadWhen(path, (x) => x.step === "reported"),
  }) : null;
  return card(t("psar.report"), shown, issue);
}

async function renderCycle(view, { province }, query) {
  const year = chosenYear(query);
  const path = base(province, year);
  const c = await api.get("supervision", path);
  const driving = holds("driving_committee", province);
  const step = h("p", { "data-testid": "step" }, `${t("psar.step")}: `, badge(t(`pstep.${c.step}`), STEP_TONE[c.step] || "neutral"));
  append(view, [pageHead(t("psar.title")), yearFilter(query), step,
    briefingsCard(c, path, driving), guidelinesCard(c, path, driving), committeeCard(c, path, driving),
    synthesisCard(c, path), decisionCard(c, path, driving), reportCard(c, path, holds("provincial_officer", province))]);
}

export const routes = [{ path: "/provinces/:province/sar", render: renderCycle }];
