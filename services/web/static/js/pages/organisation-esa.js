// One ESA for its administrators: its school clusters and their schools, each with what may
// be done to it (rename, move, sandbox pilot status, close), new clusters and schools, and the
// ESA's people and their roles (organisation-people.js).

import { h } from "../core/dom.js";
import { t, define } from "../core/i18n.js";
import { formatDate } from "../core/thai.js";
import { badge } from "../ui/table.js";
import { pageHead, card } from "./common.js";
import { peopleCard } from "./organisation-people.js";
import {
  dir, nameOf, enc, panel, commandForm, names, effectiveFrom, administers,
} from "./organisation-common.js";

define({
  "org.clusters": ["กลุ่มโรงเรียนและโรงเรียน", "School clusters and schools"],
  "org.school_count": ["{n} โรงเรียน", "{n} schools"],
  "org.rename": ["เปลี่ยนชื่อ", "Rename"],
  "org.rename_esa": ["เปลี่ยนชื่อเขตพื้นที่", "Rename the ESA"],
  "org.move_cluster": ["ย้ายกลุ่มโรงเรียนไปเขตพื้นที่อื่น", "Move the cluster to another ESA"],
  "org.to_esa": ["ย้ายไปเขตพื้นที่", "To the ESA"],
  "org.close_cluster": ["ปิดกลุ่มโรงเรียน", "Close the cluster"],
  "org.add_cluster": ["เพิ่มกลุ่มโรงเรียน", "Add a school cluster"],
  "org.cluster_code": ["รหัสกลุ่มโรงเรียน (เช่น loei-3-nahaeo)", "Cluster code (e.g. loei-3-nahaeo)"],
  "org.add_school": ["เพิ่มโรงเรียน", "Add a school"],
  "org.school_code": ["รหัสโรงเรียน (10 หลัก)", "School code (10 digits)"],
  "org.cluster": ["กลุ่มโรงเรียน", "School cluster"],
  "org.district": ["อำเภอ", "District"],
  "org.manage": ["จัดการ", "Manage"],
  "org.move_school": ["ย้ายโรงเรียนไปกลุ่มอื่น", "Move the school to another cluster"],
  "org.to_cluster": ["ย้ายไปกลุ่มโรงเรียน", "To the cluster"],
  "org.set_pilot": ["บันทึกสถานะนำร่อง", "Save the pilot status"],
  "org.close_school": ["ปิดโรงเรียน", "Close the school"],
  "org.closed_on": ["ปิดเมื่อ {day}", "Closed on {day}"],
  "org.no_schools": ["ยังไม่มีโรงเรียนในกลุ่มนี้", "No school in this cluster yet"],
});

const schoolPath = (s) => `/v1/schools/${enc(s.school)}`;
const clusterPath = (c) => `/v1/clusters/${enc(c.cluster)}`;
const closedNote = (x) => (x.status === "closed" ? badge(t("org.closed_on", { day: formatDate(x.closed_on) }), "warn") : null);

function closeForm(testid, submit, path) {
  return commandForm({ testid, submit, path: `${path}/close`, fields: [{ name: "reason", label: "org.reason", maxlength: 500 }, effectiveFrom], view: () => path });
}

async function clustersOfProvince(province) {
  const esas = await dir(`/v1/provinces/${enc(province)}/esas`);
  const all = await Promise.all(esas.map((e) => dir(`/v1/esas/${enc(e.esa)}`)));
  return all.flatMap((e) => e.clusters.map((c) => ({ value: c.cluster, label: `${e.short_th || e.esa} · ${nameOf(c)}` })));
}

function schoolActions(s, province) {
  const path = schoolPath(s);
  return h("div", { class: "actions-stack" },
    panel(t("org.rename"), () => commandForm({ testid: `rename-${s.school}`, submit: "org.rename", path: `${path}/rename`, fields: [...names(s), effectiveFrom], view: () => path })),
    panel(t("org.move_school"), async () => commandForm({
      testid: `move-${s.school}`, submit: "org.move_school", path: `${path}/moves`, view: () => path,
      fields: [{ name: "to_cluster", label: "org.to_cluster", type: "select", required: true,
        options: (await clustersOfProvince(province)).filter((o) => o.value !== s.cluster) }, effectiveFrom],
    })),
    panel(t("org.pilot"), () => commandForm({ testid: `pilot-${s.school}`, submit: "org.set_pilot", path: `${path}/sandbox-pilot`, view: () => path,
      fields: [{ name: "sandbox_pilot", label: "org.pilot", type: "checkbox", value: s.sandbox_pilot }, effectiveFrom] })),
    panel(t("org.close_school"), () => closeForm(`close-${s.school}`, "org.close_school", path)));
}

