// A line under the header when it matters: no connection (what is written is kept on the
// device), and how many drafts wait to be sent.

import { h } from "../core/dom.js";
import { t, define, onLangChange } from "../core/i18n.js";
import { drafts, onDrafts } from "../core/outbox.js";
import { session } from "../core/session.js";

define({
  "net.offline": ["ไม่มีสัญญาณอินเทอร์เน็ต — บันทึกที่เขียนจะเก็บไว้ในเครื่องและส่งเมื่อกลับมาออนไลน์", "No connection — what you write is kept on this device and sent when it returns."],
  "net.waiting": ["รอส่ง {n} รายการ", "{n} waiting to be sent"],
  "net.problems": ["ต้องตรวจสอบ {n} รายการ", "{n} need your attention"],
});

export function startNetStatus() {
  const line = h("div", { class: "net-status", role: "status", "data-testid": "net-status", hidden: true });
  document.getElementById("top").after(line);
  async function draw() {
    const mine = session() ? await drafts() : [];
    const waiting = mine.filter((d) => d.state === "queued").length;
    const problems = mine.filter((d) => d.state === "conflict" || d.state === "refused").length;
    const parts = [];
    if (!navigator.onLine) parts.push(t("net.offline"));
    if (waiting) parts.push(t("net.waiting", { n: waiting }));
    if (problems) parts.push(t("net.problems", { n: problems }));
    line.textContent = parts.join(" · ");
    line.hidden = !parts.length;
    line.classList.toggle("offline", !navigator.onLine);
  }
  window.addEventListener("online", draw);
  window.addEventListener("offline", draw);
  onDrafts(draw);
  onLangChange(draw);
  draw();
}
