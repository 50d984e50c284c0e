// Evidence as document references with a content hash: the file never leaves the device; its
// SHA-256 is computed in the browser and recorded with its name. A name longer than the
// services keep is shortened in the open (the list says so), never silently.

import { h } from "../core/dom.js";
import { t, define } from "../core/i18n.js";
import { lengthOf } from "./fields.js";

define({
  "evidence.pick": ["เลือกไฟล์หลักฐาน (คำนวณรหัส SHA-256 ในเครื่อง)", "Choose evidence files (SHA-256 computed on this device)"],
  "evidence.hashing": ["กำลังคำนวณ…", "Hashing…"],
  "evidence.shortened": ["ชื่อไฟล์ยาวเกิน {max} ตัวอักษร จึงบันทึกเป็น: {name}", "The file name is over {max} characters; it is recorded as: {name}"],
  "evidence.kept": ["หลักฐานเดิม", "Evidence already recorded"],
  "evidence.remove": ["นำออก", "Remove"],
});

async function sha256(file) {
  const digest = await crypto.subtle.digest("SHA-256", await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function titled(name, max) {
  if (lengthOf(name) <= max) return { title: name, shortened: false };
  const chars = [...name];
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 && name.length - dot <= 10 ? [...name.slice(dot)] : [];
  return { title: chars.slice(0, max - ext.length - 1).join("") + "…" + ext.join(""), shortened: true };
}

/**
 * The picker's `value` is a list of {title, sha256} (one reference or null when `single`);
 * `kept` lists evidence already recorded, which stays unless removed; `titleMax` is the
 * longest name the service keeps.
 */
export function evidencePicker(label, id, { single = false, kept = [], titleMax = 300 } = {}) {
  const list = h("ul", { class: "small", "aria-live": "polite" });
  const keptList = h("ul", { class: "small" });
  const input = h("input", { id, type: "file", multiple: !single });
  const box = h("div", { class: "field" }, h("label", { for: id }, label), h("p", { class: "help" }, t("evidence.pick")), keptList, input, list);
  let files = [];
  const old = kept.map((e) => ({ title: e.title, sha256: e.sha256 }));
  Object.defineProperty(box, "value", { get: () => (single ? files[0] || null : [...old, ...files]) });
  function drawKept() {
    keptList.replaceChildren(...old.map((e, i) => h("li", {}, `${t("evidence.kept")}: ${e.title} — ${e.sha256.slice(0, 16)}… `,
      h("button", { type: "button", class: "link small", onclick: () => { old.splice(i, 1); drawKept(); box.dispatchEvent(new Event("change", { bubbles: true })); } }, t("evidence.remove")))));
  }
  drawKept();
  input.addEventListener("change", () => { box.pending = hashAll(); });
  async function hashAll() {
    list.replaceChildren(h("li", {}, t("evidence.hashing")));
    files = await Promise.all([...input.files].map(async (f) => ({ ...titled(f.name, titleMax), sha256: await sha256(f) })));
    list.replaceChildren(...files.map((e) => h("li", {}, `${e.title} — ${e.sha256.slice(0, 16)}…`,
      e.shortened ? h("div", { class: "help" }, t("evidence.shortened", { max: titleMax, name: e.title })) : null)));
    files = files.map(({ title, sha256: hash }) => ({ title, sha256: hash }));
  }
  return box;
}
