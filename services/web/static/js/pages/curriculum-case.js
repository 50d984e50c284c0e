// One curriculum case: where it stands, what the school prepared, every committee decision
// with its reason and the document version it saw, the full timeline (who, which role, when),
// the case exactly as a committee saw it on the day it decided, and the committee's decision.

import { h, append } from "../core/dom.js";
import { t, tOr, define, pick } from "../core/i18n.js";
import { api, until } from "../core/api.js";
import { formatDate, formatDateTime } from "../core/thai.js";
import { grantsOf, SCHOOL_ROLES } from "../core/session.js";
import { navigate } from "../core/router.js";
import { form } from "../ui/form.js";
import { table, badge } from "../ui/table.js";
import { pageHead, card } from "./common.js";
import { COMMITTEE_DECISIONS, GROUPS } from "./curriculum-terms.js";
import { casesPath, preparation, withdrawal } from "./curriculum-school.js";

define({
  "case.stage": ["สถานะ", "Stage"],
  "case.type": ["ประเภท", "Type"],
  "case.documents": ["เอกสารหลักสูตร", "Curriculum documents"],
  "case.doc.version": ["ฉบับที่", "Version"],
  "case.doc.reference": ["ไฟล์", "File"],
  "case.doc.hash": ["รหัสตรวจสอบ (SHA-256)", "Content hash (SHA-256)"],
  "case.decisions": ["มติของคณะกรรมการ", "Committee decisions"],
  "case.col.committee": ["คณะกรรมการ", "Committee"],
  "case.col.outcome": ["มติ", "Decision"],
  "case.col.reason": ["เหตุผล", "Reason"],
  "case.col.who": ["ผู้บันทึก", "Recorded by"],
  "case.col.when": ["วันเวลา", "When"],
  "case.col.version": ["เอกสารฉบับที่พิจารณา", "Version seen"],
  "case.col.saw": ["สิ่งที่คณะกรรมการเห็น", "What it saw"],
  "case.saw": ["ดูคำขอ ณ วันที่ตัดสิน", "The case as it stood"],
  "case.as_of": ["คำขอหลักสูตร ณ {when}", "The case as it stood on {when}"],
  "case.now": ["ดูสถานะปัจจุบัน", "See it now"],
  "case.timeline": ["ลำดับเหตุการณ์ทั้งหมด", "Full timeline"],
  "case.col.event": ["เหตุการณ์", "Event"],
  "case.col.role": ["บทบาท", "Role"],
  "case.decide": ["บันทึกมติของ{committee}", "Record the decision of the {committee}"],
  "case.outcome": ["มติ", "Decision"],
  "case.reason": ["เหตุผลประกอบมติ", "Reasons for the decision"],
  "case.changes": ["สิ่งที่ต้องปรับปรุง (บรรทัดละหนึ่งข้อ; จำเป็นเมื่อส่งกลับ)", "Required changes, one per line (needed to send back)"],
  "case.record_decision": ["บันทึกมติ", "Record the decision"],
  "case.sent_back": ["ส่งกลับให้ปรับปรุง: {reason}", "Sent back: {reason}"],
  "event.curriculum.CurriculumCaseOpened": ["เปิดคำขอหลักสูตร", "Case opened"],
  "event.curriculum.CurriculumDocumentVersionAdded": ["เพิ่มเอกสารหลักสูตรฉบับใหม่", "Document version added"],
  "event.curriculum.BaseAnalysisRecorded": ["บันทึกการวิเคราะห์ฐานทุน", "Base analysis recorded"],
  "event.curriculum.CurriculumTypeChanged": ["เปลี่ยนประเภทหลักสูตร", "Type changed"],
  "event.curriculum.SchoolBoardApprovalRecorded": ["คณะกรรมการสถานศึกษาให้ความเห็นชอบ", "School board approval recorded"],
  "event.curriculum.PublicHearingRecorded": ["รับฟังความคิดเห็นภาคีเครือข่าย", "Public hearing recorded"],
  "event.curriculum.CurriculumSubmitted": ["ยื่นเสนอหลักสูตร", "Submitted"],
  "event.curriculum.CurriculumScreeningPassed": ["ผ่านการกลั่นกรอง", "Screening passed"],
  "event.curriculum.CurriculumSentBack": ["ส่งกลับให้ปรับปรุง", "Sent back"],
  "event.curriculum.CurriculumForwardedToPolicyCommittee": ["เห็นชอบและเสนอคณะกรรมการนโยบายฯ", "Forwarded to the policy committee"],
  "event.curriculum.CurriculumApproved": ["ให้ความเห็นชอบ", "Approved"],
  "event.curriculum.CurriculumRejected": ["ไม่ให้ความเห็นชอบ", "Rejected"],
  "event.curriculum.CurriculumWithdrawn": ["โรงเรียนถอนเรื่อง", "Withdrawn"],
  "event.curriculum.CurriculumDecisionReversed": ["กลับมติ", "Decision reversed"],
  "case.hearing_total": ["ผู้เข้าร่วมรับฟังความคิดเห็น {n} คน", "{n} people took part in the hearing"],
  "case.changes_needed": ["การส่งกลับต้องระบุสิ่งที่ต้องปรับปรุงอย่างน้อยหนึ่งข้อ", "A send-back lists at least one required change."],
  "case.reverse": ["กลับมติ", "Reverse the decision"],
  "case.reverse_of": ["กลับมติล่าสุด: {outcome} ({when})", "Reverse the latest decision: {outcome} ({when})"],
  "case.reverse_note": ["การกลับมติบันทึกเป็นมติใหม่ มติเดิมยังคงอยู่ในประวัติ และทำได้เฉพาะมติล่าสุดก่อนมีการดำเนินการต่อ", "A reversal is recorded as a new decision; the earlier one stays in the history. Only the latest decision, before anything followed, can be reversed."],
  "case.reverse_reason": ["เหตุผลที่กลับมติ", "Why the decision is reversed"],
});

