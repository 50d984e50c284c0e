// What an administrator does to one webhook endpoint beyond pausing it: rotate the signing
// secret (the new one is shown once, with a copy button), replay from the beginning, a moment
// or positions in the topics, and send one delivery again.

import { h } from "../core/dom.js";
import { t, define } from "../core/i18n.js";
import { api } from "../core/api.js";
import { formatDateTime } from "../core/thai.js";
import { form } from "../ui/form.js";
import { errorBox } from "../ui/errors.js";

define({
  "hook.rotate": ["เปลี่ยนรหัสลับ", "Rotate the secret"],
  "hook.new_secret": ["รหัสลับใหม่ (แสดงครั้งนี้ครั้งเดียว กรุณาคัดลอกไปตั้งค่าที่ระบบปลายทาง)", "The new secret (shown this once: copy it to the receiving system)"],
  "hook.previous_until": ["รหัสลับเดิมยังใช้ลงลายเซ็นได้ถึง {at}", "The previous secret still signs until {at}"],
  "hook.copy": ["คัดลอก", "Copy"],
  "hook.copied": ["คัดลอกแล้ว", "Copied"],
  "hook.copy_failed": ["คัดลอกไม่ได้ กรุณาเลือกข้อความแล้วคัดลอกเอง", "Could not copy: select the text and copy it"],
  "hook.replay": ["ส่งซ้ำ (replay)", "Replay"],
  "hook.replay_from": ["เริ่มส่งซ้ำจาก", "Replay from"],
  "hook.from.beginning": ["ประวัติทั้งหมดตั้งแต่ต้น", "The whole history"],
  "hook.from.time": ["เวลาที่กำหนด", "A moment"],
  "hook.from.position": ["ตำแหน่งในหัวข้อเหตุการณ์", "Positions in the topics"],
  "hook.replay_day": ["วันที่", "Day"],
  "hook.replay_time": ["เวลา", "Time"],
  "hook.positions": ["ตำแหน่ง (บรรทัดละหนึ่ง: หัวข้อ พาร์ทิชัน ออฟเซ็ต)", "Positions, one per line: topic partition offset"],
  "hook.positions_help": ["ค่าตั้งต้นคือตำแหน่งปัจจุบันของปลายทางนี้", "Filled in with where this endpoint is now"],
  "hook.position_bad": ["บรรทัดที่ {n} ต้องเป็น “หัวข้อ พาร์ทิชัน ออฟเซ็ต” เช่น nithet.needs.events 0 120", "Line {n} must read “topic partition offset”, e.g. nithet.needs.events 0 120"],
  "hook.replay_future": ["เวลาที่จะเริ่มส่งซ้ำต้องไม่อยู่ในอนาคต", "A replay starts at a time that has passed."],
  "hook.replay_send": ["เริ่มส่งซ้ำ", "Start the replay"],
  "hook.replay_started": ["เริ่มส่งซ้ำแล้ว", "Replay started"],
  "hook.redeliver": ["ส่งรายการนี้อีกครั้ง", "Send this one again"],
  "hook.redelivered": ["ขอส่งซ้ำแล้ว", "Sent again"],
});

/** Rotate the secret and show the new one once, with a copy button, in `note`. */
export function rotateButton(path, note) {
  return h("button", { type: "button", class: "secondary small", "data-testid": "rotate-secret", onclick: async (e) => {
    const b = e.currentTarget;
    b.disabled = true;
    try {
      const answer = await api.post("subscriptions", `${path}/secret/rotate`, {});
      note.replaceChildren(secretBox(answer.secret, answer.previous_valid_until));
      note.querySelector("button").focus();
    } catch (error) {
      note.replaceChildren(errorBox(error));
    }
    b.disabled = false;
  } }, t("hook.rotate"));
}

function secretBox(secret, until) {
  const code = h("code", { "data-testid": "new-secret" }, secret);
  const said = h("span", { class: "small", role: "status" });
  return h("div", { class: "alert ok" }, h("p", {}, t("hook.new_secret")),
    h("div", { class: "copy-row" }, code, h("button", { type: "button", class: "secondary small", onclick: async () => {
      try {
        await navigator.clipboard.writeText(secret);
        said.textContent = t("hook.copied");
      } catch {
        said.textContent = t("hook.copy_failed");
        getSelection().selectAllChildren(code);
      }
    } }, t("hook.copy")), said),
    until ? h("p", { class: "small" }, t("hook.previous_until", { at: formatDateTime(until) })) : null);
}

function parsePositions(lines) {
  return lines.map((line) => {
    const [topic, partition, offset] = line.split(/\s+/);
    return { topic, partition: Number(partition), offset: Number(offset) };
  });
}

const positionProblem = (lines) => {
  const bad = lines.findIndex((line) => !/^\S+\s+\d+\s+\d+$/.test(line));
  return bad >= 0 ? t("hook.position_bad", { n: bad + 1 }) : null;
};

/** Replay from the beginning, a moment (Thai time) or positions (prefilled with the cursor). */
export function replayForm(path, cursor) {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  const start = (v) => v.start;
  return h("details", {}, h("summary", {}, t("hook.replay")), form({
    testid: "replay", submit: "hook.replay_send", saved: "hook.replay_started",
    fields: [
      { name: "start", label: "hook.replay_from", type: "radios", required: true, value: "beginning",
        options: ["beginning", "time", "position"].map((v) => ({ value: v, label: t(`hook.from.${v}`) })) },
      { name: "day", label: "hook.replay_day", type: "date", required: true, showIf: (v) => start(v) === "time" },
      { name: "time", label: "hook.replay_time", type: "time", value: `${pad(now.getHours())}:${pad(now.getMinutes())}`, showIf: (v) => start(v) === "time" },
      { name: "positions", label: "hook.positions", type: "lines", required: true, help: "hook.positions_help", check: positionProblem,
        value: (cursor?.positions || []).map((p) => `${p.topic} ${p.partition} ${p.offset}`), showIf: (v) => start(v) === "position" },
    ],
    checks: (v) => {
      if (v.start !== "time" || !v.day) return [];
      return new Date(`${v.day}T${v.time || "00:00"}:00+07:00`) > new Date() ? [{ field: "day", message: t("hook.replay_future") }] : [];
    },
    onSubmit: (v) => api.post("subscriptions", `${path}/replay`, v.start === "time"
      ? { start: "time", at: `${v.day}T${v.time || "00:00"}:00+07:00` }
      : v.start === "position" ? { start: "position", positions: parsePositions(v.positions) } : { start: "beginning" }),
  }));
}

/** Send one delivery's event once more (a new delivery with the same webhook-id). */
export function redeliverButton(path, delivery) {
  return h("button", { type: "button", class: "secondary small", "data-testid": `redeliver-${delivery.delivery_id}`, onclick: async (e) => {
    const b = e.currentTarget;
    b.disabled = true;
    try {
      await api.post("subscriptions", `${path}/deliveries/${encodeURIComponent(delivery.delivery_id)}/redeliver`, {});
      b.replaceWith(h("span", { class: "badge ok", role: "status" }, t("hook.redelivered")));
    } catch (error) {
      b.disabled = false;
      b.after(errorBox(error));
    }
  } }, t("hook.redeliver"));
}
