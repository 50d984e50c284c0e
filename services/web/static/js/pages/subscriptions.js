// Administration of subscriptions: other systems' webhook endpoints (register, pause, resume,
// rotate the secret, replay from the beginning or a moment, stop), and each one's deliveries.

import { h, append } from "../core/dom.js";
import { t, define } from "../core/i18n.js";
import { api, until } from "../core/api.js";
import { formatDateTime } from "../core/thai.js";
import { navigate } from "../core/router.js";
import { form } from "../ui/form.js";
import { table, badge } from "../ui/table.js";
import { errorBox } from "../ui/errors.js";
import { addAdminSection } from "./admin.js";
import { pageHead, card } from "./common.js";
import { rotateButton, replayForm, redeliverButton } from "./webhook-actions.js";

define({
  "sub.title": ["ระบบภายนอกที่รับเหตุการณ์ (webhooks)", "Subscribed systems (webhooks)"],
  "sub.col.url": ["ปลายทาง", "Target"],
  "sub.col.types": ["ประเภทเหตุการณ์", "Event types"],
  "sub.col.scope": ["ขอบเขต", "Scope"],
  "sub.col.status": ["สถานะ", "Status"],
  "sub.register": ["ลงทะเบียนปลายทางใหม่", "Register an endpoint"],
  "sub.url": ["URL ปลายทาง (https://)", "Target URL (https://)"],
  "sub.types": ["ประเภทเหตุการณ์ (บรรทัดละหนึ่ง เช่น needs.* หรือ *)", "Event types, one per line (needs.* or *)"],
  "sub.level": ["ระดับขอบเขต", "Scope level"],
  "sub.scope_id": ["รหัสหน่วยงาน (เช่น loei-3, loei, th)", "Organisation code (loei-3, loei, th)"],
  "sub.description": ["คำอธิบาย", "Description"],
  "sub.start": ["เริ่มส่งจาก", "Start from"],
  "sub.start.now": ["เหตุการณ์ต่อจากนี้", "Events from now on"],
  "sub.start.beginning": ["ประวัติทั้งหมดตั้งแต่ต้น", "The whole history"],
  "sub.level.esa": ["เขตพื้นที่", "ESA"],
  "sub.level.province": ["จังหวัด", "Province"],
  "sub.level.nation": ["ประเทศ", "Nation"],
  "sub.secret": ["รหัสลับสำหรับตรวจลายเซ็น (แสดงครั้งนี้ครั้งเดียว): {secret}", "Signing secret (shown once): {secret}"],
  "sub.pause": ["หยุดส่งชั่วคราว", "Pause"],
  "sub.resume": ["ส่งต่อ", "Resume"],
  "sub.rotate": ["เปลี่ยนรหัสลับ", "Rotate the secret"],
  "sub.replay": ["ส่งซ้ำตั้งแต่ต้น", "Replay from the beginning"],
  "sub.delete": ["ยกเลิกปลายทาง", "Stop for good"],
  "sub.deliveries": ["ประวัติการส่ง", "Deliveries"],
  "sub.col.event": ["เหตุการณ์", "Event"],
  "sub.col.attempts": ["จำนวนครั้งที่ส่ง", "Attempts"],
  "sub.col.when": ["เวลา", "When"],
  "sub.status.active": ["ใช้งาน", "Active"],
  "sub.status.paused": ["หยุดชั่วคราว", "Paused"],
  "sub.status.disabled": ["ถูกปิด", "Disabled"],
  "sub.done": ["ดำเนินการแล้ว", "Done"],
  "sub.delivery.pending": ["รอส่ง", "Pending"],
  "sub.delivery.delivered": ["ส่งสำเร็จ", "Delivered"],
  "sub.delivery.failed": ["ส่งไม่สำเร็จ", "Failed"],
  "sub.delivery.superseded": ["ถูกแทนที่ด้วยการส่งซ้ำรอบใหม่", "Superseded by a newer replay"],
});

const reload = () => navigate(location.pathname, { replaceState: true });

function action(label, run) {
  return h("button", { type: "button", class: "secondary small", onclick: async (e) => {
    const b = e.currentTarget;
    b.disabled = true;
    try { await run(); b.after(h("span", { class: "badge ok", role: "status" }, t("sub.done"))); } catch (error) { b.after(errorBox(error)); }
    b.disabled = false;
  } }, t(label));
}

