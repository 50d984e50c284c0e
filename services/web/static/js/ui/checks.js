// The obvious checks a form makes before sending, in the services' own Thai wording: a
// required field left empty, text over its length, a number that is not one or is out of
// bounds. The service stays the judge: anything it refuses is shown the same way.

import { t, define } from "../core/i18n.js";
import { lengthOf } from "./fields.js";

define({
  "check.required": ["ต้องกรอกข้อมูลนี้", "This is required."],
  "check.choose": ["ต้องเลือกอย่างน้อยหนึ่งข้อ", "Choose at least one."],
  "check.choose_one": ["ต้องเลือกหนึ่งข้อ", "Choose one."],
  "check.too_long": ["ข้อความยาวเกินไป (ไม่เกิน {max} ตัวอักษร)", "Too long (at most {max} characters)."],
  "check.line_too_long": ["บรรทัดที่ {n} ยาวเกินไป (ไม่เกิน {max} ตัวอักษร)", "Line {n} is too long (at most {max} characters)."],
  "check.too_many_lines": ["มีได้ไม่เกิน {max} รายการ", "At most {max} lines."],
  "check.number": ["ต้องเป็นตัวเลข", "Must be a number."],
  "check.integer": ["ต้องเป็นจำนวนเต็ม", "Must be a whole number."],
  "check.min": ["ต้องไม่น้อยกว่า {min}", "Must be at least {min}."],
  "check.max": ["ต้องไม่เกิน {max}", "Must be at most {max}."],
  "check.between": ["ต้องอยู่ระหว่าง {min} ถึง {max}", "Must be between {min} and {max}."],
  "check.date": ["ต้องเลือกวันที่", "Choose a date."],
});

const CHOICES = ["radios", "select"];

function empty(field, value) {
  if (value === null || value === undefined || value === "") return true;
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

function requiredMessage(field) {
  if (field.requiredMessage) return t(field.requiredMessage);
  if (field.type === "checkboxes" || field.type === "lines") return field.type === "lines" ? t("check.required") : t("check.choose");
  if (CHOICES.includes(field.type)) return t("check.choose_one");
  if (field.type === "date") return t("check.date");
  return t("check.required");
}

function numberProblem(field, value) {
  if (Number.isNaN(value) || !Number.isFinite(value)) return t("check.number");
  if (field.integer && !Number.isInteger(value)) return t("check.integer");
  const below = field.min !== undefined && value < field.min;
  const above = field.max !== undefined && value > field.max;
  if (!below && !above) return null;
  if (field.min !== undefined && field.max !== undefined) return t("check.between", { min: String(field.min), max: String(field.max) });
  return below ? t("check.min", { min: field.min }) : t("check.max", { max: field.max });
}

function textProblem(field, value) {
  if (field.type === "lines") {
    if (field.maxItems && value.length > field.maxItems) return t("check.too_many_lines", { max: field.maxItems });
    const long = field.lineMax ? value.findIndex((line) => lengthOf(line) > field.lineMax) : -1;
    return long >= 0 ? t("check.line_too_long", { n: long + 1, max: field.lineMax }) : null;
  }
  return field.maxlength && lengthOf(value) > field.maxlength ? t("check.too_long", { max: field.maxlength }) : null;
}

/** The problem with one field's value (a message), or null. */
export function checkField(field, value, values) {
  if (field.required && empty(field, value)) return requiredMessage(field);
  if (empty(field, value)) return null;
  if (field.type === "number") {
    const problem = numberProblem(field, value);
    if (problem) return problem;
  } else if (typeof value === "string" || field.type === "lines") {
    const problem = textProblem(field, value);
    if (problem) return problem;
  }
  return field.check ? field.check(value, values) || null : null;
}
