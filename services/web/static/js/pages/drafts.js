// The supervisor's drafts on this device (visits, revisions, observations written offline):
// waiting to be sent, sent, refused (with the service's message, to correct), or in conflict
// with a change made meanwhile (to resolve field by field: nothing is overwritten silently).

import { h } from "../core/dom.js";
import { t, define } from "../core/i18n.js";
import { formatDateTime } from "../core/thai.js";
import { drafts, onDrafts, discard, submit, flush } from "../core/outbox.js";
import { badge } from "../ui/table.js";
import { errorBox } from "../ui/errors.js";
import { card } from "./common.js";
import { conflictResolver } from "./conflicts.js";

define({
  "drafts.title": ["บันทึกในเครื่องนี้", "Saved on this device"],
  "drafts.intro": ["บันทึกที่เขียนขณะไม่มีสัญญาณจะเก็บไว้ในเครื่องและส่งเองเมื่อกลับมาออนไลน์", "What you write without a connection is kept here and sent when the connection returns."],
  "drafts.kind.visit": ["บันทึกการนิเทศ", "Visit record"],
  "drafts.kind.revision": ["ฉบับแก้ไขบันทึกการนิเทศ", "Revision of a visit record"],
  "drafts.kind.observation": ["การสังเกตการสอน", "Classroom observation"],
  "drafts.written": ["เขียนเมื่อ {at}", "Written {at}"],
  "drafts.state.editing": ["ยังเขียนไม่เสร็จ", "Not finished"],
  "drafts.state.queued": ["รอส่ง", "Waiting to be sent"],
  "drafts.state.sent": ["ส่งแล้ว", "Sent"],
  "drafts.state.refused": ["ระบบไม่รับ ต้องแก้ไข", "Refused: needs correcting"],
  "drafts.state.conflict": ["มีการแก้ไขระหว่างนั้น ต้องตัดสินใจ", "Changed meanwhile: your decision"],
  "drafts.continue": ["เขียนต่อ / แก้ไข", "Continue / correct"],
  "drafts.open": ["เปิดบันทึก", "Open the record"],
  "drafts.discard": ["ทิ้งร่างนี้", "Discard this draft"],
  "drafts.discard_confirm": ["ทิ้งร่างนี้? ข้อความที่เขียนไว้จะหายไป", "Discard this draft? What was written is lost."],
  "drafts.send_now": ["ส่งตอนนี้", "Send now"],
});

const TONE = { editing: "neutral", queued: "warn", sent: "ok", refused: "err", conflict: "err" };

function editLink(esa, d) {
  if (d.kind === "visit") return `/esas/${esa}/visits/new?draft=${encodeURIComponent(d.id)}`;
  if (d.visit_id) return `/esas/${esa}/visits/${encodeURIComponent(d.visit_id)}`;
  return null;
}

function recordLink(esa, d) {
  const id = d.visit_id || d.result?.visit_id;
  return id ? `/esas/${esa}/visits/${encodeURIComponent(id)}` : null;
}

function draftItem(esa, d, onSent) {
  const parts = [h("strong", {}, t(`drafts.kind.${d.kind}`)), " ", d.title || "", " ",
    badge(t(`drafts.state.${d.state}`), TONE[d.state] || "neutral"),
    h("div", { class: "small muted" }, t("drafts.written", { at: formatDateTime(d.written_at) }))];
  if (d.state === "refused" && d.error) parts.push(errorBox(d.error));
  if (d.state === "conflict") {
    parts.push(conflictResolver(d, async (next) => {
      const sent = await submit(next, { keep: true });
      await discard(d.id);
      if (sent.state === "sent" && onSent) onSent(sent);
      return null;
    }));
  }
  const actions = h("div", { class: "actions" });
  const edit = ["editing", "refused"].includes(d.state) ? editLink(esa, d) : null;
  if (edit) actions.append(h("a", { href: edit }, t("drafts.continue")));
  const open = d.state === "sent" || d.kind !== "visit" ? recordLink(esa, d) : null;
  if (open) actions.append(h("a", { href: open }, t("drafts.open")));
  if (d.state === "queued" && navigator.onLine) actions.append(h("button", { type: "button", class: "secondary small", onclick: () => flush() }, t("drafts.send_now")));
  if (d.state !== "sent") {
    actions.append(h("button", { type: "button", class: "link small", onclick: () => {
      if (confirm(t("drafts.discard_confirm"))) discard(d.id);
    } }, t("drafts.discard")));
  }
  parts.push(actions);
  return h("li", { class: "draft", "data-state": d.state, "data-draft": d.id }, parts);
}

/**
 * A card listing this person's drafts for the ESA, kept up to date (hidden when there are none);
 * `onSent(draft)` runs when a resolved conflict was sent.
 */
export async function draftsCard(esa, { filter = () => true, onSent = null } = {}) {
  const list = h("ul", { class: "drafts", "data-testid": "drafts" });
  const box = card(t("drafts.title"), h("p", { class: "muted small" }, t("drafts.intro")), list);
  async function draw() {
    const mine = (await drafts()).filter((d) => d.esa === esa && filter(d));
    box.hidden = !mine.length;
    list.replaceChildren(...mine.map((d) => draftItem(esa, d, onSent)));
  }
  const stop = onDrafts(() => { if (!box.isConnected && box.dataset.drawn) stop(); else draw(); });
  await draw();
  box.dataset.drawn = "1";
  return box;
}
