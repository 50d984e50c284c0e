// Administration: the organisation and people's roles (organisation.js, for every admin),
// reporting's read models (freshness, rebuild with progress; the national admin); subscription
// endpoints are added by their module.

import { h, append } from "../core/dom.js";
import { t, define, number } from "../core/i18n.js";
import { api } from "../core/api.js";
import { table } from "../ui/table.js";
import { errorBox, section } from "../ui/errors.js";
import { pageHead, card } from "./common.js";
import { isNational } from "./organisation-common.js";
import { rebuildPhase } from "./rebuild-terms.js";
import { routes as organisationRoutes } from "./organisation.js";

define({
  "admin.title": ["ผู้ดูแลระบบ", "Administration"],
  "admin.models": ["ฐานข้อมูลรายงาน (read models)", "Reporting read models"],
  "admin.col.model": ["ชุดข้อมูล", "Read model"],
  "admin.col.generation": ["รุ่น", "Generation"],
  "admin.col.lag": ["เหตุการณ์ค้าง", "Events behind"],
  "admin.col.rebuild": ["สร้างใหม่", "Rebuild"],
  "admin.rebuild": ["สร้างใหม่จากประวัติเหตุการณ์", "Rebuild from the event history"],
  "admin.progress": ["{phase}: {done} / {total} เหตุการณ์", "{phase}: {done} / {total} events"],
  "admin.organisation": ["โครงสร้างหน่วยงานและบทบาท", "Organisation and roles"],
  "admin.organisation.lead": ["จังหวัด เขตพื้นที่ กลุ่มโรงเรียน โรงเรียน: เพิ่ม เปลี่ยนชื่อ ย้าย ปิด และมอบหรือถอนบทบาทของบุคลากร", "Provinces, ESAs, clusters, schools: add, rename, move, close; grant and revoke people's roles"],
  "admin.organisation.open": ["จัดการโครงสร้างหน่วยงานและบทบาท", "Manage the organisation and roles"],
});

const sections = [];
export const addAdminSection = (fn) => sections.push(fn);

async function rebuild(model, cell) {
  try {
    await api.post("reporting", `/v1/admin/read-models/${encodeURIComponent(model)}/rebuild`);
  } catch (error) {
    cell.append(errorBox(error));
    return;
  }
  const progress = h("progress", { max: 1, value: 0, "aria-label": t("admin.rebuild") });
  const text = h("span", { class: "small", "aria-live": "polite" });
  cell.replaceChildren(progress, text);
  for (;;) {
    const status = await api.get("reporting", "/v1/admin/read-models");
    const p = status.rebuilds[model];
    if (!p) break;
    progress.max = Math.max(1, p.events_total);
    progress.value = p.events_done;
    text.textContent = t("admin.progress", { phase: rebuildPhase(p.phase), done: number(p.events_done), total: number(p.events_total) });
    if (p.phase === "switched" || String(p.phase).startsWith("failed")) break;
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function readModels() {
  if (!isNational()) return [];
  const status = await api.get("reporting", "/v1/admin/read-models");
  return card(t("admin.models"), table({
    caption: t("admin.models"), rows: status.read_models, testid: "read-models",
    columns: [
      { label: t("admin.col.model"), value: (m) => m.model },
      { label: t("admin.col.generation"), value: (m) => m.generation ?? "–" },
      { label: t("admin.col.lag"), value: (m) => number(m.lag ?? m.events_behind ?? 0) },
      { label: t("admin.col.rebuild"), value: (m) => {
        const cell = h("div", {});
        cell.append(h("button", { type: "button", class: "secondary small", onclick: () => rebuild(m.model, cell) }, t("admin.rebuild")));
        return cell;
      } },
    ],
  }));
}
addAdminSection(readModels);

function organisation() {
  return card(t("admin.organisation"), h("p", {}, t("admin.organisation.lead")),
    h("p", {}, h("a", { href: "/admin/organisation", class: "button", "data-testid": "organisation-link" }, t("admin.organisation.open"))));
}

async function renderAdmin(view) {
  view.append(pageHead(t("admin.title")), organisation());
  for (const add of sections) append(view, [await section(add)]);
}

export const routes = [{ path: "/admin", render: renderAdmin }, ...organisationRoutes];
