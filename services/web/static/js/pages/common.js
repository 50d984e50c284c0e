// Pieces several pages share: headings with a back link, the year chosen in the URL
// (?year=2569), organisation names from the directory, and cards.

import { h } from "../core/dom.js";
import { t, define, pick } from "../core/i18n.js";
import { api } from "../core/api.js";
import { academicYear } from "../core/thai.js";
import { navigate } from "../core/router.js";
import { yearPicker } from "../ui/pickers.js";

define({
  "common.year": ["ปีการศึกษา", "Academic year"],
  "common.show": ["แสดง", "Show"],
  "common.back": ["ย้อนกลับ", "Back"],
  "common.loading": ["กำลังโหลด…", "Loading…"],
  "common.yes": ["ใช่", "Yes"],
  "common.no": ["ไม่ใช่", "No"],
  "common.open": ["เปิดอยู่", "Open"],
  "common.closed": ["ปิดแล้ว", "Closed"],
  "table.empty": ["ยังไม่มีข้อมูล", "Nothing yet"],
});

export function pageHead(title, { back, lead, actions } = {}) {
  return h("header", { class: "page-head" },
    back ? h("a", { href: back, class: "back" }, `← ${t("common.back")}`) : null,
    h("h1", {}, title),
    lead ? h("p", { class: "lead" }, lead) : null,
    actions ? h("div", { class: "head-actions" }, actions) : null);
}

export function card(title, ...children) {
  return h("section", { class: "card" }, title ? h("h2", {}, title) : null, ...children);
}

export function chosenYear(query) {
  const y = Number(query.get("year"));
  return y >= 2500 && y <= 2700 ? y : academicYear();
}

/** A year picker that reloads the page with ?year=. */
export function yearFilter(query) {
  const picker = yearPicker({ label: t("common.year"), value: chosenYear(query) });
  const select = picker.querySelector("select");
  select.addEventListener("change", () => {
    const url = new URL(location.href);
    url.searchParams.set("year", select.value);
    navigate(url.pathname + url.search, { replaceState: true });
  });
  return h("div", { class: "filters" }, picker);
}

const cache = new Map();
async function cached(key, load) {
  if (!cache.has(key)) cache.set(key, load().catch((e) => { cache.delete(key); throw e; }));
  return cache.get(key);
}

export const esaInfo = (esa) => cached(`esa:${esa}`, () => api.get("directory", `/v1/esas/${encodeURIComponent(esa)}`));
export const schoolsOf = (esa) => cached(`schools:${esa}`, () => api.get("directory", `/v1/esas/${encodeURIComponent(esa)}/schools`));
export const schoolInfo = (school) => cached(`school:${school}`, () => api.get("directory", `/v1/schools/${encodeURIComponent(school)}`));
export const provinces = () => cached("provinces", () => api.get("directory", "/v1/provinces"));
export const esasOf = (province) => cached(`esas:${province}`, () => api.get("directory", `/v1/provinces/${encodeURIComponent(province)}/esas`));

export const nameOf = (doc) => (doc ? pick(doc.name_th, doc.name_en) : "");

export function schoolNames(schools) {
  return Object.fromEntries(schools.map((s) => [s.school, nameOf(s)]));
}
