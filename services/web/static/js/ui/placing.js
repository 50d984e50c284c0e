// Showing a problem beside the field it concerns: the control is marked aria-invalid and
// described by a Thai sentence under it. A problem about a list item ("authors.2.name") goes
// to the list's field, naming the line.

import { h, uid } from "../core/dom.js";
import { t, define } from "../core/i18n.js";

define({ "form.line": ["บรรทัดที่ {n}: {message}", "Line {n}: {message}"] });

const CONTROLS = "input, select, textarea";

/** The wrapper of the field a problem names (the field, a field within it, or its list). */
export function findField(root, name) {
  if (!name) return null;
  const wrappers = [...root.querySelectorAll("[data-field]")].filter((w) => !w.hidden);
  const parts = name.split(".");
  for (let n = parts.length; n > 0; n -= 1) {
    const path = parts.slice(0, n).join(".");
    const exact = wrappers.find((w) => w.dataset.field === path);
    if (exact) return { wrapper: exact, rest: parts.slice(n) };
    const inner = wrappers.find((w) => w.dataset.field.startsWith(`${path}.`));
    if (inner && n === parts.length) return { wrapper: inner, rest: [] };
  }
  return null;
}

function describe(control, id) {
  const ids = (control.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
  if (!ids.includes(id)) control.setAttribute("aria-describedby", [...ids, id].join(" "));
}

function mark(wrapper, message) {
  const id = uid("err");
  const note = h("p", { id, class: "field-error" }, message);
  const legend = wrapper.querySelector(":scope > legend");
  if (wrapper.tagName === "FIELDSET") {
    wrapper.setAttribute("aria-invalid", "true");
    if (legend) legend.after(note); else wrapper.prepend(note);
  } else {
    wrapper.append(note);
  }
  const controls = wrapper.matches(CONTROLS) ? [wrapper] : [...wrapper.querySelectorAll(CONTROLS)];
  for (const c of controls) {
    if (c.type !== "radio" && c.type !== "checkbox" && c.type !== "file") c.setAttribute("aria-invalid", "true");
    describe(c, id);
  }
  return controls.find((c) => c.type !== "hidden") || wrapper;
}

/** Mark each problem's field; answers the problems with the control shown for each (or none). */
export function placeProblems(root, problems) {
  return problems.map((p) => {
    const found = findField(root, p.field);
    if (!found) return null;
    if (found.wrapper.placeProblem) {
      const inner = found.wrapper.placeProblem(found.rest, p.message);
      if (inner) return mark(inner, p.message);
    }
    const index = found.rest.find((part) => /^\d+$/.test(part));
    const message = index !== undefined && found.wrapper.dataset.kind === "lines"
      ? t("form.line", { n: Number(index) + 1, message: p.message }) : p.message;
    return mark(found.wrapper, message);
  });
}

export function clearProblems(root) {
  root.querySelectorAll(".field-error").forEach((n) => {
    root.querySelectorAll(`[aria-describedby~="${n.id}"]`).forEach((c) => {
      const left = c.getAttribute("aria-describedby").split(" ").filter((x) => x && x !== n.id);
      if (left.length) c.setAttribute("aria-describedby", left.join(" ")); else c.removeAttribute("aria-describedby");
    });
    n.remove();
  });
  root.querySelectorAll("[aria-invalid]").forEach((n) => n.removeAttribute("aria-invalid"));
  if (root.hasAttribute && root.hasAttribute("aria-invalid")) root.removeAttribute("aria-invalid");
}
