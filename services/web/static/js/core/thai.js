// The Thai calendar as users read it (same rules as kit/thai.py): Buddhist Era years,
// the academic year starting 16 May, semester 1 mid-May..October, 2 November..mid-May.

import { currentLang } from "./i18n.js";

export const BE_OFFSET = 543;
export const MONTHS_TH = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
  "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"];
export const MONTHS_TH_SHORT = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.",
  "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."];
export const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December"];
export const MONTHS_EN_SHORT = MONTHS_EN.map((m) => m.slice(0, 3));

export const beYear = (ceYear) => ceYear + BE_OFFSET;
export const ceYear = (be) => be - BE_OFFSET;

export function academicYear(day = new Date()) {
  const startsThisYear = day.getMonth() + 1 > 5 || (day.getMonth() + 1 === 5 && day.getDate() >= 16);
  return beYear(startsThisYear ? day.getFullYear() : day.getFullYear() - 1);
}

export function semester(day = new Date()) {
  const m = day.getMonth() + 1;
  const afterStart = m > 5 || (m === 5 && day.getDate() >= 16);
  return afterStart && m <= 10 ? 1 : 2;
}

/** First and last day (ISO strings) of a semester of a B.E. academic year. */
export function semesterBounds(yearBe, term) {
  const y = ceYear(yearBe);
  return term === 1 ? [`${y}-05-16`, `${y}-10-31`] : [`${y}-11-01`, `${y + 1}-05-15`];
}

export function academicYearBounds(yearBe) {
  const y = ceYear(yearBe);
  return [`${y}-05-16`, `${y + 1}-05-15`];
}

/** A day as an ISO date string (local calendar). */
export function isoDay(day = new Date()) {
  const p = (n) => String(n).padStart(2, "0");
  return `${day.getFullYear()}-${p(day.getMonth() + 1)}-${p(day.getDate())}`;
}

export function parseDay(text) {
  if (!text) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!m) return null;
  if (text.length > 10) return new Date(text);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** '21 พฤศจิกายน 2569' / '21 พ.ย. 2569' (English: '21 Nov 2569 B.E.'), in the app's language. */
export function formatDate(value, { short = true, lang = currentLang() } = {}) {
  const day = value instanceof Date ? value : parseDay(value);
  if (!day || Number.isNaN(day.getTime())) return "–";
  const y = beYear(day.getFullYear());
  if (lang === "en") {
    return `${day.getDate()} ${(short ? MONTHS_EN_SHORT : MONTHS_EN)[day.getMonth()]} ${y} B.E.`;
  }
  return `${day.getDate()} ${(short ? MONTHS_TH_SHORT : MONTHS_TH)[day.getMonth()]} ${y}`;
}

export function formatDateTime(value, { lang = currentLang() } = {}) {
  const day = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(day.getTime())) return "–";
  const p = (n) => String(n).padStart(2, "0");
  const time = `${p(day.getHours())}:${p(day.getMinutes())}`;
  return `${formatDate(day, { lang })} ${time}${lang === "th" ? " น." : ""}`;
}

export function daysInMonth(ceYearValue, month1) {
  return new Date(ceYearValue, month1, 0).getDate();
}