async function endpoints() {
  const list = await api.get("subscriptions", "/v1/endpoints");
  const secretNote = h("div", { "aria-live": "polite" });
  return card(t("sub.title"), secretNote, table({ caption: t("sub.title"), rows: list, testid: "endpoints", columns: [
    { label: t("sub.col.url"), value: (x) => h("a", { href: `/admin/endpoints/${x.endpoint_id}` }, x.url) },
    { label: t("sub.col.types"), value: (x) => (x.event_types || []).join(", ") },
    { label: t("sub.col.scope"), value: (x) => `${t(`sub.level.${x.scope.level}`)} ${x.scope.id}` },
    { label: t("sub.col.status"), value: (x) => badge(t(`sub.status.${x.status}`), x.status === "active" ? "ok" : "warn") },
  ] }), h("details", {}, h("summary", {}, t("sub.register")), form({
    testid: "register-endpoint", submit: "sub.register",
    fields: [{ name: "url", label: "sub.url", type: "url", required: true, maxlength: 2000 },
      { name: "event_types", label: "sub.types", type: "lines", value: "*" },
      { name: "scope.level", label: "sub.level", type: "select", value: "nation", options: ["esa", "province", "nation"].map((v) => ({ value: v, label: t(`sub.level.${v}`) })) },
      { name: "scope.id", label: "sub.scope_id", required: true, value: "th" },
      { name: "description", label: "sub.description", maxlength: 200 },
      { name: "start", label: "sub.start", type: "select", options: ["now", "beginning"].map((v) => ({ value: v, label: t(`sub.start.${v}`) })) }],
    onSubmit: (v) => api.post("subscriptions", "/v1/endpoints", v),
    onDone: async (result) => {
      secretNote.replaceChildren(h("p", { class: "alert ok" }, t("sub.secret", { secret: result.secret })));
      await until(() => api.get("subscriptions", "/v1/endpoints"), (l) => l.length > list.length);
    },
  })));
}
addAdminSection(endpoints);

async function renderEndpoint(view, { endpoint }) {
  const path = `/v1/endpoints/${encodeURIComponent(endpoint)}`;
  const change = async (verb, status) => {
    await api.post("subscriptions", `${path}/${verb}`, {});
    await until(() => api.get("subscriptions", path), (e) => e.status === status);
    reload();
  };
  const [x, deliveries, cursor] = await Promise.all([api.get("subscriptions", path), api.get("subscriptions", `${path}/deliveries`, { limit: 100 }),
    api.get("subscriptions", `${path}/cursor`).catch(() => null)]);
  const secretNote = h("div", { "aria-live": "polite" });
  append(view, [pageHead(x.url, { back: "/admin", lead: `${(x.event_types || []).join(", ")} · ${t(`sub.status.${x.status}`)}` }),
    card(null, h("div", { class: "actions" },
      x.status === "active" ? action("sub.pause", () => change("pause", "paused"))
        : action("sub.resume", () => change("resume", "active")),
      rotateButton(path, secretNote),
      action("sub.delete", async () => { await api.del("subscriptions", path); navigate("/admin"); })), secretNote, replayForm(path, cursor)),
    card(t("sub.deliveries"), table({ caption: t("sub.deliveries"), rows: deliveries.deliveries || deliveries, testid: "deliveries", columns: [
      { label: t("sub.col.event"), value: (d) => d.event_type || d.type || d.event_id },
      { label: t("sub.col.status"), value: (d) => badge(t(`sub.delivery.${d.status}`), d.status === "delivered" ? "ok" : d.status === "failed" ? "err" : "warn") },
      { label: t("sub.col.attempts"), value: (d) => String(d.attempts ?? (d.attempt_log || []).length) },
      { label: t("sub.col.when"), value: (d) => formatDateTime(d.updated_at || d.created_at || d.last_attempt_at) },
      { label: "", value: (d) => (d.delivery_id ? redeliverButton(path, d) : null) },
    ] }))]);
}

export const routes = [{ path: "/admin/endpoints/:endpoint", render: renderEndpoint }];
