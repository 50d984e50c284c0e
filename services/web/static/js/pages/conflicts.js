// Resolving a draft that met a change made meanwhile (409). A revision whose visit was
// revised since: each field both changed is shown side by side (yours, the record's now) and
// the supervisor chooses; her other changes go as they are, from the current revision. A new
// visit whose id already holds a different record: send it as a revision of that record.

import { h, uid } from "../core/dom.js";
import { t, define } from "../core/i18n.js";
import { api } from "../core/api.js";
import { errorBox } from "../ui/errors.js";
import "./supervision-terms.js";

define({
  "conflict.intro": ["บันทึกนี้ถูกแก้ไขเป็นฉบับที่ {n} ระหว่างที่ท่านเขียน ข้อที่แก้ไขทั้งสองฝ่าย กรุณาเลือกว่าจะใช้ข้อความใด", "The record became revision {n} while you wrote; where both changed a field, choose which to keep."],
  "conflict.mine": ["ใช้ของท่าน: {value}", "Keep yours: {value}"],
  "conflict.theirs": ["ใช้ฉบับปัจจุบัน: {value}", "Keep the current one: {value}"],
  "conflict.also": ["ข้อที่ท่านแก้ไขและจะส่งไปด้วย: {fields}", "Your other changes, sent as they are: {fields}"],
  "conflict.send": ["ส่งฉบับที่รวมแล้ว", "Send the merged revision"],
  "conflict.choose": ["กรุณาเลือกทุกข้อก่อนส่ง", "Choose for every field first."],
  "conflict.exists": ["มีบันทึกการนิเทศรหัสเดียวกันอยู่แล้ว (ฉบับที่ {n}) แต่เนื้อหาต่างกัน", "A record with this id already exists (revision {n}) with other content."],
  "conflict.as_revision": ["ส่งเป็นฉบับแก้ไขของบันทึกนั้น", "Send it as a revision of that record"],
  "conflict.retry": ["ส่งอีกครั้ง", "Send again"],
  "conflict.empty": ["(ว่าง)", "(empty)"],
});

const FIELD_LABEL = {
  mode: "visit.mode", focus: "visit.focus", policies: "visit.policies", project: "visit.project",
  findings: "visit.findings", recommendations: "visit.recommendations", evidence: "visit.evidence",
};
const REVISABLE = Object.keys(FIELD_LABEL);

function shown(field, value) {
  if (value === undefined || value === null || value === "" || (Array.isArray(value) && !value.length)) return t("conflict.empty");
  if (field === "mode") return t(`mode.${value}`);
  if (field === "policies") return value.map((p) => t(`policy.${p}`)).join(", ");
  if (field === "evidence") return value.map((e) => e.title).join(", ");
  return String(value);
}

function choice(field, mine, theirs) {
  const name = uid("pick");
  const option = (which, text) => {
    const id = uid("c");
    return h("div", { class: "check" }, h("input", { id, type: "radio", name, value: which }), h("label", { for: id }, text));
  };
  return h("fieldset", { class: "field radios conflict-field", "data-conflict": field },
    h("legend", {}, t(FIELD_LABEL[field] || field)),
    option("mine", t("conflict.mine", { value: shown(field, mine) })),
    option("theirs", t("conflict.theirs", { value: shown(field, theirs) })));
}

const next = (d, changes) => ({ ...d, id: crypto.randomUUID(), key: api.newKey(), state: "queued", error: null, ...changes });

function editConflict(d, resend) {
  const x = d.error.details || {};
  const clashing = x.conflicting_fields || [];
  const mine = d.body;
  const others = Object.keys(x.your_changes || {}).filter((f) => !clashing.includes(f));
  const status = h("div", { "aria-live": "polite" });
  const choices = clashing.map((f) => choice(f, mine[f], (x.changed_since_your_base || {})[f]));
  const send = h("button", { type: "button", class: "primary", "data-testid": "merge-send", onclick: async () => {
    const picked = Object.fromEntries(choices.map((c) => [c.dataset.conflict, (c.querySelector("input:checked") || {}).value]));
    if (Object.values(picked).some((v) => !v)) {
      status.replaceChildren(h("p", { class: "field-error" }, t("conflict.choose")));
      return;
    }
    const body = { ...mine, base_revision: x.current_revision };
    for (const [f, which] of Object.entries(picked)) if (which === "theirs") delete body[f];
    const error = await resend(next(d, { body }));
    if (error) status.replaceChildren(errorBox(error));
  } }, t("conflict.send"));
  return h("div", { class: "conflict", "data-testid": "conflict" },
    h("p", {}, t("conflict.intro", { n: x.current_revision })), ...choices,
    others.length ? h("p", { class: "small" }, t("conflict.also", { fields: others.map((f) => t(FIELD_LABEL[f] || f)).join(", ") })) : null,
    send, status);
}

function existsConflict(d, resend) {
  const x = d.error.details || {};
  const body = Object.fromEntries(REVISABLE.filter((f) => d.body[f] !== undefined).map((f) => [f, d.body[f]]));
  const status = h("div", { "aria-live": "polite" });
  return h("div", { class: "conflict", "data-testid": "conflict" },
    h("p", {}, t("conflict.exists", { n: x.revision })),
    h("button", { type: "button", class: "primary", onclick: async () => {
      const error = await resend(next(d, {
        kind: "revision", method: "PATCH", path: `${d.path}/${encodeURIComponent(x.visit_id)}`,
        body: { ...body, base_revision: x.revision, add_action_items: d.body.action_items || [] },
      }));
      if (error) status.replaceChildren(errorBox(error));
    } }, t("conflict.as_revision")), status);
}

/** What a conflicted draft offers; resend(draft) sends the resolved one (answers an error or nothing). */
export function conflictResolver(d, resend) {
  if (d.error?.code === "visit_edit_conflict") return editConflict(d, resend);
  if (d.error?.code === "visit_exists") return existsConflict(d, resend);
  return h("div", { class: "conflict" }, errorBox(d.error || {}),
    h("button", { type: "button", class: "secondary small", onclick: () => resend(next(d, {})) }, t("conflict.retry")));
}
