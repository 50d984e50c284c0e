// The organisation for its administrators: provinces and their ESAs (each ESA's clusters,
// schools and people on its own page), registering a province from Thailand's 77, an ESA in
// a province, renaming, and the roles held at the nation and at each province.

import { h } from "../core/dom.js";
import { t, define } from "../core/i18n.js";
import { pageHead, card } from "./common.js";
import { grantsPanel } from "./organisation-people.js";
import { routes as esaRoutes } from "./organisation-esa.js";
import {
  dir, nameOf, enc, panel, commandForm, names, effectiveFrom, administers, adminGrants, isNational,
} from "./organisation-common.js";

define({
  "org.title": ["โครงสร้างหน่วยงานและบทบาท", "Organisation and roles"],
  "org.lead": ["จังหวัด เขตพื้นที่การศึกษา กลุ่มโรงเรียน โรงเรียน และบทบาทของบุคลากร", "Provinces, ESAs, school clusters, schools and people's roles"],
  "org.mine": ["หน่วยงานที่ท่านดูแล", "What you administer"],
  "org.whole_country": ["ทั้งประเทศ", "The whole country"],
  "org.not_admin": ["ท่านไม่ได้เป็นผู้ดูแลระบบของหน่วยงานใด ดูโครงสร้างได้อย่างเดียว", "You administer no part of the organisation: you can only read it."],
  "org.provinces": ["จังหวัดและเขตพื้นที่การศึกษา", "Provinces and ESAs"],
  "org.esa_count": ["{n} เขตพื้นที่", "{n} ESAs"],
  "org.no_esas": ["ยังไม่มีเขตพื้นที่ในจังหวัดนี้", "No ESA in this province yet"],
  "org.register_province": ["ลงทะเบียนจังหวัด", "Register a province"],
  "org.province": ["จังหวัด", "Province"],
  "org.rename_province": ["เปลี่ยนชื่อจังหวัด", "Rename the province"],
  "org.add_esa": ["เพิ่มเขตพื้นที่การศึกษา", "Add an ESA"],
  "org.esa_code": ["รหัสเขตพื้นที่ (รหัสจังหวัด-เลขเขต เช่น loei-1)", "ESA code (province code-number, e.g. loei-1)"],
  "org.short_th": ["ชื่อย่อ (เช่น สพป.เลย เขต 1)", "Short name (e.g. สพป.เลย เขต 1)"],
  "org.level": ["ระดับ", "Level"],
  "org.level.primary": ["ประถมศึกษา (สพป.)", "Primary (สพป.)"],
  "org.level.secondary": ["มัธยมศึกษา (สพม.)", "Secondary (สพม.)"],
  "org.national_roles": ["บทบาทระดับประเทศ", "Roles at the national level"],
  "org.province_roles": ["บทบาทระดับจังหวัด", "Roles at the province"],
});

function mine() {
  const items = adminGrants().map((g) => {
    if (g.level === "nation") return h("li", {}, t("org.whole_country"));
    if (g.level === "esa") return h("li", {}, h("a", { href: `/admin/organisation/esas/${enc(g.id)}` }, g.id));
    if (g.level === "cluster" && g.esa) return h("li", {}, h("a", { href: `/admin/organisation/esas/${enc(g.esa)}` }, `${g.id} (${g.esa})`));
    return h("li", {}, `${g.level}: ${g.id}`);
  });
  return card(t("org.mine"), items.length ? h("ul", { class: "plain" }, items) : h("p", { class: "muted" }, t("org.not_admin")));
}

function esaForm(p) {
  return commandForm({
    testid: `add-esa-${p.province}`, submit: "org.add_esa", path: `/v1/provinces/${enc(p.province)}/esas`,
    fields: [
      { name: "esa", label: "org.esa_code", required: true, maxlength: 51, placeholder: `${p.province}-1` },
      ...names(),
      { name: "short_th", label: "org.short_th", required: true, maxlength: 100 },
      { name: "level", label: "org.level", type: "select", value: "primary",
        options: ["primary", "secondary"].map((v) => ({ value: v, label: t(`org.level.${v}`) })) },
    ],
    view: (answer) => `/v1/esas/${enc(answer.esa)}`,
  });
}

async function esasOf(p) {
  const esas = await dir(`/v1/provinces/${enc(p.province)}/esas`);
  const list = esas.length
    ? h("ul", { class: "plain" }, esas.map((e) => h("li", {},
      h("a", { href: `/admin/organisation/esas/${enc(e.esa)}` }, `${e.short_th || nameOf(e)} (${e.esa})`))))
    : h("p", { class: "muted" }, t("org.no_esas"));
  const place = { province: p.province };
  return h("div", {}, list,
    isNational() ? panel(t("org.rename_province"), () => commandForm({
      testid: `rename-${p.province}`, submit: "org.rename_province", path: `/v1/provinces/${enc(p.province)}/rename`,
      fields: [...names(p), effectiveFrom], view: () => `/v1/provinces/${enc(p.province)}`,
    })) : null,
    administers(place) ? panel(t("org.add_esa"), () => esaForm(p)) : null,
    administers(place) ? panel(t("org.province_roles"), () => grantsPanel("province", p.province)) : null);
}

function provinceNode(p) {
  return panel(`${nameOf(p)} (${p.province})`, () => esasOf(p), `province-${p.province}`);
}

function registerProvince(reference) {
  const free = reference.filter((p) => !p.registered);
  return panel(t("org.register_province"), () => commandForm({
    testid: "register-province", submit: "org.register_province", path: "/v1/provinces",
    fields: [{ name: "province", label: "org.province", type: "select", required: true,
      options: free.map((p) => ({ value: p.province, label: `${p.name_th} (${p.province})` })) }],
    body: ({ province }) => {
      const p = free.find((x) => x.province === province) || { province };
      return { province, name_th: p.name_th, name_en: p.name_en, iso_code: p.iso_code || "" };
    },
    view: (answer) => `/v1/provinces/${enc(answer.province)}`,
  }));
}

async function renderOrganisation(view) {
  const [provinces, reference] = await Promise.all([dir("/v1/provinces"), dir("/v1/reference/provinces")]);
  view.append(pageHead(t("org.title"), { back: "/admin", lead: t("org.lead") }), mine());
  if (isNational()) view.append(card(t("org.national_roles"), await grantsPanel("nation", "th")));
  view.append(card(t("org.provinces"),
    h("div", { class: "tree", "data-testid": "provinces" }, provinces.map(provinceNode)),
    isNational() ? registerProvince(reference) : null));
}

export const routes = [{ path: "/admin/organisation", render: renderOrganisation }, ...esaRoutes];
