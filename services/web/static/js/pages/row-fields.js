// A form field made of rows the person adds and removes (members of an order, schools of a
// progress report, practices of an exchange). Each row is a few labelled controls; the field's
// `value` is one object per row, and a service's refusal of "field.2.school" is shown at that
// row's control.

import { h, uid } from "../core/dom.js";
import { t, define } from "../core/i18n.js";
import { control } from "../ui/fields.js";

define({
  "rows.add": ["+ เพิ่มรายการ", "+ Add a row"],
  "rows.remove": ["ลบรายการนี้", "Remove this row"],
  "rows.n": ["รายการที่ {n}", "Row {n}"],
});

/**
 * `parts`: [{name, label, type?, options?, maxlength?, value?(row)}]; `read(values)` turns a
 * row's values (by part name) into what the service takes; `initial`: rows to start with.
 */
export function rowsField(label, { parts, read = (v) => v, initial = [{}], add = "rows.add", numbered = "rows.n" }) {
  const rows = h("div", { class: "items" });
  const box = h("fieldset", { class: "field" }, h("legend", {}, label), rows,
    h("button", { type: "button", class: "secondary small", onclick: () => addRow({}).querySelector("input, select").focus() }, t(add)));
  const partOf = (row, name) => row.querySelector(`[data-part="${name}"]`);
  const valueOf = (row, name) => { const el = partOf(row, name).querySelector("input, select, textarea"); return el.value.trim(); };
  Object.defineProperty(box, "value", {
    get: () => [...rows.children].map((row) => read(Object.fromEntries(parts.map((p) => [p.name, valueOf(row, p.name)])))),
  });
  box.placeProblem = ([index, name]) => {
    const row = rows.children[Number(index)];
    return row ? partOf(row, parts.some((p) => p.name === name) ? name : parts[0].name) : null;
  };
  function renumber() {
    [...rows.children].forEach((row, i) => { row.querySelector(".item-n").textContent = t(numbered, { n: i + 1 }); });
  }
  function addRow(initialRow) {
    const id = uid("row");
    const controls = parts.map((p) => {
      const c = control({ ...p, name: `${id}-${p.name}`, value: p.value ? p.value(initialRow, rows.children.length) : initialRow[p.name] ?? "" });
      c.dataset.part = p.name;
      delete c.dataset.field;
      return c;
    });
    const row = h("div", { class: "item-row card" }, h("p", { class: "small muted item-n" }), ...controls,
      h("button", { type: "button", class: "link small", onclick: () => { row.remove(); renumber(); } }, t("rows.remove")));
    rows.append(row);
    renumber();
    return row;
  }
  for (const row of initial.length ? initial : [{}]) addRow(row);
  return box;
}
