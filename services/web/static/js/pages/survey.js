// A survey form drawn from a template's questions (choice, scale, number, text; `show_if`
// hides a question until an earlier answer asks for it). Without a template the standard
// questions below are asked (the needs for media, innovation and technology of seed form 1).

import { h, uid } from "../core/dom.js";
import { t, define, pick } from "../core/i18n.js";
import { form } from "../ui/form.js";

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

function fieldOf(q, answers) {
  const label = pick(q.text_th, q.text_en);
  const value = answers ? answers[q.id] : undefined;
  const base = { name: `answers.${q.id}`, labelText: label, required: q.required, value };
  if (q.kind === "choice") {
    const options = q.options.map((o) => ({ value: o.id, label: pick(o.label_th, o.label_en) }));
    return q.multiple
      ? { ...base, type: "checkboxes", options, value: value || [] }
      : { ...base, type: "radios", options };
  }
  if (q.kind === "scale") {
    const options = [];
    for (let n = q.scale_min ?? 1; n <= (q.scale_max ?? 5); n += 1) options.push({ value: String(n), label: String(n) });
    return { ...base, type: "radios", options, value: value === undefined ? undefined : String(value), scale: true };
  }
  if (q.kind === "number") return { ...base, type: "number", min: q.number_min, max: q.number_max, omitEmpty: true };
  return { ...base, type: "textarea", maxlength: q.max_length || 1000, omitEmpty: true };
}

/** The form; onSubmit(answers) sends them. Labels are the questions themselves. */
export function surveyForm({ questions = STANDARD_QUESTIONS, answers, onSubmit, onDone }) {
  const fields = questions.map((q) => fieldOf(q, answers));
  for (const f of fields) define({ [f.name]: [f.labelText, f.labelText] });
  const el = form({
    testid: "survey",
    submit: "survey.send",
    fields: fields.map((f) => ({ ...f, label: f.name })),
    onSubmit: (values) => onSubmit(clean(values.answers || {}, questions)),
    onDone,
  });
  applyConditions(el, questions);
  el.addEventListener("change", () => applyConditions(el, questions));
  return el;
}

function clean(answers, questions) {
  const out = {};
  for (const q of questions) {
    if (q.show_if && !q.show_if.any_of.some((x) => [].concat(out[q.show_if.question] ?? []).map(String).includes(String(x)))) continue;
    let v = answers[q.id];
    if (v === undefined || v === null || v === "" || (Array.isArray(v) && !v.length && !q.required)) continue;
    if (q.kind === "scale") v = Number(v);
    out[q.id] = v;
  }
  return out;
}

function applyConditions(el, questions) {
  for (const q of questions) {
    if (!q.show_if) continue;
    const box = el.querySelector(`[data-name="answers.${q.show_if.question}"], [name="answers.${q.show_if.question}"]`);
    const target = el.querySelector(`[data-name="answers.${q.id}"], [name="answers.${q.id}"]`);
    if (!box || !target) continue;
    const chosen = [...box.querySelectorAll("input:checked")].map((i) => i.value);
    if (box.value) chosen.push(box.value);
    const show = q.show_if.any_of.some((v) => chosen.includes(String(v)));
    (target.closest(".field") || target).hidden = !show;
  }
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
