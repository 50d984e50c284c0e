// The header every page shares: the app's name, the person's menu for their roles, the
// language switch and sign-out. On a phone the menu folds behind a button.

import { h, replace } from "../core/dom.js";
import { t, define, currentLang, setLang } from "../core/i18n.js";
import { session, grants, displayName, signOut, SCHOOL_ROLES, ESA_ROLES } from "../core/session.js";

define({
  "app.name": ["นิเทศ", "Nithet"],
  "app.tagline": ["ระบบนิเทศ ติดตาม และประเมินผลการจัดการศึกษา", "Supervision, monitoring and evaluation of education"],
  "nav.menu": ["เมนู", "Menu"],
  "nav.main": ["เมนูหลัก", "Main menu"],
  "nav.school": ["โรงเรียนของฉัน", "My school"],
  "nav.schools": ["โรงเรียนในความรับผิดชอบ", "My schools"],
  "nav.campaigns": ["สำรวจความต้องการ", "Needs surveys"],
  "nav.esa_dashboard": ["ภาพรวมเขตพื้นที่", "ESA dashboard"],
  "nav.province": ["ภาพรวมจังหวัด", "Province dashboard"],
  "nav.nation": ["ภาพรวมประเทศ", "National dashboard"],
  "nav.committee": ["วาระการประชุม", "Committee agendas"],
  "nav.admin": ["ผู้ดูแลระบบ", "Administration"],
  "nav.lang": ["English", "ภาษาไทย"],
  "nav.lang_label": ["Switch to English", "เปลี่ยนเป็นภาษาไทย"],
  "nav.signout": ["ออกจากระบบ", "Sign out"],
});

/** Menu entries for the signed-in person's grants (extra ones come from page modules). */
const extraItems = [];
export const addMenuItems = (fn) => extraItems.push(fn);

function menuItems() {
  const items = [];
  for (const g of grants()) {
    if (SCHOOL_ROLES.includes(g.role)) items.push([`/schools/${g.id}`, "nav.school"]);
    if (ESA_ROLES.includes(g.role)) {
      items.push([`/esas/${g.id}`, "nav.schools"], [`/esas/${g.id}/campaigns`, "nav.campaigns"],
        [`/esas/${g.id}/dashboard`, "nav.esa_dashboard"]);
    }
    if (g.role === "provincial_officer") items.push([`/provinces/${g.id}`, "nav.province"]);
    if (["academic_subcommittee", "driving_committee"].includes(g.role)) items.push([`/committees/${g.id}`, "nav.committee"]);
    if (g.role === "policy_committee") items.push(["/committees/th", "nav.committee"], ["/nation", "nav.nation"]);
    if (g.role === "admin") items.push(["/admin", "nav.admin"], ["/nation", "nav.nation"]);
    for (const fn of extraItems) items.push(...fn(g));
  }
  const seen = new Set();
  return items.filter(([href]) => !seen.has(href) && seen.add(href));
}

export function renderHeader() {
  const top = document.getElementById("top");
  const signedIn = Boolean(session());
  const langButton = h("button", {
    type: "button", class: "lang", lang: currentLang() === "th" ? "en" : "th",
    "aria-label": t("nav.lang_label"), onclick: () => setLang(currentLang() === "th" ? "en" : "th"),
  }, t("nav.lang"));
  const nav = signedIn ? h("nav", { id: "menu", class: "menu", "aria-label": t("nav.main") },
    h("ul", {}, menuItems().map(([href, key]) => h("li", {}, h("a", {
      href, "aria-current": location.pathname === href ? "page" : null,
    }, t(key)))))) : null;
  const toggle = signedIn ? h("button", {
    type: "button", class: "menu-toggle", "aria-controls": "menu", "aria-expanded": "false",
    onclick: (e) => {
      const open = e.currentTarget.getAttribute("aria-expanded") !== "true";
      e.currentTarget.setAttribute("aria-expanded", String(open));
      nav.classList.toggle("open", open);
    },
  }, t("nav.menu")) : null;
  replace(top,
    h("div", { class: "bar" },
      h("a", { href: "/", class: "brand" }, h("span", { class: "logo", "aria-hidden": "true" }, "น"), t("app.name")),
      toggle,
      h("div", { class: "who" },
        signedIn ? h("span", { class: "person", "data-testid": "person" }, displayName()) : null,
        langButton,
        signedIn ? h("button", { type: "button", class: "link", onclick: () => signOut() }, t("nav.signout")) : null)),
    nav);
}