const reload = () => navigate(location.pathname, { replaceState: true });

function decisionForm(esa, c, committee) {
  const rule = COMMITTEE_DECISIONS[committee];
  const outcomes = rule.outcomes.filter((o) => o !== "forward" || c.curriculum_type === 3).filter((o) => !(o === "approve" && committee === "driving_committee" && c.curriculum_type === 3));
  const path = `${casesPath(esa)}/${c.case_id}`;
  return card(t("case.decide", { committee: t(`committee.${committee}`) }), form({
    testid: "decision", submit: "case.record_decision",
    fields: [{ name: "outcome", label: "case.outcome", type: "radios", required: true, options: outcomes.map((o) => ({ value: o, label: t(`outcome.${o}`) })) },
      { name: "reason", label: "case.reason", type: "textarea", required: true, maxlength: 2000 },
      { name: "required_changes", label: "case.changes", type: "lines", required: true, requiredMessage: "case.changes_needed", lineMax: 1000, maxItems: 50,
        showIf: (v) => v.outcome === "send_back" }],
    onSubmit: (v) => api.post("curriculum", `${path}/${rule.path}`, { ...v, document_version: c.submitted?.document_version ?? undefined }),
    onDone: async () => { await until(() => api.get("curriculum", path), (x) => x.version > c.version); reload(); },
  }));
}

/** The committee that took the case's latest decision may reverse it (a new decision; nothing is erased). */
function reversalForm(esa, c) {
  const latest = (c.decisions || []).at(-1);
  if (!latest || latest.reversed || latest.outcome === "reversed" || !grantsOf(latest.committee).length) return null;
  const path = `${casesPath(esa)}/${c.case_id}`;
  return card(t("case.reverse"), h("details", {}, h("summary", {}, t("case.reverse_of", { outcome: t(`outcome.${latest.outcome}`), when: formatDateTime(latest.decided_at) })), form({
    testid: "reversal", submit: "case.reverse",
    intro: t("case.reverse_note"),
    fields: [{ name: "reason", label: "case.reverse_reason", type: "textarea", required: true, maxlength: 2000 }],
    onSubmit: (v) => api.post("curriculum", `${path}/reversals`, { committee: latest.committee, decision_no: latest.decision_no, reason: v.reason }),
    onDone: async () => { await until(() => api.get("curriculum", path), (x) => x.version > c.version); reload(); },
  })));
}

