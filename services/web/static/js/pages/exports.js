// The year-end reports (form 9) of an ESA, a province or the nation, as XLSX or PDF in Thai
// with B.E. dates: one section of every dashboard.

import { h } from "../core/dom.js";
import { t, define } from "../core/i18n.js";
import { download } from "../core/api.js";
import { errorBox } from "../ui/errors.js";
import { addDashboardSection } from "./dashboards.js";
import { card } from "./common.js";

define({
  "exp.title": ["รายงานผลการดำเนินงานประจำปี (แบบ 9)", "Year-end report (form 9)"],
  "exp.xlsx": ["ดาวน์โหลด Excel (XLSX)", "Download Excel (XLSX)"],
  "exp.pdf": ["ดาวน์โหลด PDF", "Download PDF"],
  "exp.done": ["ดาวน์โหลดแล้ว: {name}", "Downloaded: {name}"],
  "exp.year": ["ปีการศึกษา {year}", "Academic year {year}"],
});

function button(label, path, params, filename) {
  return h("button", { type: "button", class: "secondary", "data-testid": `export-${label}`, onclick: async (e) => {
    const b = e.currentTarget;
    b.disabled = true;
    try {
      const file = await download("reporting", path, params, filename);
      b.after(h("span", { class: "badge ok", role: "status" }, t("exp.done", { name: file.name })));
    } catch (error) {
      b.after(errorBox(error));
    } finally {
      b.disabled = false;
    }
  } }, t(`exp.${label}`));
}

addDashboardSection(async (level, scope, year, ctx) => {
  const at = level === "nation" ? "/v1/reports/nation" : `/v1/reports/${level === "esa" ? "esas" : "provinces"}/${encodeURIComponent(scope)}`;
  const params = ctx.asOf ? { year, as_of: `${ctx.asOf}T23:59:59+07:00` } : { year };
  if (ctx.asOf && new Date(params.as_of).getTime() > Date.now()) delete params.as_of; // today: as it is now
  return [card(t("exp.title"), h("p", { class: "muted" }, t("exp.year", { year })), h("div", { class: "actions" },
    button("xlsx", `${at}/year-end.xlsx`, params, `year-end-${scope}-${year}.xlsx`),
    button("pdf", `${at}/year-end.pdf`, params, `year-end-${scope}-${year}.pdf`)))];
});
