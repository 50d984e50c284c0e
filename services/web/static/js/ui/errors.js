// Showing what went wrong as people understand it: the service's Thai message first, what to
// do about it, and which fields to fix, each with the Thai message the service gave for it
// and a link to the field (where the same message stands beside the input).

import { h, append } from "../core/dom.js";
import { t, define } from "../core/i18n.js";
import { problemsOf, topMessage } from "./problems.js";

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
  "hint.504": ["ระบบตอบช้า กรุณาลองใหม่อีกครั้ง", "The system was slow to answer; try again."],
  "hint.0": ["ตรวจสอบการเชื่อมต่ออินเทอร์เน็ต แล้วลองใหม่", "Check the connection and try again."],
});

const HINTS = ["401", "403", "404", "409", "503", "504", "0"];

function problemItem(p, labelOf, control) {
  const label = labelOf(p.field) || p.label || "";
  const text = label ? `${label}: ${p.message}` : p.message;
  if (!control) return h("li", {}, text);
  return h("li", {}, h("a", { href: `#${control.id || ""}`, onclick: (e) => {
    e.preventDefault();
    control.scrollIntoView({ block: "center" });
    control.focus({ preventScroll: true });
  } }, text));
}

/**
 * The box for a refusal. `problems` (from ui/problems.js) and `placed` (the control shown for
 * each, when it was placed at a field) come from a form; without them, the refusal's own field
 * problems are listed.
 */
export function errorBox(error, { problems, labelOf = () => "", placed = [] } = {}) {
  const list = problems || problemsOf(error);
  const box = h("div", { class: "alert error", role: "alert", tabindex: "-1" },
    h("p", { class: "alert-title" }, h("strong", {}, t("error.title")), " — ", topMessage(error)));
  const status = String(error.status);
  if (error.status !== undefined && HINTS.includes(status)) append(box, [h("p", { class: "hint" }, t(`hint.${status}`))]);
  if (list.length) {
    if (status === "422") append(box, [h("p", { class: "hint" }, t("hint.422"))]);
    append(box, [h("p", {}, t("error.fix")), h("ul", { "data-testid": "problems" }, list.map((p, i) => problemItem(p, labelOf, placed[i])))]);
  }
  if (error.code && !error.local) append(box, [h("p", { class: "muted small" }, `${t("error.code")}: ${error.code}`)]);
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
