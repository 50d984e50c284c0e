// A supervisor's home: the ESA's schools by cluster, with what needs her attention
// (surveys not answered; visits and overdue follow-ups when supervision adds its columns).

import { h, append } from "../core/dom.js";
import { t, define, number } from "../core/i18n.js";
import { api } from "../core/api.js";
import { academicYear } from "../core/thai.js";
import { table, badge } from "../ui/table.js";
import { section } from "../ui/errors.js";
import { pageHead, card, esaInfo, schoolsOf, nameOf } from "./common.js";

define({
  "esa.schools": ["โรงเรียนในความรับผิดชอบ", "Schools in my care"],
  "esa.col.school": ["โรงเรียน", "School"],
  "esa.col.cluster": ["กลุ่มโรงเรียน", "Cluster"],
  "esa.col.surveys": ["แบบสำรวจที่ยังไม่ตอบ", "Surveys not answered"],
  "esa.count": ["{n} โรงเรียน", "{n} schools"],
  "esa.cluster_filter": ["กลุ่มโรงเรียน", "School cluster"],
  "esa.all_clusters": ["ทุกกลุ่ม", "All clusters"],
});

/** Columns and panels supervision adds: fn({esa}) -> {columns, panels}. */
const extensions = [];
export const extendEsaPage = (fn) => extensions.push(fn);

async function renderEsa(view, { esa }, query) {
  // Everything is asked for at once (one wave of requests, not four); the ESA-scoped call
  // decides: outside the caller's organisation it answers 404 and the page is not-found.
  const campaignsP = api.get("needs", `/v1/esas/${encodeURIComponent(esa)}/campaigns`, { year: academicYear() });
  const infoP = esaInfo(esa);
  const allP = schoolsOf(esa);
  const extP = extensions.map((ext) => section(() => ext({ esa })));
  for (const p of [infoP, allP, ...extP]) p.catch(() => {});
  const campaigns = await campaignsP;
  const [info, all] = await Promise.all([infoP, allP]);
  const cluster = query.get("cluster") || "";
  const schools = cluster ? all.filter((s) => s.cluster === cluster) : all;
  const clusterName = Object.fromEntries((info.clusters || []).map((c) => [c.cluster, nameOf(c)]));
  const open = campaigns.filter((c) => !c.closed);
  const pending = (s) => open.filter((c) => (c.targets || {})[s.school] && !(c.responses || {})[s.school]).length;
  const columns = [
    { label: t("esa.col.school"), value: (s) => h("a", { href: `/schools/${s.school}` }, nameOf(s)) },
    { label: t("esa.col.cluster"), value: (s) => clusterName[s.cluster] || s.cluster },
    { label: t("esa.col.surveys"), value: (s) => { const n = pending(s); return n ? badge(number(n), "warn") : "–"; } },
  ];
  const panels = [];
  for (const more of await Promise.all(extP)) {
    if (Array.isArray(more)) { panels.push(...more); continue; }
    columns.push(...(more.columns || []));
    panels.push(...(more.panels || []));
  }
  const select = h("select", { id: "cluster-filter", onchange: (e) => {
    const url = new URL(location.href);
    if (e.target.value) url.searchParams.set("cluster", e.target.value); else url.searchParams.delete("cluster");
    history.replaceState({}, "", url);
    window.dispatchEvent(new PopStateEvent("popstate"));
  } }, h("option", { value: "" }, t("esa.all_clusters")),
  (info.clusters || []).map((c) => h("option", { value: c.cluster, selected: c.cluster === cluster }, nameOf(c))));
  append(view, [pageHead(t("esa.schools"), { lead: `${nameOf(info)} · ${t("esa.count", { n: number(schools.length) })}` }),
    h("div", { class: "filters" }, h("div", { class: "field" }, h("label", { for: "cluster-filter" }, t("esa.cluster_filter")), select)),
    ...panels,
    card(null, table({ caption: t("esa.schools"), columns, rows: schools, testid: "esa-schools" }))]);
}

export const routes = [{ path: "/esas/:esa", render: renderEsa }];