function schoolItem(s, province, canAct) {
  const label = h("span", {}, `${nameOf(s)} (${s.school}) `, s.sandbox_pilot ? badge(t("org.pilot"), "ok") : null, closedNote(s));
  if (!canAct || s.status === "closed") return h("li", { "data-school": s.school }, label);
  return h("li", { "data-school": s.school }, panel(label, () => schoolActions(s, province), `school-${s.school}`));
}

function clusterActions(c, e, esas) {
  const path = clusterPath(c);
  const others = esas.filter((x) => x.esa !== e.esa).map((x) => ({ value: x.esa, label: `${x.short_th || nameOf(x)} (${x.esa})` }));
  return [
    panel(t("org.rename"), () => commandForm({ testid: `rename-${c.cluster}`, submit: "org.rename", path: `${path}/rename`, fields: [...names(c), effectiveFrom], view: () => path })),
    administers({ province: e.province }) && others.length ? panel(t("org.move_cluster"), () => commandForm({
      testid: `move-${c.cluster}`, submit: "org.move_cluster", path: `${path}/moves`, view: () => path,
      fields: [{ name: "to_esa", label: "org.to_esa", type: "select", required: true, options: others }, effectiveFrom],
    })) : null,
    panel(t("org.close_cluster"), () => closeForm(`close-${c.cluster}`, "org.close_cluster", path)),
  ];
}

function clusterNode(c, e, schools, esas) {
  const mine = schools.filter((s) => s.cluster === c.cluster);
  const canAct = administers({ province: e.province, esa: e.esa, cluster: c.cluster });
  const open = c.status !== "closed";
  const summary = h("span", {}, `${nameOf(c)} (${c.cluster}) · ${t("org.school_count", { n: mine.filter((s) => s.status !== "closed").length })} `, closedNote(c));
  return h("details", { class: "panel cluster", id: `cluster-${c.cluster}`, "data-testid": `cluster-${c.cluster}` },
    h("summary", {}, summary),
    mine.length ? h("ul", { class: "plain schools" }, mine.map((s) => schoolItem(s, e.province, canAct)))
      : h("p", { class: "muted" }, t("org.no_schools")),
    canAct && open && administers({ province: e.province, esa: e.esa }) ? clusterActions(c, e, esas) : null);
}

function addForms(e, clusters) {
  const place = { province: e.province, esa: e.esa };
  const open = clusters.filter((c) => c.status !== "closed" && administers({ ...place, cluster: c.cluster }));
  return [
    administers(place) ? panel(t("org.add_cluster"), () => commandForm({
      testid: "add-cluster", submit: "org.add_cluster", path: `/v1/esas/${enc(e.esa)}/clusters`,
      fields: [{ name: "cluster", label: "org.cluster_code", required: true, maxlength: 61 }, ...names()],
      view: (answer) => clusterPath(answer),
    }), "add-cluster-panel") : null,
    open.length ? panel(t("org.add_school"), () => commandForm({
      testid: "add-school", submit: "org.add_school", path: `/v1/esas/${enc(e.esa)}/schools`,
      fields: [{ name: "school", label: "org.school_code", required: true, maxlength: 10 },
        ...names(),
        { name: "cluster", label: "org.cluster", type: "select", required: true, options: open.map((c) => ({ value: c.cluster, label: nameOf(c) })) },
        { name: "district_th", label: "org.district", maxlength: 100 },
        { name: "sandbox_pilot", label: "org.pilot", type: "checkbox" }],
      view: (answer) => schoolPath(answer),
    }), "add-school-panel") : null,
  ];
}

async function renderEsa(view, { esa }) {
  const [e, schools] = await Promise.all([
    dir(`/v1/esas/${enc(esa)}`, { include_closed: true }),
    dir(`/v1/esas/${enc(esa)}/schools`, { include_closed: true }),
  ]);
  const esas = await dir(`/v1/provinces/${enc(e.province)}/esas`);
  view.append(pageHead(nameOf(e), { back: "/admin/organisation", lead: `${e.short_th} · ${e.esa}` }));
  if (administers({ province: e.province })) {
    view.append(card(null, panel(t("org.rename_esa"), () => commandForm({
      testid: "rename-esa", submit: "org.rename_esa", path: `/v1/esas/${enc(esa)}/rename`,
      fields: [...names(e), { name: "short_th", label: "org.short_th", maxlength: 100, value: e.short_th }, effectiveFrom],
      view: () => `/v1/esas/${enc(esa)}`,
    }))));
  }
  view.append(card(t("org.clusters"),
    h("div", { class: "tree", "data-testid": "clusters" }, e.clusters.map((c) => clusterNode(c, e, schools, esas))),
    addForms(e, e.clusters)));
  if (administers({ province: e.province, esa })) view.append(await peopleCard(e, schools));
}

export const routes = [{ path: "/admin/organisation/esas/:esa", render: renderEsa }];
