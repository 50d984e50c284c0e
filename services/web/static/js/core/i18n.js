// A tiny i18n layer: Thai first, English switchable. Every label is [Thai, English];
// modules add theirs with define(). A key asked for but never defined is recorded in
// window.__missingLabels (the browser tests assert it stays empty).

const labels = new Map();
const listeners = new Set();
let lang = localStorage.getItem("nithet.lang") === "en" ? "en" : "th";
window.__missingLabels = window.__missingLabels || [];

export function define(entries) {
  for (const [key, pair] of Object.entries(entries)) {
    if (!Array.isArray(pair) || pair.length !== 2 || !pair[0] || !pair[1]) {
      window.__missingLabels.push(`${key} (incomplete)`);
    }
    labels.set(key, pair);
  }
}

/** The label in the current language; {name} placeholders filled from vars. */
export function t(key, vars = {}) {
  const pair = labels.get(key);
  if (!pair) {
    if (!window.__missingLabels.includes(key)) window.__missingLabels.push(key);
    return key;
  }
  const text = pair[lang === "en" ? 1 : 0];
  return text.replace(/\{(\w+)\}/g, (_, name) => (name in vars ? String(vars[name]) : `{${name}}`));
}

/** The label when one is defined, else the fallback (for open-ended codes such as event types). */
export function tOr(key, fallback, vars = {}) {
  return labels.has(key) ? t(key, vars) : fallback;
}

/** Pick the Thai or English of a pair of values (e.g. name_th / name_en of a record). */
export function pick(th, en) {
  return lang === "en" && en ? en : th || en || "";
}

export const currentLang = () => lang;

export function setLang(next) {
  lang = next === "en" ? "en" : "th";
  localStorage.setItem("nithet.lang", lang);
  document.documentElement.lang = lang;
  for (const fn of listeners) fn(lang);
}

export function onLangChange(fn) {
  listeners.add(fn);
}

document.documentElement.lang = lang;

export function number(value, digits = 0) {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  return Number(value).toLocaleString(lang === "en" ? "en-US" : "th-TH", {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  });
}

export function percent(rate) {
  if (rate === null || rate === undefined) return "–";
  return `${number(rate * 100, 1)}%`;
}
