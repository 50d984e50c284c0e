// What a refusal says about each field. The services answer field problems in a few shapes:
// refused input lists {field, label, message, message_en, ...} (pydantic's checks, in Thai);
// a survey's answers list {question, problem, message}; a rule names the facts at fault
// ({missing: [...]}, {indicators: [...]}, {field}) or only its code. Each becomes
// {field, label, message} in the current language, `field` being a form field's name when
// one is known (a refusal code names the field it concerns: REFUSAL_AT).

import { t, define, currentLang } from "../core/i18n.js";

define({
  "survey.problem.required": ["ต้องตอบคำถามนี้", "Answer this question."],
  "survey.problem.unknown_question": ["ไม่มีคำถามนี้ในแบบสำรวจฉบับที่ตอบ", "This question is not in the version answered."],
  "survey.problem.question_skipped": ["คำถามนี้ถูกข้ามตามเงื่อนไข ไม่ต้องตอบ", "This question is skipped by its condition; leave it empty."],
  "survey.problem.unknown_option": ["ไม่มีตัวเลือกนี้ในคำถาม", "That is not one of the question's options."],
  "survey.problem.out_of_range": ["คำตอบอยู่นอกช่วงที่กำหนด", "The answer is outside the allowed range."],
  "survey.problem.not_a_whole_number": ["ต้องตอบเป็นจำนวนเต็มตามมาตราส่วน", "Answer with a whole number of the scale."],
  "survey.problem.not_a_number": ["ต้องตอบเป็นตัวเลข", "Answer with a number."],
  "survey.problem.not_a_list": ["คำถามนี้เลือกได้หลายข้อ ให้ตอบเป็นรายการ", "This question takes several choices."],
  "survey.problem.not_text": ["ต้องตอบเป็นข้อความ", "Answer with some text."],
  "survey.problem.too_long": ["ข้อความยาวเกินกำหนด", "The text is too long."],
  "survey.problem.choices_invalid": ["ต้องเลือกอย่างน้อยหนึ่งข้อและไม่ซ้ำกัน", "Choose at least one option, without repeats."],
  "problem.invalid": ["ค่าไม่ถูกต้อง", "This value is not valid."],
  "problem.choose_level": ["ต้องเลือกระดับคุณภาพ", "Choose a level."],
});

/** A refusal code -> the body field(s) it concerns, first found in the form wins. */
const REFUSAL_AT = {
  dates_reversed: ["closes_on"], closes_in_the_past: ["closes_on"], too_long: ["closes_on"],
  academic_year_mismatch: ["academic_year"], unknown_cluster: ["target.cluster", "cluster"],
  unknown_schools: ["target", "schools"], no_target_schools: ["target.kind", "target"],
  template_not_found: ["template_id"], template_version_unknown: ["template_version"],
  template_version_not_newer: ["template_version"],
  correct_by_in_the_past: ["correct_by"], reason_required: ["reason"], no_response: ["school"],
  already_returned: ["school"], visit_in_future: ["day", "occurred_at"], due_before_visit: ["action_items"],
  duplicate_item_ids: ["action_items", "add_action_items"], not_a_later_visit: ["at_visit_id"],
  needed_by_in_the_past: ["needed_by"], items_required: ["items"], scheduled_in_the_past: ["scheduled_on"],
  fulfilled_on_invalid: ["fulfilled_on"], rating_out_of_range: ["rating"], already_rated: ["rating"],
  grade_levels_repeat: ["grade_levels"], too_much_evidence: ["evidence"], evidence_repeated: ["evidence"],
  score_out_of_range: ["scores"], indicators_incomplete: ["scores"], improvement_incomplete: ["finding"],
  request_ids_repeat: ["request_ids"], outside_semester: ["planned_on"], school_not_in_plan: ["school"],
  school_assigned_to_another: ["school", "cluster"], school_not_in_esa: ["school", "schools"],
  dimensions_incomplete: ["targets", "scores"], sar_unchanged: ["document"], reasons_required: ["reasons"],
  no_competencies: ["levels"], unknown_codes: ["levels"], counts_do_not_add_up: ["learners"],
  required_changes_missing: ["required_changes"], partner_groups_missing: ["participants"],
  document_unchanged: ["file"], no_document: ["file"], case_exists: ["academic_year"],
  unknown_school: ["school"], outcome_not_allowed: ["outcome"], document_version_changed: ["outcome"],
  decision_not_reversible: ["decision_no"], decision_not_found: ["decision_no"],
  meeting_exists: ["meets_on"], meeting_not_held_yet: ["meeting"], unknown_meeting: ["meeting", "meeting_id"],
  replay_in_future: ["at", "day"], unknown_topic: ["positions"], invalid_scope: ["scope.id"], unknown_scope: ["scope.id"],
  endpoint_exists: ["url"], as_of_in_future: ["as_of"], as_of_too_early: ["as_of"],
  scores_do_not_match_rubric: ["scores"], unknown_level: ["scores"], unknown_training: ["training"],
};

