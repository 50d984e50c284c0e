// ESA, provincial and national dashboards: each is a list of sections (needs response rates
// here; supervision coverage, 4Q rankings, the curriculum pipeline and the year-end exports
// are added by their modules), all for the academic year chosen in the URL, and "as of" a
// day when one is chosen (?as_of=yyyy-mm-dd: the figures as they stood at the end of it,
// from reporting's unified view). A page asks for all its data in one round: the grants
// decide whether the organisation is within reach, the data calls' answers do the rest.

import { h, append } from "../core/dom.js";
import { t, define, number, percent, currentLang } from "../core/i18n.js";
import { api, ApiError } from "../core/api.js";
import { formatDate } from "../core/thai.js";
import { reachesEsa, reachesProvince } from "../core/session.js";
import { navigate } from "../core/router.js";
import { barChart, rateRing } from "../ui/charts.js";
import { table } from "../ui/table.js";
import { form } from "../ui/form.js";
import { section } from "../ui/errors.js";
import { pageHead, card, chosenYear, yearFilter, esaInfo, esasOf, provinces, nameOf } from "./common.js";
import { campaignLabels, schoolTotals, clusterTotals } from "./needs-figures.js";

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
  "dash.col.expected": ["คำตอบที่ต้องได้รับ", "Answers expected"],
  "dash.col.responded": ["ได้รับแล้ว", "Received"],
  "dash.col.rate": ["ร้อยละ", "Rate"],
  "dash.schools_answered": ["โรงเรียนตอบครบทุกแบบสำรวจ {a} จาก {b} โรงเรียน", "{a} of {b} schools answered every survey"],
  "dash.answers_of": ["ได้รับคำตอบ {a} จาก {b} คำตอบที่ต้องได้รับ ({n} แบบสำรวจ)", "{a} of {b} expected answers received ({n} surveys)"],
  "dash.cluster_display": ["{rate} ({a}/{b} โรงเรียน)", "{rate} ({a}/{b} schools)"],
  "dash.as_of": ["ดูข้อมูล ณ วันที่", "See the figures as of"],
  "dash.as_of_day": ["ณ สิ้นวันที่", "As of the end of"],
  "dash.as_of_show": ["แสดงข้อมูล ณ วันนั้น", "Show them as of that day"],
  "dash.as_of_note": ["ข้อมูล ณ สิ้นวันที่ {day} (ตามที่บันทึกไว้ในขณะนั้น)", "Figures as they stood at the end of {day}"],
  "dash.as_of_now": ["ดูข้อมูลล่าสุด", "See the latest figures"],
  "dash.as_of_future": ["เวลาที่ขอดูต้องไม่อยู่ในอนาคต", "as_of must not be in the future."],
  "dash.showing": ["กำลังแสดง…", "Showing…"],
  "dash.as_of_unknown": ["ยังไม่มีข้อมูลของหน่วยงานนี้ ณ วันที่เลือก", "Nothing was recorded for this organisation by that day."],
});

/** Sections: fn(level, scope, year, ctx) -> node[]; ctx: {asOf, view (the unified view, as of)}. */
const sections = [];
export const addDashboardSection = (fn) => sections.push(fn);

/** One domain's part of the unified view (as-of dashboards), or null on a live dashboard. */
export async function viewSection(ctx, name) {
  return ctx.view ? (await ctx.view).sections[name] : null;
}

const viewPath = (level, scope) => `/v1/views/${level === "nation" ? "nation" : `${level === "esa" ? "esas" : "provinces"}/${encodeURIComponent(scope)}`}`;

function rateItems(rows, labelOf) {
  return rows.map((r) => ({ label: labelOf(r), value: r.rate || 0, display: `${percent(r.rate)} (${number(r.responded)}/${number(r.targets)})` }));
}

function ratesTable(caption, rows, labelOf) {
  return table({ caption, rows, columns: [
    { label: t("dash.col.name"), value: labelOf },
    { label: t("dash.col.expected"), value: (r) => number(r.targets), class: "num" },
    { label: t("dash.col.responded"), value: (r) => number(r.responded), class: "num" },
    { label: t("dash.col.rate"), value: (r) => percent(r.rate), class: "num" },
  ] });
}

const answersLine = (data) => h("p", { class: "muted small", "data-testid": "needs-answers" },
  t("dash.answers_of", { a: number(data.responded), b: number(data.targets), n: number(typeof data.campaigns === "number" ? data.campaigns : (data.campaigns || []).length) }));

async function needsEsa(scope, year, ctx) {
  const asOf = await viewSection(ctx, "needs");
  const [data, list, info] = await Promise.all([
    asOf || api.get("reporting", `/v1/esas/${encodeURIComponent(scope)}/needs/response-rates`, { year }),
    asOf ? null : api.get("needs", `/v1/esas/${encodeURIComponent(scope)}/campaigns`, { year }).catch(() => null),
    esaInfo(scope)]);
  const names = Object.fromEntries((info.clusters || []).map((c) => [c.cluster, nameOf(c)]));
  const parts = [];
  if (list) {
    const totals = schoolTotals(list);
    parts.push(h("div", { class: "split" }, rateRing({ title: t("dash.needs_rate"), rate: totals.rate,
      caption: ` ${t("dash.schools_answered", { a: number(totals.answered), b: number(totals.schools) })}` }), answersLine(data)));
  } else {
    parts.push(h("div", { class: "split" }, rateRing({ title: t("dash.needs_rate"), rate: data.rate }), answersLine(data)));
  }
  const campaigns = asOf ? data.campaign_list || [] : data.campaigns || [];
  const labels = campaignLabels(campaigns, list || []);
  parts.push(barChart({ title: t("dash.by_campaign"), max: 1, testid: "by-campaign", items: rateItems(campaigns, (c) => labels.get(c)) }));
  const clusters = list ? clusterTotals(list) : (asOf ? data.by_cluster || [] : []);
  if (clusters.length) {
    parts.push(barChart({ title: t("dash.by_cluster"), max: 1, testid: "by-cluster", items: clusters.map((c) => ({
      label: names[c.cluster] || c.name_th || c.cluster, value: c.rate || 0,
      display: list ? t("dash.cluster_display", { rate: percent(c.rate), a: number(c.answered), b: number(c.schools) }) : `${percent(c.rate)} (${number(c.responded)}/${number(c.targets)})`,
    })) }));
  }
  return parts;
}

