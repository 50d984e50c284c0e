// Forms from a list of fields: every input has a visible label, required fields are marked,
// the submit button is disabled while sending, one Idempotency-Key per form fill (a double tap
// on a phone sends the same command twice and it is written once), and a refusal from a
// service is shown above the form with each field at fault marked beside the input.

import { h, uid, append } from "../core/dom.js";
import { t, define } from "../core/i18n.js";
import { api } from "../core/api.js";
import { errorBox, fieldOf, problemText } from "./errors.js";
import { datePicker, yearPicker, semesterPicker } from "./pickers.js";

define({
  "form.sending": ["กำลังบันทึก…", "Saving…"],
  "form.saved": ["บันทึกแล้ว", "Saved"],
  "form.required": ["* จำเป็นต้องกรอก", "* required"],
});

function control(field) {
  const id = uid(field.name.replace(/\W/g, "-"));
  const label = t(field.label);
  const common = { id, name: field.name, required: field.required, "aria-describedby": field.help ? `${id}-help` : null };
  let input;
  switch (field.type) {
    case "custom": {
      const el = field.render(label, id);
      el.dataset.name = field.name;
      el.dataset.kind = "custom";
      return el;
    }
    case "time":
      input = h("input", { ...common, type: "time", value: field.value || "" });
      break;
    case "date":
      return datePicker({ label, name: field.name, value: field.value, required: field.required });
    case "year":
      return yearPicker({ label, name: field.name, value: field.value, id });
    case "semester":
      return semesterPicker({ label, name: field.name, value: field.value, id });
    case "textarea":
      input = h("textarea", { ...common, rows: field.rows || 3, maxlength: field.maxlength || 2000 }, field.value || "");
      break;
    case "select":
      input = h("select", common, (field.optional ? [h("option", { value: "" }, "—")] : []).concat(
        field.options.map((o) => h("option", { value: o.value, selected: String(o.value) === String(field.value ?? "") }, o.label))));
      break;
    case "checkbox":
      input = h("input", { ...common, type: "checkbox", checked: Boolean(field.value) });
      return h("div", { class: "field check" }, input, h("label", { for: id }, label),
        field.help ? h("p", { id: `${id}-help`, class: "help" }, t(field.help)) : null);
    case "checkboxes":
      return h("fieldset", { class: "field checks", "data-name": field.name, "data-kind": "checkboxes" },
        h("legend", {}, label),
        field.options.map((o) => {
          const cid = uid("c");
          return h("div", { class: "check" },
            h("input", { id: cid, type: "checkbox", value: o.value, checked: (field.value || []).includes(o.value) }),
            h("label", { for: cid }, o.label));
        }));
    case "radios":
      return h("fieldset", { class: "field radios", "data-name": field.name, "data-kind": "radios" },
        h("legend", {}, label, field.required ? h("span", { class: "req", "aria-hidden": "true" }, " *") : null),
        field.options.map((o) => {
          const rid = uid("r");
          return h("div", { class: "check" },
            h("input", { id: rid, type: "radio", name: `${field.name}-${id}`, value: o.value,
              checked: String(field.value ?? "") === String(o.value), required: field.required }),
            h("label", { for: rid }, o.label));
        }));
    default:
      input = h("input", {
        ...common, type: field.type || "text", value: field.value ?? "", maxlength: field.maxlength || 300,
        min: field.min, max: field.max, step: field.step, inputmode: field.type === "number" ? "decimal" : null,
        placeholder: field.placeholder, autocomplete: field.autocomplete || "off",
      });
  }
  return h("div", { class: "field" },
    h("label", { for: id }, label, field.required ? h("span", { class: "req", "aria-hidden": "true" }, " *") : null),
    input,
    field.help ? h("p", { id: `${id}-help`, class: "help" }, t(field.help)) : null);
}

function setPath(target, path, value) {
  const parts = path.split(".");
  let node = target;
  for (const part of parts.slice(0, -1)) node = node[part] = node[part] || {};
  node[parts.at(-1)] = value;
}

function valueOf(field, el) {
  const box = el.querySelector(`[data-name="${field.name}"]`) || el.querySelector(`[name="${field.name}"]`);
  if (!box) return undefined;
  switch (field.type) {
    case "date": return box.value || null;
    case "custom": return box.value;
    case "number": return box.value === "" ? null : Number(box.value);
    case "year": case "semester": return Number(box.value);
    case "checkbox": return box.checked;
    case "checkboxes": return [...box.querySelectorAll("input:checked")].map((i) => i.value);
    case "radios": { const c = box.querySelector("input:checked"); return c ? c.value : null; }
    case "lines": return box.value.split("\n").map((s) => s.trim()).filter(Boolean);
    default: return box.value.trim();
  }
}

/** A form; onSubmit(values, key) returns the result; onDone(result) runs after success. */
export function form({ fields, submit, onSubmit, onDone, testid, intro }) {
  const status = h("div", { class: "form-status", "aria-live": "polite" });
  const button = h("button", { type: "submit", class: "primary" }, t(submit));
  const el = h("form", { class: "form", novalidate: true, "data-testid": testid },
    intro ? h("p", { class: "muted" }, intro) : null,
    status,
    fields.map((f) => (f.type === "lines" ? control({ ...f, type: "textarea" }) : control(f))),
    fields.some((f) => f.required) ? h("p", { class: "help" }, t("form.required")) : null,
    h("div", { class: "actions" }, button));
  let key = api.newKey();
  const labelOf = (name) => {
    const f = fields.find((x) => x.name === name || name.startsWith(`${x.name}.`));
    return f ? t(f.label) : name;
  };
  el.addEventListener("input", () => { key = api.newKey(); });
  el.addEventListener("change", () => { key = api.newKey(); });
  el.addEventListener("submit", async (event) => {
    event.preventDefault();
    const values = {};
    for (const f of fields) {
      const v = valueOf(f, el);
      if (v !== undefined && !(f.omitEmpty && (v === "" || v === null))) setPath(values, f.name, v);
    }
    status.replaceChildren();
    el.querySelectorAll(".field-error").forEach((n) => n.remove());
    el.querySelectorAll("[aria-invalid]").forEach((n) => n.removeAttribute("aria-invalid"));
    button.disabled = true;
    button.textContent = t("form.sending");
    try {
      const result = await onSubmit(values, key);
      key = api.newKey();
      append(status, [h("p", { class: "alert ok", role: "status" }, t("form.saved"))]);
      if (onDone) await onDone(result, values);
    } catch (error) {
      const box = errorBox(error, labelOf);
      status.append(box);
      markFields(el, error);
      box.focus();
    } finally {
      button.disabled = false;
      button.textContent = t(submit);
    }
  });
  return el;
}

function markFields(el, error) {
  for (const d of Array.isArray(error.details) ? error.details : []) {
    const name = fieldOf(d).split(".")[0];
    const target = el.querySelector(`[name="${name}"], [data-name="${name}"]`);
    if (!target) continue;
    target.setAttribute("aria-invalid", "true");
    const note = h("p", { class: "field-error" }, problemText(d));
    (target.closest(".field") || target).append(note);
  }
}
