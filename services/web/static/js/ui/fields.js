// One form field: its labelled control, a counter for text with a length limit (the text is
// never cut: going over is said at the field), what each point of a scale means, and
// reading its value back. Every field's wrapper carries data-field="<name>" so a form can
// hide it, check it and show a refusal beside it.

import { h, uid } from "../core/dom.js";
import { t, define } from "../core/i18n.js";
import { datePicker, yearPicker, semesterPicker } from "./pickers.js";

define({
  "form.counter": ["{n} / {max} ตัวอักษร", "{n} / {max} characters"],
  "form.counter_over": ["{n} / {max} ตัวอักษร — เกิน {over} ตัวอักษร", "{n} / {max} characters — {over} too many"],
});

/** Characters as the services count them (code points, not UTF-16 units). */
export const lengthOf = (text) => [...String(text ?? "")].length;

function counter(input, id, max) {
  const note = h("p", { id, class: "counter small muted" });
  const sync = () => {
    const n = lengthOf(input.value);
    const over = n - max;
    note.textContent = over > 0 ? t("form.counter_over", { n, max, over }) : t("form.counter", { n, max });
    note.classList.toggle("over", over > 0);
  };
  input.addEventListener("input", sync);
  sync();
  return note;
}

function described(...ids) {
  const list = ids.filter(Boolean);
  return list.length ? list.join(" ") : null;
}

function optionList(field, type, id) {
  return field.options.map((o) => {
    const oid = uid(type === "radio" ? "r" : "c");
    const hint = o.hint ? h("span", { id: `${oid}-hint`, class: "option-hint" }, o.hint) : null;
    const checked = type === "radio" ? String(field.value ?? "") === String(o.value) : (field.value || []).map(String).includes(String(o.value));
    return h("div", { class: ["check", o.hint ? "with-hint" : null] },
      h("input", { id: oid, type, name: type === "radio" ? `${field.name}-${id}` : null, value: o.value, checked,
        "aria-describedby": hint ? `${oid}-hint` : null }),
      h("label", { for: oid }, o.label), hint);
  });
}

function choiceGroup(field, label, id, type) {
  const kind = type === "radio" ? "radios" : "checkboxes";
  const long = field.options.some((o) => o.hint && o.hint.length > 24);
  return h("fieldset", { class: ["field", kind, field.scale ? "scale" : null, field.scale && long ? "long" : null], "data-name": field.name, "data-kind": kind, "data-field": field.name },
    h("legend", {}, label, field.required ? h("span", { class: "req", "aria-hidden": "true" }, " *") : null),
    field.help ? h("p", { class: "help" }, t(field.help)) : null,
    optionList(field, type, id));
}

function textInput(field, common) {
  if (field.type === "textarea" || field.type === "lines") {
    const value = Array.isArray(field.value) ? field.value.join("\n") : field.value || "";
    return h("textarea", { ...common, rows: field.rows || (field.type === "lines" ? 3 : 3) }, value);
  }
  return h("input", {
    ...common, type: field.type || "text", value: field.value ?? "", step: field.type === "number" ? "any" : null,
    inputmode: field.type === "number" ? (field.integer ? "numeric" : "decimal") : null,
    placeholder: field.placeholder, autocomplete: field.autocomplete || "off",
  });
}

/** The labelled control of a field (see ui/form.js for the field's keys). */
export function control(field) {
  const id = uid(field.name.replace(/\W/g, "-"));
  const label = t(field.label);
  switch (field.type) {
    case "custom": {
      const el = field.render(label, id);
      el.dataset.name = field.name;
      el.dataset.kind = "custom";
      el.dataset.field = field.name;
      return el;
    }
    case "date": {
      const el = datePicker({ label, name: field.name, value: field.value, required: field.required });
      el.dataset.field = field.name;
      return el;
    }
    case "year": case "semester": {
      const make = field.type === "year" ? yearPicker : semesterPicker;
      const el = make({ label, name: field.name, value: field.value, id });
      el.dataset.field = field.name;
      return el;
    }
    case "checkboxes": return choiceGroup(field, label, id, "checkbox");
    case "radios": return choiceGroup(field, label, id, "radio");
    case "checkbox": {
      const input = h("input", { id, name: field.name, type: "checkbox", checked: Boolean(field.value) });
      return h("div", { class: "field check", "data-field": field.name }, input, h("label", { for: id }, label),
        field.help ? h("p", { id: `${id}-help`, class: "help" }, t(field.help)) : null);
    }
    default: break;
  }
  const helpId = field.help ? `${id}-help` : null;
  const counterId = field.maxlength && field.type !== "lines" ? `${id}-count` : null;
  const common = { id, name: field.name, "aria-required": field.required ? "true" : null, "aria-describedby": described(helpId, counterId) };
  let input;
  if (field.type === "select") {
    input = h("select", common, (field.optional ? [h("option", { value: "" }, "—")] : []).concat(
      field.options.map((o) => h("option", { value: o.value, selected: String(o.value) === String(field.value ?? "") }, o.label))));
  } else if (field.type === "time") {
    input = h("input", { ...common, type: "time", value: field.value || "" });
  } else {
    input = textInput(field, common);
  }
  return h("div", { class: "field", "data-field": field.name, "data-kind": field.type === "lines" ? "lines" : null },
    h("label", { for: id }, label, field.required ? h("span", { class: "req", "aria-hidden": "true" }, " *") : null),
    input,
    helpId ? h("p", { id: helpId, class: "help" }, t(field.help)) : null,
    counterId ? counter(input, counterId, field.maxlength) : null);
}

/** The value a field holds now (undefined when the form has no such control). */
export function valueOf(field, el) {
  const box = el.querySelector(`[data-name="${field.name}"]`) || el.querySelector(`[name="${field.name}"]`);
  if (!box) return undefined;
  switch (field.type) {
    case "date": return box.value || null;
    case "custom": return box.value;
    case "number":
      if (box.validity && box.validity.badInput) return Number.NaN; // typed, but not a number: said, never dropped
      return box.value.trim() === "" ? null : Number(box.value);
    case "year": case "semester": return Number(box.value);
    case "checkbox": return box.checked;
    case "checkboxes": return [...box.querySelectorAll("input:checked")].map((i) => i.value);
    case "radios": { const c = box.querySelector("input:checked"); return c ? c.value : null; }
    case "lines": return box.value.split("\n").map((s) => s.trim()).filter(Boolean);
    case "select": case "time": return box.value;
    default: return box.value.trim();
  }
}
