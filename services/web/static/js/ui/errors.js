// Showing what went wrong as people understand it: the service's Thai message first, what to
// do about it, and which fields to fix (pydantic's problems translated).

import { h, append } from "../core/dom.js";
import { t, define, currentLang } from "../core/i18n.js";

define({
  "error.title": ["ทำรายการไม่สำเร็จ", "That did not work"],
  "error.fix": ["สิ่งที่ต้องแก้ไข", "What to fix"],
  "error.code": ["รหัสข้อผิดพลาด", "Error code"],
  "hint.401": ["กรุณาเข้าสู่ระบบใหม่อีกครั้ง", "Please sign in again."],
  "hint.403": ["บทบาทของท่านทำรายการนี้ไม่ได้ หากควรทำได้ โปรดติดต่อผู้ดูแลระบบเพื่อขอสิทธิ์",
    "Your role cannot do this; ask an administrator if it should."],
  "hint.404": ["ไม่พบข้อมูล หรือข้อมูลนี้อยู่นอกหน่วยงานของท่าน", "Not found, or outside your organisation."],
  "hint.409": ["มีผู้อื่นแก้ไขข้อมูลนี้ก่อน กรุณาโหลดหน้าใหม่แล้วทำอีกครั้ง", "Someone changed this first: reload the page and try again."],
  "hint.422": ["กรุณาแก้ไขข้อมูลตามรายการด้านล่าง แล้วส่งอีกครั้ง", "Correct the items below and send again."],
  "hint.503": ["ระบบบางส่วนยังไม่พร้อม กรุณารอสักครู่แล้วลองใหม่", "Part of the system is not ready; wait a moment and try again."],
  "hint.0": ["ตรวจสอบการเชื่อมต่ออินเทอร์เน็ต แล้วลองใหม่", "Check the connection and try again."],
  "problem.missing": ["ต้องกรอก", "is required"],
  "problem.too_long": ["ยาวเกินกำหนด", "is too long"],
  "problem.too_short": ["สั้นเกินไปหรือยังว่าง", "is too short or empty"],
  "problem.too_small": ["น้อยกว่าค่าที่กำหนด", "is below the minimum"],
  "problem.too_big": ["มากกว่าค่าที่กำหนด", "is above the maximum"],
  "problem.pattern": ["รูปแบบไม่ถูกต้อง", "has the wrong format"],
  "problem.choice": ["ต้องเลือกจากรายการที่กำหนด", "must be one of the listed choices"],
  "problem.date": ["วันที่ไม่ถูกต้อง", "is not a valid date"],
  "problem.number": ["ต้องเป็นตัวเลข", "must be a number"],
  "problem.extra": ["ไม่ใช่ข้อมูลที่ระบบรับ", "is not accepted"],
  "problem.other": ["ไม่ถูกต้อง", "is not valid"],
});

const PROBLEMS = [
  [/missing/, "problem.missing"],
  [/too_long/, "problem.too_long"],
  [/too_short/, "problem.too_short"],
  [/greater_than|too_small/, "problem.too_small"],
  [/less_than|too_big/, "problem.too_big"],
  [/pattern/, "problem.pattern"],
  [/enum|literal/, "problem.choice"],
  [/date/, "problem.date"],
  [/int|float|number/, "problem.number"],
  [/extra_forbidden/, "problem.extra"],
];

export function problemText(detail) {
  const type = detail.type || "";
  const found = PROBLEMS.find(([re]) => re.test(type));
  return found ? t(found[1]) : detail.problem || t("problem.other");
}

/** "body.target.cluster" -> "target.cluster" (the form field's name). */
export const fieldOf = (detail) => String(detail.field || "").replace(/^(body|query|path|header)\.?/, "");

export function errorBox(error, labelOf = (name) => name) {
  const th = currentLang() === "th";
  const message = error.messageTh || error.messageEn
    ? (th ? error.messageTh || error.messageEn : error.messageEn || error.messageTh)
    : String(error.message || error);
  const hintKey = `hint.${error.status}`;
  const box = h("div", { class: "alert error", role: "alert", tabindex: "-1" },
    h("p", { class: "alert-title" }, h("strong", {}, t("error.title")), " — ", message));
  if (error.status !== undefined && ["401", "403", "404", "409", "422", "503", "0"].includes(String(error.status))) {
    append(box, [h("p", { class: "hint" }, t(hintKey))]);
  }
  const details = Array.isArray(error.details) ? error.details.filter((d) => d && (d.field || d.problem)) : [];
  if (details.length) {
    append(box, [h("p", {}, t("error.fix")), h("ul", {}, details.map((d) =>
      h("li", {}, `${labelOf(fieldOf(d)) || fieldOf(d)}: ${problemText(d)}`)))]);
  }
  if (error.code) append(box, [h("p", { class: "muted small" }, `${t("error.code")}: ${error.code}`)]);
  return box;
}

export function showError(container, error) {
  console.error(error);
  container.append(errorBox(error));
}

/** Run one section of a page; if its service fails, show why in its place and keep the page. */
export async function section(run, fallbackTitle = "") {
  try {
    return await run();
  } catch (error) {
    if (error && error.status === 404) throw error;
    console.warn(error);
    const box = h("section", { class: "card" }, fallbackTitle ? h("h2", {}, fallbackTitle) : null, errorBox(error));
    return [box];
  }
}
