// Pickers that speak the Thai calendar: a date in Buddhist Era (day, month, B.E. year
// selects: accessible and native on a phone), the academic year, and the semester.

import { h, uid } from "../core/dom.js";
import { t, define, currentLang } from "../core/i18n.js";
import {
  MONTHS_TH, MONTHS_EN, beYear, ceYear, academicYear, semester as semesterOf, daysInMonth,
  isoDay, parseDay, formatDate, semesterBounds,
} from "../core/thai.js";

define({
  "date.day": ["วันที่", "Day"],
  "date.month": ["เดือน", "Month"],
  "date.year": ["ปี พ.ศ.", "Year (B.E.)"],
  "date.today": ["วันนี้", "Today"],
  "date.none": ["—", "—"],
  "year.label": ["ปีการศึกษา {year}", "Academic year {year}"],
  "semester.option": ["ภาคเรียนที่ {n} ({from} – {to})", "Semester {n} ({from} – {to})"],
});

/** A B.E. date field; its value (ISO yyyy-mm-dd or "") is on the fieldset's `value`. */
export function datePicker({ label, name, value = "", required = false, years = 3 }) {
  const id = uid("date");
  const initial = parseDay(value);
  const thisYear = beYear(new Date().getFullYear());
  const yearOptions = [];
  for (let y = thisYear - years; y <= thisYear + years; y += 1) yearOptions.push(y);
  const months = currentLang() === "en" ? MONTHS_EN : MONTHS_TH;
  const blank = required ? [] : [h("option", { value: "" }, t("date.none"))];
  const day = h("select", { id: `${id}-d`, "aria-label": `${label} — ${t("date.day")}` }, blank.map((o) => o.cloneNode(true)),
    Array.from({ length: 31 }, (_, i) => h("option", { value: String(i + 1) }, String(i + 1))));
  const month = h("select", { id: `${id}-m`, "aria-label": `${label} — ${t("date.month")}` }, blank.map((o) => o.cloneNode(true)),
    months.map((m, i) => h("option", { value: String(i + 1) }, m)));
  const year = h("select", { id: `${id}-y`, "aria-label": `${label} — ${t("date.year")}` }, blank.map((o) => o.cloneNode(true)),
    yearOptions.map((y) => h("option", { value: String(y) }, String(y))));
  const readout = h("span", { class: "muted small", "aria-live": "polite" });
  const field = h("fieldset", { class: "date-picker", "data-name": name, "data-kind": "date" },
    h("legend", {}, label, required ? h("span", { class: "req", "aria-hidden": "true" }, " *") : null),
    h("div", { class: "date-row" }, day, month, year,
      h("button", { type: "button", class: "link small", onclick: () => set(new Date()) }, t("date.today"))),
    readout);

  function set(d) {
    if (!d) { day.value = month.value = year.value = ""; sync(); return; }
    const be = beYear(d.getFullYear());
    if (!yearOptions.includes(be)) year.append(h("option", { value: String(be) }, String(be)));
    day.value = String(d.getDate());
    month.value = String(d.getMonth() + 1);
    year.value = String(be);
    sync();
  }
  function current() {
    if (!day.value || !month.value || !year.value) return "";
    const y = ceYear(Number(year.value));
    const m = Number(month.value);
    const d = Math.min(Number(day.value), daysInMonth(y, m));
    return isoDay(new Date(y, m - 1, d));
  }
  function sync() {
    const v = current();
    field.value = v;
    readout.textContent = v ? formatDate(v, { short: false, lang: currentLang() }) : "";
  }
  for (const s of [day, month, year]) s.addEventListener("change", sync);
  set(initial);
  if (!initial && required) set(new Date());
  return field;
}

/** Academic years around the current one, newest first. */
export function yearPicker({ label, name = "year", value, span = 3, id = uid("year") }) {
  const now = academicYear();
  const chosen = Number(value || now);
  const options = [];
  for (let y = now + 1; y >= now - span; y -= 1) {
    options.push(h("option", { value: String(y), selected: y === chosen }, t("year.label", { year: y })));
  }
  return h("div", { class: "field" },
    h("label", { for: id }, label),
    h("select", { id, name, "data-kind": "year" }, options));
}

export function semesterPicker({ label, name = "semester", value, year, id = uid("sem") }) {
  const chosen = Number(value || semesterOf());
  const yearBe = Number(year || academicYear());
  const lang = currentLang();
  return h("div", { class: "field" },
    h("label", { for: id }, label),
    h("select", { id, name, "data-kind": "semester" }, [1, 2].map((n) => {
      const [from, to] = semesterBounds(yearBe, n);
      return h("option", { value: String(n), selected: n === chosen },
        t("semester.option", { n, from: formatDate(from, { lang }), to: formatDate(to, { lang }) }));
    })));
}
