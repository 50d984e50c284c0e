// Tables with a caption and column headers (scope="col"): readable by screen readers; on a
// phone each row becomes a small card whose cells carry their column's name.

import { h } from "../core/dom.js";
import { t } from "../core/i18n.js";

/** columns: [{label, value: (row) => node|text, class}] */
export function table({ caption, columns, rows, empty = "table.empty", testid }) {
  if (!rows.length) return h("p", { class: "muted empty", "data-testid": testid }, t(empty));
  return h("div", { class: "table-wrap", tabindex: "0", role: "region", "aria-label": caption },
    h("table", { "data-testid": testid, class: "cards" },
      h("caption", {}, caption),
      h("thead", {}, h("tr", {}, columns.map((c) => h("th", { scope: "col", class: c.class }, c.label)))),
      h("tbody", {}, rows.map((row) => h("tr", {}, columns.map((c, i) => {
        const content = c.value(row);
        const attrs = { class: c.class, "data-label": c.label };
        return i === 0 ? h("th", { scope: "row", ...attrs }, content) : h("td", attrs, content);
      }))))));
}

export function badge(text, tone = "neutral") {
  return h("span", { class: `badge ${tone}` }, text);
}
