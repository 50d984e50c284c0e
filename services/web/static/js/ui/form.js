// Forms from a list of fields. Every input has a visible label, required fields are marked,
// text with a limit shows a counter, a field whose `showIf(values)` is false is hidden and
// not sent (and shown again, with what was typed, when it holds again). Before sending, the
// obvious checks run (ui/checks.js); a refusal from a service is shown at the fields it
// concerns (ui/problems.js) and summed up above the form with links to them. One
// Idempotency-Key per form fill: a double tap on a slow phone network writes once.
//
// A field: {name, label (i18n key), type (text | textarea | lines | number | select | radios |
// checkboxes | checkbox | date | time | year | semester | custom), required, value, options
// [{value, label, hint}], help, maxlength, min, max, integer, lineMax, maxItems, showIf,
// check(value, values), omitEmpty, render(label, id) for custom}.

import { h, append } from "../core/dom.js";
import { t, define } from "../core/i18n.js";
import { api } from "../core/api.js";
import { errorBox } from "./errors.js";
import { problemsOf } from "./problems.js";
import { control, valueOf } from "./fields.js";
import { checkField } from "./checks.js";
import { placeProblems, clearProblems } from "./placing.js";

define({
  "form.sending": ["กำลังบันทึก…", "Saving…"],
  "form.saved": ["บันทึกแล้ว", "Saved"],
  "form.required": ["* จำเป็นต้องกรอก", "* required"],
  "form.check_first": ["กรุณาแก้ไขข้อมูลก่อนส่ง", "Please correct the form before sending"],
});

function setPath(target, path, value) {
  const parts = path.split(".");
  let node = target;
  for (const part of parts.slice(0, -1)) node = node[part] = node[part] || {};
  node[parts.at(-1)] = value;
}

function getPath(source, path) {
  return path.split(".").reduce((node, part) => (node == null ? undefined : node[part]), source);
}

/** Values of the shown fields, in order (a field's showIf sees the values before it). */
function collect(fields, el, { shownOnly = true } = {}) {
  const values = {};
  for (const f of fields) {
    const wrapper = el.querySelector(`[data-field="${f.name}"]`);
    if (shownOnly && wrapper && wrapper.hidden) continue;
    const v = valueOf(f, el);
    if (v !== undefined && !(f.omitEmpty && (v === "" || v === null))) setPath(values, f.name, v);
  }
  return values;
}

/** Show or hide the conditional fields for the values now. */
function applyConditions(fields, el) {
  const values = {};
  for (const f of fields) {
    const wrapper = el.querySelector(`[data-field="${f.name}"]`);
    const shown = !f.showIf || f.showIf(values);
    if (wrapper) wrapper.hidden = !shown;
    if (shown) {
      const v = valueOf(f, el);
      if (v !== undefined) setPath(values, f.name, v);
    }
  }
}

function checkAll(fields, el, checks) {
  const values = collect(fields, el);
  const problems = [];
  for (const f of fields) {
    const wrapper = el.querySelector(`[data-field="${f.name}"]`);
    if (wrapper && wrapper.hidden) continue;
    const message = checkField(f, getPath(values, f.name), values);
    if (message) problems.push({ field: f.name, message });
  }
  return problems.concat(checks ? checks(values) || [] : []);
}

/** A form; onSubmit(values, key) returns the result; onDone(result, values) runs after success. */
export function form({ fields, submit, onSubmit, onDone, testid, intro, checks, saved = "form.saved" }) {
  const status = h("div", { class: "form-status", "aria-live": "polite" });
  const button = h("button", { type: "submit", class: "primary" }, t(submit));
  const el = h("form", { class: "form", novalidate: true, "data-testid": testid },
    intro ? h("p", { class: "muted" }, intro) : null,
    status,
    fields.map(control),
    fields.some((f) => f.required) ? h("p", { class: "help" }, t("form.required")) : null,
    h("div", { class: "actions" }, button));
  let key = api.newKey();
  const names = fields.map((f) => f.name);
  const labelOf = (name) => {
    const f = fields.find((x) => x.name === name) || fields.find((x) => name.startsWith(`${x.name}.`));
    return f ? t(f.label) : "";
  };
  const show = (error, problems) => {
    const placed = placeProblems(el, problems);
    const box = errorBox(error, { problems, labelOf, placed, form: el });
    status.replaceChildren(box);
    box.focus();
  };
  const changed = (event) => {
    key = api.newKey();
    applyConditions(fields, el);
    const wrapper = event.target.closest && event.target.closest("[data-field]");
    if (wrapper) clearProblems(wrapper);
  };
  el.addEventListener("input", changed);
  el.addEventListener("change", changed);
  el.addEventListener("submit", async (event) => {
    event.preventDefault();
    status.replaceChildren();
    clearProblems(el);
    await Promise.all([...el.querySelectorAll("[data-kind=custom]")].map((c) => c.pending));
    const local = checkAll(fields, el, checks);
    if (local.length) {
      show({ messageTh: t("form.check_first"), messageEn: t("form.check_first"), local: true }, local);
      return;
    }
    const values = collect(fields, el);
    button.disabled = true;
    button.textContent = t("form.sending");
    try {
      const result = await onSubmit(values, key);
      key = api.newKey();
      append(status, [h("p", { class: "alert ok", role: "status" }, typeof saved === "function" ? saved(result) : t(saved))]);
      if (onDone) await onDone(result, values);
    } catch (error) {
      show(error, problemsOf(error, names));
    } finally {
      button.disabled = false;
      button.textContent = t(submit);
    }
  });
  el.values = () => collect(fields, el, { shownOnly: false });
  el.showRefusal = (error) => show(error, problemsOf(error, names));
  applyConditions(fields, el);
  return el;
}
