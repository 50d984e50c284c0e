// A growing list of action items (what the school agreed to do, who, by when) for a visit
// form. Its `value` is the list; a problem about one item ("action_items.1.owner") is shown
// at that item's input.

import { h, uid } from "../core/dom.js";
import { t, define } from "../core/i18n.js";
import { datePicker } from "./pickers.js";
import { control } from "./fields.js";
import { isoDay } from "../core/thai.js";

define({
  "items.add": ["+ เพิ่มข้อตกลง", "+ Add an action item"],
  "items.remove": ["ลบข้อตกลงนี้", "Remove this item"],
  "items.description": ["สิ่งที่ตกลงจะดำเนินการ", "What will be done"],
  "items.owner": ["ผู้รับผิดชอบ", "Who"],
  "items.due": ["กำหนดเสร็จ", "Due"],
  "items.n": ["ข้อตกลงที่ {n}", "Action item {n}"],
});

const newItemId = () => uid("item").replace(/\W/g, "") + Date.now().toString(36);

export function actionItems(label, initial = []) {
  const rows = h("div", { class: "items" });
  const box = h("fieldset", { class: "field" }, h("legend", {}, label), rows,
    h("button", { type: "button", class: "secondary small", onclick: () => addRow().querySelector("textarea").focus() }, t("items.add")));
  Object.defineProperty(box, "value", {
    get: () => [...rows.children].map((row) => ({
      item_id: row.dataset.item,
      description: row.querySelector("textarea").value.trim(),
      owner: row.querySelector("input[type=text]").value.trim(),
      due_on: row.querySelector("fieldset").value,
    })),
  });
  box.placeProblem = ([index, part]) => {
    const row = rows.children[Number(index)];
    if (!row) return null;
    return row.querySelector(part === "owner" ? "[data-part=owner]" : part === "due_on" ? "fieldset" : "[data-part=description]");
  };
  function renumber() {
    [...rows.children].forEach((row, i) => { row.querySelector(".item-n").textContent = t("items.n", { n: i + 1 }); });
  }
  function addRow(item = {}) {
    const id = uid("item");
    const due = item.due_on || isoDay(new Date(Date.now() + 30 * 86400000));
    const description = control({ name: `${id}-d`, label: "items.description", type: "textarea", rows: 2, maxlength: 1000, value: item.description || "" });
    const owner = control({ name: `${id}-o`, label: "items.owner", maxlength: 300, value: item.owner || "" });
    description.dataset.part = "description";
    owner.dataset.part = "owner";
    delete description.dataset.field;
    delete owner.dataset.field;
    const row = h("div", { class: "item-row card", "data-item": item.item_id || newItemId() },
      h("p", { class: "small muted item-n" }),
      description, owner,
      datePicker({ label: t("items.due"), name: `${id}-due`, value: due, required: true }),
      h("button", { type: "button", class: "link small", onclick: () => { row.remove(); renumber(); } }, t("items.remove")));
    rows.append(row);
    renumber();
    return row;
  }
  for (const item of initial) addRow(item);
  return box;
}