function facts(c) {
  const parts = [h("dl", { class: "answers" },
    h("dt", {}, t("case.stage")), h("dd", {}, badge(t(`stage.${c.stage}`), c.stage === "approved" ? "ok" : c.stage === "rejected" || c.stage === "withdrawn" ? "err" : "info")),
    h("dt", {}, t("case.type")), h("dd", {}, t(`ctype.${c.curriculum_type}`)),
    c.base_analysis ? [h("dt", {}, t("cur.analysis")), h("dd", { class: "pre" }, c.base_analysis.summary)] : null,
    c.school_board_approval ? [h("dt", {}, t("cur.board")), h("dd", {}, `${formatDate(c.school_board_approval.approved_on)} — ${c.school_board_approval.resolution}`)] : null,
    c.public_hearing ? [h("dt", {}, t("cur.hearing")), h("dd", {}, `${formatDate(c.public_hearing.held_on)} — ${t("case.hearing_total", { n: c.public_hearing.total })}`,
      h("ul", { class: "small" }, c.public_hearing.participants.filter((p) => GROUPS.includes(p.group)).map((p) => h("li", {}, `${t(`group.${p.group}`)}: ${p.count}`))))] : null)];
  if (c.sent_back && c.stage === "returned") {
    parts.push(h("div", { class: "alert warn" }, t("case.sent_back", { reason: c.sent_back.reason }),
      h("ul", {}, (c.sent_back.required_changes || []).map((x) => h("li", {}, x)))));
  }
  return parts;
}

function decisionsTable(esa, c) {
  return table({ caption: t("case.decisions"), rows: c.decisions || [], testid: "decisions", columns: [
    { label: t("case.col.committee"), value: (d) => t(`committee.${d.committee}`) },
    { label: t("case.col.outcome"), value: (d) => badge(t(`outcome.${d.outcome}`), d.reversed ? "muted" : ["approved", "passed", "forwarded"].includes(d.outcome) ? "ok" : "warn") },
    { label: t("case.col.reason"), value: (d) => [d.reason, (d.required_changes || []).length ? h("ul", { class: "small" }, d.required_changes.map((x) => h("li", {}, x))) : null] },
    { label: t("case.col.who"), value: (d) => `${d.decider_name || d.decided_by} (${t(`role.${d.role}`)})` },
    { label: t("case.col.when"), value: (d) => formatDateTime(d.decided_at) },
    { label: t("case.col.version"), value: (d) => String(d.document_version) },
    { label: t("case.col.saw"), value: (d) => h("a", { href: `/esas/${esa}/curriculum/${c.case_id}?as_of=${encodeURIComponent(d.decided_at)}` }, t("case.saw")) },
  ] });
}

async function renderCase(view, { esa, case: caseId }, query) {
  const asOf = query.get("as_of");
  const path = `${casesPath(esa)}/${encodeURIComponent(caseId)}`;
  const [c, timeline] = await Promise.all([api.get("curriculum", path, { as_of: asOf }), api.get("curriculum", `${path}/events`)]);
  const isSchool = grantsOf(...SCHOOL_ROLES).some((g) => g.id === c.school);
  append(view, [pageHead(c.title, {
    back: isSchool ? `/schools/${c.school}` : null,
    lead: `${pick(c.school_name, c.school_name)} · ${t("common.year")} ${c.academic_year}`,
  })]);
  if (asOf) view.append(h("p", { class: "alert warn", "data-testid": "as-of" }, t("case.as_of", { when: formatDateTime(asOf) }), " ", h("a", { href: location.pathname }, t("case.now"))));
  append(view, [card(null, ...facts(c)),
    card(t("case.documents"), table({ caption: t("case.documents"), rows: c.documents, columns: [
      { label: t("case.doc.version"), value: (d) => String(d.version) },
      { label: t("case.doc.reference"), value: (d) => [d.reference, d.note ? h("span", { class: "muted small" }, ` — ${d.note}`) : null] },
      { label: t("case.doc.hash"), value: (d) => h("code", { class: "small" }, `${d.content_hash.slice(0, 23)}…`) },
    ] })),
    card(t("case.decisions"), decisionsTable(esa, c))]);
  if (!asOf) {
    if (isSchool && ["draft", "returned"].includes(c.stage)) append(view, preparation(esa, c));
    if (isSchool && !["approved", "rejected", "withdrawn"].includes(c.stage)) view.append(withdrawal(esa, c));
    const sits = c.with_committee && grantsOf(c.with_committee).length > 0;
    if (sits) view.append(decisionForm(esa, c, c.with_committee));
    const reversal = reversalForm(esa, c);
    if (reversal) view.append(reversal);
  }
  view.append(card(t("case.timeline"), table({ caption: t("case.timeline"), rows: timeline, testid: "timeline", columns: [
    { label: t("case.col.when"), value: (e) => formatDateTime(e.time) },
    { label: t("case.col.event"), value: (e) => tOr(`event.${e.type}`, e.type.replace(/^curriculum\./, "")) },
    { label: t("case.col.who"), value: (e) => e.actor },
    { label: t("case.col.role"), value: (e) => t(`role.${e.role}`) },
  ] })));
}

export const routes = [{ path: "/esas/:esa/curriculum/:case", render: renderCase }];
