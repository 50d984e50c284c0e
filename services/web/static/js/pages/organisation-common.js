// What the organisation pages share: which places the signed-in admin administers, a panel
// that unfolds a form where it acts, and a command form that waits until the directory's view
// shows what the command did before the page is drawn again.

import { h } from "../core/dom.js";
import { t, define, pick } from "../core/i18n.js";
import { api, until } from "../core/api.js";
import { grants } from "../core/session.js";
import { navigate } from "../core/router.js";
import { form } from "../ui/form.js";

define({
  "org.loading": ["กำลังโหลด…", "Loading…"],
  "org.effective_from": ["มีผลตั้งแต่วันที่ (ว่างไว้ = วันนี้)", "Takes effect on (empty: today)"],
  "org.name_th": ["ชื่อภาษาไทย", "Name in Thai"],
  "org.name_en": ["ชื่อภาษาอังกฤษ", "Name in English"],
  "org.reason": ["เหตุผล", "Reason"],
  "org.closed": ["ปิดแล้ว", "Closed"],
  "org.pilot": ["สถานศึกษานำร่อง", "Sandbox pilot"],
});

export const dir = (path, params) => api.get("directory", path, params);
export const nameOf = (x) => (x ? pick(x.name_th, x.name_en) : "");
export const enc = encodeURIComponent;
export const reload = () => navigate(location.pathname + location.search, { replaceState: true });

export const effectiveFrom = { name: "effective_from", label: "org.effective_from", type: "date", omitEmpty: true };
export const names = (x = {}) => [
  { name: "name_th", label: "org.name_th", required: true, maxlength: 200, value: x.name_th || "" },
  { name: "name_en", label: "org.name_en", maxlength: 200, value: x.name_en || "" },
];

export const adminGrants = () => grants().filter((g) => g.role === "admin");
export const isNational = () => adminGrants().some((g) => g.level === "nation");

/** The signed-in person administers this place ({province, esa, cluster}) or above it. */
export function administers(place) {
  return adminGrants().some((g) => g.level === "nation"
    || (g.level === "province" && g.id === place.province)
    || (g.level === "esa" && g.id === place.esa)
    || (g.level === "cluster" && Boolean(place.cluster) && g.id === place.cluster));
}

/** A folded panel; its content is built (possibly loaded) the first time it opens. */
export function panel(label, build, testid) {
  const body = h("div", { class: "panel-body" });
  const el = h("details", { class: "panel", "data-testid": testid }, h("summary", {}, label), body);
  let built = false;
  el.addEventListener("toggle", async () => {
    if (!el.open || built) return;
    built = true;
    body.replaceChildren(h("p", { class: "muted" }, t("org.loading")));
    body.replaceChildren(await build());
  });
  return el;
}

/** The same value, as the directory answers it and as its view shows it now. */
const same = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const SHOWN = ["name_th", "name_en", "short_th", "esa", "cluster", "status", "sandbox_pilot"];

export function shows(answer, doc) {
  if (!doc) return false;
  if (answer.grants) {
    const keys = (x) => (x.grants || []).map((g) => `${g.role}|${g.level}|${g.scope}`).sort();
    return same(keys(answer), keys(doc));
  }
  return SHOWN.every((k) => !(k in answer) || same(answer[k], doc[k]));
}

/**
 * A command form: sends `body(values)` to `path` (or `path(values)`), then waits (a few seconds at most) until
 * `view(answer)` reads back what the answer says, and draws the page again. `fieldOf` moves a
 * refusal of one body field onto the form field that sets it.
 */
export function commandForm({ testid, submit, fields, path, body = (v) => v, view, fieldOf = {} }) {
  return form({
    testid, submit, fields,
    onSubmit: async (values, key) => {
      try {
        const target = typeof path === "function" ? path(values) : path;
        return await api.post("directory", target, body(values), { key });
      } catch (error) {
        for (const d of Array.isArray(error.details) ? error.details : []) d.field = fieldOf[d.field] || d.field;
        throw error;
      }
    },
    onDone: async (answer) => {
      if (view) await until(() => dir(view(answer)), (doc) => shows(answer, doc), { timeoutMs: 10000 });
      reload();
    },
  });
}
