// A growing list of action items (what the school agreed to do, who, by when) for a visit form.

import { h, uid } from "../core/dom.js";
import { t, define } from "../core/i18n.js";
import { datePicker } from "./pickers.js";
import { isoDay } from "../core/thai.js";

define({
  "items.add": ["+ เพิ่มข้อตกลง", "+ Add an action item"],
  "items.remove": ["ลบข้อตกลงนี้", "Remove this item"],
  "items.description": ["สิ่งที่ตกลงจะดำเนินการ", "What will be done"],
  "items.owner": ["ผู้รับผิดชอบ", "Who"],
  "items.due": ["กำหนดเสร็จ", "Due"],
  "items.n": ["ข้อตกลงที่ {n}", "Action item {n}"],
});

export function actionItems(label) {
  const rows = h("div", { class: "items" });
  const box = h("fieldset", { class: "field" }, h("legend", {}, label), rows,
    h("button", { type: "button", class: "secondary small", onclick: () => addRow() }, t("items.add")));
  Object.defineProperty(box, "value", {
    get: () => [...rows.children].map((row) => ({
      item_id: row.dataset.item,
      description: row.querySelector("textarea").value.trim(),
      owner: row.querySelector("input").value.trim(),
      due_on: row.querySelector("fieldset").value,
    })),
  });
  function addRow() {
    const id = uid("item");
    const due = new Date(Date.now() + 30 * 86400000);
    const row = h("div", { class: "item-row card", "data-item": id.replace(/\W/g, "") },
      h("p", { class: "small muted" }, t("items.n", { n: rows.children.length + 1 })),
      h("div", { class: "field" }, h("label", { for: `${id}-d` }, t("items.description")),
        h("textarea", { id: `${id}-d`, rows: 2, maxlength: 1000 })),
      h("div", { class: "field" }, h("label", { for: `${id}-o` }, t("items.owner")),
        h("input", { id: `${id}-o`, type: "text", maxlength: 300 })),
      datePicker({ label: t("items.due"), name: `${id}-due`, value: isoDay(due), required: true }),
      h("button", { type: "button", class: "link small", onclick: () => row.remove() }, t("items.remove")));
    rows.append(row);
    row.querySelector("textarea").focus();
  }
  return box;
}
