// A survey form drawn from a template's questions (choice, scale, number, text; `show_if`
// hides a question until an earlier answer asks for it, and only shown questions are sent).
// Each scale point says what it means; a refusal names the question it concerns. Without a
// template the standard questions below are asked (seed form 1).

import { h, uid } from "../core/dom.js";
import { define, pick } from "../core/i18n.js";
import { form } from "../ui/form.js";
import { scalePoints } from "./scale-terms.js";

define({
  "survey.send": ["ส่งแบบสำรวจ", "Send the survey"],
  "survey.answer": ["คำตอบ", "Answer"],
  "survey.question": ["ข้อคำถาม", "Question"],
});

export const STANDARD_QUESTIONS = [
  { id: "media", kind: "choice", multiple: true, required: true,
    text_th: "สื่อการเรียนรู้ที่โรงเรียนต้องการ", text_en: "Learning media the school needs",
    options: [
      { id: "digital", label_th: "สื่อดิจิทัล", label_en: "Digital media" },
      { id: "print", label_th: "สื่อสิ่งพิมพ์", label_en: "Printed media" },
      { id: "kit", label_th: "ชุดการเรียนรู้/สื่อของจริง", label_en: "Learning kits and real objects" },
      { id: "dltv", label_th: "การศึกษาทางไกลผ่านดาวเทียม (DLTV)", label_en: "Distance learning TV (DLTV)" },
    ] },
  { id: "technology", kind: "choice", multiple: true,
    text_th: "เทคโนโลยีทางการศึกษาที่ต้องการ", text_en: "Educational technology needed",
    options: [
      { id: "computers", label_th: "คอมพิวเตอร์/แท็บเล็ต", label_en: "Computers or tablets" },
      { id: "internet", label_th: "อินเทอร์เน็ต", label_en: "Internet access" },
      { id: "coding", label_th: "ชุดเรียนรู้วิทยาการคำนวณ (Coding)", label_en: "Coding kits" },
    ] },
  { id: "priority", kind: "scale", scale_min: 1, scale_max: 5, required: true,
    text_th: "ระดับความจำเป็นเร่งด่วน (1 น้อยที่สุด – 5 มากที่สุด)", text_en: "Urgency (1 least – 5 most)" },
  { id: "teachers", kind: "number", number_min: 0, number_max: 500,
    text_th: "จำนวนครูที่ต้องการอบรมการใช้สื่อ (คน)", text_en: "Teachers needing training in media use (people)" },
  { id: "note", kind: "text", max_length: 1000,
    text_th: "ความต้องการอื่น ๆ / นวัตกรรมที่โรงเรียนต้องการพัฒนา", text_en: "Other needs, or innovations the school wants to develop" },
];

function shownBy(rule) {
  return (values) => {
    const answer = (values.answers || {})[rule.question];
    return [].concat(answer ?? []).map(String).some((a) => rule.any_of.map(String).includes(a));
  };
}

function fieldOf(q, answers) {
  const name = `answers.${q.id}`;
  define({ [name]: [q.text_th + (q.unit_th ? ` (${q.unit_th})` : ""), (q.text_en || q.text_th) + (q.unit_th ? ` (${q.unit_th})` : "")] });
  const value = answers ? answers[q.id] : undefined;
  const base = { name, label: name, required: q.required, value, requiredMessage: "survey.problem.required",
    showIf: q.show_if ? shownBy(q.show_if) : undefined };
  if (q.kind === "choice") {
    const options = q.options.map((o) => ({ value: o.id, label: pick(o.label_th, o.label_en) }));
    return q.multiple
      ? { ...base, type: "checkboxes", options, value: value || [] }
      : { ...base, type: "radios", options };
  }
  if (q.kind === "scale") {
    const options = scalePoints(q.scale_min ?? 1, q.scale_max ?? 5, "need");
    return { ...base, type: "radios", options, value: value === undefined ? undefined : String(value), scale: true };
  }
  if (q.kind === "number") return { ...base, type: "number", min: q.number_min, max: q.number_max, omitEmpty: true };
  return { ...base, type: "textarea", maxlength: q.max_length || 1000, omitEmpty: true };
}

/**
 * The form; onSubmit(answers) sends them. Labels are the questions themselves; a question
 * with `show_if` is asked (and its answer sent) only while its condition holds.
 */
export function surveyForm({ questions = STANDARD_QUESTIONS, answers, onSubmit, onDone }) {
  return form({
    testid: "survey",
    submit: "survey.send",
    fields: questions.map((q) => fieldOf(q, answers)),
    onSubmit: (values) => onSubmit(clean(values.answers || {}, questions)),
    onDone,
  });
}

/** Answers as the service takes them: scale points as numbers, nothing empty. */
function clean(answers, questions) {
  const out = {};
  for (const q of questions) {
    let v = answers[q.id];
    if (v === undefined || v === null || v === "" || (Array.isArray(v) && !v.length)) continue;
    if (q.kind === "scale") v = Number(v);
    out[q.id] = v;
  }
  return out;
}

/** A read-only list of answers. */
export function answersView(answers, questions = STANDARD_QUESTIONS) {
  const byId = Object.fromEntries(questions.map((q) => [q.id, q]));
  return h("dl", { class: "answers", id: uid("answers") }, Object.entries(answers).map(([id, v]) => {
    const q = byId[id];
    const text = q && q.options ? [].concat(v).map((x) => {
      const o = q.options.find((opt) => opt.id === x);
      return o ? pick(o.label_th, o.label_en) : x;
    }).join(", ") : Array.isArray(v) ? v.join(", ") : String(v);
    return [h("dt", {}, q ? pick(q.text_th, q.text_en) : id), h("dd", {}, text)];
  }));
}