async function needsAbove(level, scope, year, ctx) {
  const asOf = await viewSection(ctx, "needs");
  const path = level === "nation" ? "/v1/nation/needs/response-rates" : `/v1/provinces/${encodeURIComponent(scope)}/needs/response-rates`;
  const [data, orgs] = await Promise.all([asOf || api.get("reporting", path, { year }), level === "province" ? esasOf(scope) : provinces()]);
  const key = level === "province" ? "esa" : "province";
  const names = Object.fromEntries(orgs.map((o) => [o[key], (level === "province" && o.short_th && currentLang() === "th") ? o.short_th : nameOf(o)]));
  const rows = asOf ? data[level === "province" ? "by_esa" : "by_province"] || [] : data[level === "province" ? "esas" : "provinces"] || [];
  const label = (r) => names[r[key]] || r.name_th || r[key];
  const title = t(level === "province" ? "dash.by_esa" : "dash.by_province");
  return [h("div", { class: "split" }, rateRing({ title: t("dash.needs_rate"), rate: data.rate }), answersLine(data)),
    barChart({ title, max: 1, testid: `by-${key}`, items: rateItems(rows, label) }), ratesTable(title, rows, label)];
}

async function needsSection(level, scope, year, ctx) {
  const parts = level === "esa" ? await needsEsa(scope, year, ctx) : await needsAbove(level, scope, year, ctx);
  return [card(t("dash.needs"), ...parts)];
}
addDashboardSection(needsSection);

/** The end of a B.E.-picked day in Thai time, or a moment ago when that is still to come. */
function momentOf(day) {
  const end = new Date(`${day}T23:59:59+07:00`);
  return (end.getTime() > Date.now() - 5000 ? new Date(Date.now() - 5000) : end).toISOString();
}

function chosenAsOf(query) {
  const day = query.get("as_of");
  return /^\d{4}-\d{2}-\d{2}$/.test(day || "") ? day : null;
}

function asOfForm(asOf) {
  const today = new Date().toISOString().slice(0, 10);
  const el = form({
    testid: "as-of", submit: "dash.as_of_show", saved: "dash.showing",
    fields: [{ name: "as_of", label: "dash.as_of_day", type: "date", required: true, value: asOf || "",
      check: (day) => (day > today ? t("dash.as_of_future") : null) }],
    onSubmit: async (v) => v,
    onDone: (v) => {
      const url = new URL(location.href);
      url.searchParams.set("as_of", v.as_of);
      navigate(url.pathname + url.search, { replaceState: true });
    },
  });
  return h("details", { class: "as-of", open: Boolean(asOf) }, h("summary", {}, t("dash.as_of")), el);
}

function asOfNote(asOf) {
  if (!asOf) return null;
  const url = new URL(location.href);
  url.searchParams.delete("as_of");
  return h("p", { class: "alert warn", role: "status", "data-testid": "as-of-note" },
    t("dash.as_of_note", { day: formatDate(asOf, { short: false, lang: currentLang() }) }), " ",
    h("a", { href: url.pathname + url.search }, t("dash.as_of_now")));
}

/** Whether the organisation was known at the moment asked for (the view answers 404 before). */
async function knownThen(viewP) {
  try {
    await viewP;
    return true;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return false;
    return true; // any other failure is shown by the sections
  }
}

async function renderDashboard(view, level, scope, query, title, lead) {
  const year = chosenYear(query);
  const asOf = chosenAsOf(query);
  const ctx = { asOf, view: null };
  if (asOf) {
    ctx.view = api.get("reporting", viewPath(level, scope), { year, as_of: momentOf(asOf) });
    ctx.view.catch(() => {}); // each section shows its own failure
  }
  const drawn = asOf ? await knownThen(ctx.view) : true;
  const [heading, ...results] = await Promise.all([lead, ...(drawn ? sections : []).map((fn) => section(() => fn(level, scope, year, ctx)))]);
  append(view, [pageHead(title, { lead: heading }), yearFilter(query), asOfForm(asOf), asOfNote(asOf),
    drawn ? null : h("p", { class: "alert warn", role: "status", "data-testid": "as-of-unknown" }, t("dash.as_of_unknown")),
    ...results.flat().filter(Boolean)]);
  view.dataset.testid = `dashboard-${level}`;
}

const notFound = () => new ApiError(404, { code: "not_found", message: "ไม่พบข้อมูลที่ต้องการ", message_en: "Not found." });

export const routes = [
  { path: "/esas/:esa/dashboard", render: (view, { esa }, q) => {
    if (!reachesEsa(esa)) throw notFound();
    return renderDashboard(view, "esa", esa, q, t("dash.esa"), esaInfo(esa).then(nameOf));
  } },
  { path: "/provinces/:province", render: (view, { province }, q) => {
    if (!reachesProvince(province)) throw notFound();
    const lead = provinces().then((list) => { const p = list.find((x) => x.province === province); return p ? nameOf(p) : province; });
    return renderDashboard(view, "province", province, q, t("dash.province"), lead);
  } },
  { path: "/nation", render: (view, _, q) => renderDashboard(view, "nation", "th", q, t("dash.nation"), null) },
];
