// Evidence as document references with a content hash: the file never leaves the device; its
// SHA-256 is computed in the browser and recorded with its name.

import { h } from "../core/dom.js";
import { t, define } from "../core/i18n.js";

define({
  "evidence.pick": ["เลือกไฟล์หลักฐาน (คำนวณรหัส SHA-256 ในเครื่อง)", "Choose evidence files (SHA-256 computed on this device)"],
  "evidence.hashing": ["กำลังคำนวณ…", "Hashing…"],
});

async function sha256(file) {
  const digest = await crypto.subtle.digest("SHA-256", await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The picker's `value` is a list of {title, sha256} (one reference or null when `single`). */
export function evidencePicker(label, id, { single = false } = {}) {
  const list = h("ul", { class: "small" });
  const input = h("input", { id, type: "file", multiple: !single });
  const box = h("div", { class: "field" }, h("label", { for: id }, label), h("p", { class: "help" }, t("evidence.pick")), input, list);
  let files = [];
  Object.defineProperty(box, "value", { get: () => (single ? files[0] || null : files) });
  input.addEventListener("change", async () => {
    list.replaceChildren(h("li", {}, t("evidence.hashing")));
    files = await Promise.all([...input.files].map(async (f) => ({ title: f.name.slice(0, 300), sha256: await sha256(f) })));
    list.replaceChildren(...files.map((e) => h("li", {}, `${e.title} — ${e.sha256.slice(0, 16)}…`)));
  });
  return box;
}
