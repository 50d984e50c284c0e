// The app's not-found page: also what another organisation's page looks like (no existence leak).

import { h, append } from "../core/dom.js";
import { t, define } from "../core/i18n.js";
import { session, homePath } from "../core/session.js";

define({
  "notfound.title": ["ไม่พบหน้าที่ต้องการ", "Page not found"],
  "notfound.body": ["ไม่พบข้อมูลนี้ หรือข้อมูลนี้อยู่นอกหน่วยงานที่ท่านรับผิดชอบ",
    "This page does not exist, or it belongs to an organisation outside your responsibility."],
  "notfound.home": ["กลับหน้าหลัก", "Back to my home page"],
});

export async function render(view) {
  append(view, [h("section", { class: "card notfound", "data-testid": "not-found" },
    h("h1", {}, t("notfound.title")),
    h("p", {}, t("notfound.body")),
    h("p", {}, h("a", { href: session() ? homePath() : "/login", class: "button" }, t("notfound.home"))))]);
}
