// ESA, provincial and national dashboards: each is a list of sections (needs response rates
// here; supervision coverage, 4Q rankings, the curriculum pipeline and the year-end exports
// are added by their modules), all for the academic year chosen in the URL.

import { h, append } from "../core/dom.js";
import { t, define, number, percent } from "../core/i18n.js";
import { api } from "../core/api.js";
import { barChart, rateRing } from "../ui/charts.js";
import { table } from "../ui/table.js";
import { section } from "../ui/errors.js";
import { pageHead, card, chosenYear, yearFilter, esaInfo, esasOf, provinces, nameOf } from "./common.js";

define({
  "dash.esa": ["ภาพรวมเขตพื้นที่การศึกษา", "ESA dashboard"],
  "dash.province": ["ภาพรวมจังหวัด", "Province dashboard"],
  "dash.nation": ["ภาพรวมระดับประเทศ", "National dashboard"],
  "dash.needs": ["การตอบแบบสำรวจความต้องการ", "Needs survey responses"],
  "dash.needs_rate": ["อัตราการตอบแบบสำรวจ", "Survey response rate"],
  "dash.by_campaign": ["อัตราการตอบรายแบบสำรวจ", "Response rate per survey"],
  "dash.by_cluster": ["อัตราการตอบรายกลุ่มโรงเรียน", "Response rate per cluster"],
  "dash.by_esa": ["อัตราการตอบรายเขตพื้นที่", "Response rate per ESA"],
  "dash.by_province": ["อัตราการตอบรายจังหวัด", "Response rate per province"],
  "dash.col.name": ["หน่วยงาน", "Organisation"],
  "dash.col.targets": ["โรงเรียนเป้าหมาย", "Target schools"],
  "dash.col.responded": ["ตอบแล้ว", "Answered"],
  "dash.col.rate": ["ร้อยละ", "Rate"],
  "dash.answered_of": ["ตอบแล้ว {a} จาก {b} โรงเรียน", "{a} of {b} schools answered"],
});

/** Sections: fn(level, scope, year) -> node[]; level is esa | province | nation. */
const sections = [];
export const addDashboardSection = (fn) => sections.push(fn);

function rateItems(rows, labelOf) {
  return rows.map((r) => ({ label: labelOf(r), value: r.rate || 0, display: `${percent(r.rate)} (${number(r.responded)}/${number(r.targets)})` }));
}

function ratesTable(caption, rows, labelOf) {
  return table({ caption, rows, columns: [
    { label: t("dash.col.name"), value: labelOf },
    { label: t("dash.col.targets"), value: (r) => number(r.targets), class: "num" },
    { label: t("dash.col.responded"), value: (r) => number(r.responded), class: "num" },
    { label: t("dash.col.rate"), value: (r) => percent(r.rate), class: "num" },
  ] });
}

async function needsSection(level, scope, year) {
  const path = level === "nation" ? "/v1/nation/needs/response-rates" : `/v1/${level === "esa" ? "esas" : "provinces"}/${encodeURIComponent(scope)}/needs/response-rates`;
  const data = await api.get("reporting", path, { year });
  const ring = rateRing({ title: t("dash.needs_rate"), rate: data.rate, caption: ` ${t("dash.answered_of", { a: number(data.responded), b: number(data.targets) })}` });
  const parts = [h("div", { class: "split" }, ring)];
  if (level === "esa") {
    const campaigns = data.campaigns || [];
    parts.push(barChart({ title: t("dash.by_campaign"), max: 1, items: rateItems(campaigns, (c) => c.title || c.campaign_id) }));
    const clusters = campaigns.flatMap((c) => c.by_cluster || []);
    const info = await esaInfo(scope);
    const names = Object.fromEntries((info.clusters || []).map((c) => [c.cluster, nameOf(c)]));
    if (clusters.length) parts.push(barChart({ title: t("dash.by_cluster"), max: 1, items: rateItems(clusters, (c) => names[c.cluster] || c.cluster) }));
  } else if (level === "province") {
    const names = Object.fromEntries((await esasOf(scope)).map((e) => [e.esa, e.short_th || nameOf(e)]));
    const label = (e) => names[e.esa] || e.esa;
    parts.push(barChart({ title: t("dash.by_esa"), max: 1, items: rateItems(data.esas || [], label) }), ratesTable(t("dash.by_esa"), data.esas || [], label));
  } else {
    const names = Object.fromEntries((await provinces()).map((p) => [p.province, nameOf(p)]));
    const label = (p) => names[p.province] || p.province;
    parts.push(barChart({ title: t("dash.by_province"), max: 1, items: rateItems(data.provinces || [], label) }), ratesTable(t("dash.by_province"), data.provinces || [], label));
  }
  return [card(t("dash.needs"), ...parts)];
}
addDashboardSection(needsSection);

async function renderDashboard(view, level, scope, query, title, lead) {
  const year = chosenYear(query);
  append(view, [pageHead(title, { lead }), yearFilter(query)]);
  const results = await Promise.all(sections.map((fn) => section(() => fn(level, scope, year))));
  append(view, results.flat().filter(Boolean));
  view.dataset.testid = `dashboard-${level}`;
}

export const routes = [
  { path: "/esas/:esa/dashboard", render: async (view, { esa }, q) => {
    await api.get("needs", `/v1/esas/${encodeURIComponent(esa)}/campaigns`, { year: 2500 });
    const info = await esaInfo(esa);
    return renderDashboard(view, "esa", esa, q, t("dash.esa"), nameOf(info));
  } },
  { path: "/provinces/:province", render: async (view, { province }, q) => {
    const p = (await provinces()).find((x) => x.province === province);
    return renderDashboard(view, "province", province, q, t("dash.province"), p ? nameOf(p) : province);
  } },
  { path: "/nation", render: (view, _, q) => renderDashboard(view, "nation", "th", q, t("dash.nation")) },
];