/** Model-level checks answer in English only: the Thai of those the app can meet. */
const MODEL_MESSAGES = [
  [/required_changes/, "required_changes", ["การส่งกลับต้องระบุสิ่งที่ต้องปรับปรุงอย่างน้อยหนึ่งข้อ", "A send-back lists at least one required change."]],
  [/'at' is required/, "at", ["ต้องระบุเวลาที่จะเริ่มส่งซ้ำ", "Give the time to replay from."]],
  [/'positions' are required/, "positions", ["ต้องระบุตำแหน่งที่จะเริ่มส่งซ้ำ", "Give the positions to replay from."]],
  [/each topic partition/, "positions", ["แต่ละหัวข้อและพาร์ทิชันระบุได้ครั้งเดียว", "Each topic partition at most once."]],
  [/cluster or a list of schools/, "cluster", ["ต้องเลือกกลุ่มโรงเรียนหรือรายชื่อโรงเรียน", "Choose a cluster or a list of schools."]],
  [/not event types/, "event_types", ["ประเภทเหตุการณ์ไม่ถูกต้อง (เช่น needs.SurveyResponseSubmitted, needs.* หรือ *)", "Not event types (needs.SurveyResponseSubmitted, needs.* or *)."]],
];

const th = () => currentLang() === "th";
const strip = (path) => String(path || "").replace(/^(body|query|path|header)\.?/, "");

function fromItem(d, error, names) {
  if (d.question) {
    const key = `survey.problem.${d.problem}`;
    const message = th() ? d.message || t(key) : t(key);
    return { field: `answers.${d.question}`, message };
  }
  let field = strip(d.field);
  let message = th() ? d.message || d.message_en || d.problem : d.message_en || d.problem || d.message;
  const known = MODEL_MESSAGES.find(([re]) => re.test(`${d.message_en || ""} ${d.problem || ""}`));
  if (known && (!field || field === known[1])) {
    field = known[1];
    message = known[2][th() ? 0 : 1];
  }
  if (!field) field = mentioned(`${d.message_en || ""} ${d.problem || ""}`, names) || "";
  return { field, label: d.label, message: message || t("problem.invalid") };
}

/** A field name the (English) text mentions, longest first (e.g. a model-level check). */
function mentioned(text, names) {
  return [...names].sort((a, b) => b.length - a.length).find((n) => new RegExp(`\\b${n.replace(/\./g, "\\.")}\\b`).test(text));
}

function fromFacts(details, error, names) {
  const message = topMessage(error);
  const at = (REFUSAL_AT[error.code] || []).find((f) => names.some((n) => n === f || n.startsWith(`${f}.`)));
  const ids = [].concat(details.missing || [], details.unknown || [], details.indicators || []).filter((x) => typeof x === "string");
  const named = ids.map((id) => names.find((n) => n === id || n.endsWith(`.${id}`))).filter(Boolean);
  if (named.length) {
    const each = error.code === "scores_do_not_match_rubric" || error.code === "indicators_incomplete" ? t("problem.choose_level") : message;
    return named.map((field) => ({ field, message: each }));
  }
  if (typeof details.field === "string") return [{ field: strip(details.field), message }];
  if (at) return [{ field: at, message }];
  return [];
}

export function topMessage(error) {
  if (error.messageTh || error.messageEn) return th() ? error.messageTh || error.messageEn : error.messageEn || error.messageTh;
  return String(error.message || error);
}

/** The field problems of a refusal; `names` are the form's field names (to place them). */
export function problemsOf(error, names = []) {
  if (!error || typeof error !== "object") return [];
  const details = error.details;
  if (Array.isArray(details)) {
    return details.filter((d) => d && (d.field !== undefined || d.question || d.problem)).map((d) => fromItem(d, error, names));
  }
  if (details && typeof details === "object") return fromFacts(details, error, names);
  const at = (REFUSAL_AT[error.code] || []).find((f) => names.some((n) => n === f || n.startsWith(`${f}.`)));
  return at ? [{ field: at, message: topMessage(error) }] : [];
}
