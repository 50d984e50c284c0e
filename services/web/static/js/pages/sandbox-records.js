// A sandbox pilot school's records under the laws of the education sandbox, per academic
// year: donations received, the innovation subsidy, budget spent on learning materials (the
// director), and credit transfers (school staff), with the year's totals.

import { h, append } from "../core/dom.js";
import { t, define, number } from "../core/i18n.js";
import { api } from "../core/api.js";
import { formatDate, isoDay } from "../core/thai.js";
import { grants, SCHOOL_ROLES } from "../core/session.js";
import { navigate } from "../core/router.js";
import { form } from "../ui/form.js";
import { table } from "../ui/table.js";
import { addMenuItems } from "../ui/layout.js";
import { pageHead, card, chosenYear, yearFilter } from "./common.js";
import { options, gradeOptions } from "./practice-terms.js";

define({
  "nav.sandbox_records": ["การดำเนินการตามกฎหมายพื้นที่นวัตกรรม", "Sandbox legal records"],
  "sbx.title": ["การดำเนินการตามกฎหมายพื้นที่นวัตกรรมการศึกษา", "Records under the education sandbox laws"],
  "sbx.lead": ["พระราชบัญญัติพื้นที่นวัตกรรมการศึกษา พ.ศ. ๒๕๖๒ และประกาศ ระเบียบของคณะกรรมการนโยบายพื้นที่นวัตกรรมการศึกษา", "The Education Sandbox Act B.E. 2562 and the policy committee's rules"],
  "sbx.entries": ["รายการของปีการศึกษา", "Entries of the year"],
  "sbx.col.no": ["ที่", "No."],
  "sbx.col.day": ["วันที่", "Day"],
  "sbx.col.basis": ["ฐานทางกฎหมาย", "Legal basis"],
  "sbx.col.what": ["รายละเอียด", "Details"],
  "sbx.col.amount": ["จำนวน", "Amount"],
  "sbx.totals": ["สรุปทั้งปี", "Totals of the year"],
  "sbx.day": ["วันที่", "Day"],
  "sbx.donor": ["ผู้บริจาค", "Donor"],
  "sbx.kind": ["เงินหรือทรัพย์สิน", "Money or property"],
  "sbx.kind.cash": ["เงิน", "Money"],
  "sbx.kind.property": ["ทรัพย์สิน", "Property"],
  "sbx.value": ["มูลค่า (บาท)", "Value (baht)"],
  "sbx.purpose": ["วัตถุประสงค์/การนำไปใช้", "Purpose"],
  "sbx.amount": ["จำนวนเงิน (บาท)", "Amount (baht)"],
  "sbx.project": ["นวัตกรรมที่พัฒนา", "Innovation developed"],
  "sbx.material_kind": ["ประเภท", "Kind"],
  "sbx.mat.textbooks": ["ตำรา/หนังสือเรียน", "Textbooks"],
  "sbx.mat.learning_media": ["สื่อการเรียนการสอน", "Learning media"],
  "sbx.mat.database": ["ฐานข้อมูลในระบบเทคโนโลยีสารสนเทศ", "Databases"],
  "sbx.items": ["รายการที่จัดทำ/จัดซื้อ", "Items"],
  "sbx.direction": ["รับเข้าหรือส่งออก", "In or out"],
  "sbx.dir.in": ["เทียบโอนเข้า", "Transferred in"],
  "sbx.dir.out": ["เทียบโอนออก", "Transferred out"],
  "sbx.learners": ["จำนวนผู้เรียน", "Learners"],
  "sbx.other_school": ["สถานศึกษาอีกฝ่าย", "The other school"],
  "sbx.note": ["หมายเหตุ", "Note"],
  "sbx.save": ["บันทึก", "Save"],
  "sbx.baht": ["{n} บาท", "{n} baht"],
  "sbx.people": ["{n} คน", "{n} learners"],
});

addMenuItems((g) => (SCHOOL_ROLES.includes(g.role) ? [[`/esas/${g.esa}/schools/${g.id}/sandbox-records`, "nav.sandbox_records"]] : []));

const refresh = () => navigate(location.pathname + location.search, { replaceState: true });
const day = () => ({ name: "occurred_on", label: "sbx.day", type: "date", required: true, value: isoDay() });
const baht = (name, label) => ({ name, label, type: "number", required: true, min: 0, integer: true });

/** The four kinds of entry: API path, who records it, fields. */
const KINDS = {
  donations: { director: true, fields: () => [{ name: "donor", label: "sbx.donor", required: true, maxlength: 200 },
    { name: "kind", label: "sbx.kind", type: "radios", value: "cash", options: options(["cash", "property"], "sbx.kind") },
    baht("value_baht", "sbx.value"), { name: "purpose", label: "sbx.purpose", required: true, maxlength: 500 }] },
  "innovation-subsidies": { director: true, fields: () => [baht("amount_baht", "sbx.amount"), { name: "project", label: "sbx.project", required: true, maxlength: 300 }] },
  "materials-spending": { director: true, fields: () => [{ name: "kind", label: "sbx.material_kind", type: "select", options: options(["textbooks", "learning_media", "database"], "sbx.mat") },
    baht("amount_baht", "sbx.amount"), { name: "items", label: "sbx.items", required: true, maxlength: 500 }] },
  "credit-transfers": { director: false, fields: () => [{ name: "direction", label: "sbx.direction", type: "radios", value: "in", options: options(["in", "out"], "sbx.dir") },
    { name: "learners", label: "sbx.learners", type: "number", required: true, min: 1, max: 1000, integer: true },
    { name: "grade", label: "practice.grade", type: "select", value: "p4", options: gradeOptions() },
    { name: "other_school", label: "sbx.other_school", required: true, maxlength: 200 }, { name: "note", label: "sbx.note", maxlength: 500 }] },
};
const BASIS_OF = { donations: "donations", "innovation-subsidies": "innovation_subsidy", "materials-spending": "learning_materials", "credit-transfers": "credit_transfer" };

function amount(e) {
  if (e.learners != null) return t("sbx.people", { n: number(e.learners) });
  return t("sbx.baht", { n: number(e.value_baht ?? e.amount_baht) });
}

function entriesTable(register) {
  return table({ caption: t("sbx.entries"), rows: register.entries, testid: "sandbox-entries", columns: [
    { label: t("sbx.col.no"), value: (e) => String(e.entry_no), class: "num" },
    { label: t("sbx.col.day"), value: (e) => formatDate(e.occurred_on) },
    { label: t("sbx.col.basis"), value: (e) => h("span", { title: e.basis_th }, t(`basis.${e.basis}`)) },
    { label: t("sbx.col.what"), value: (e) => e.donor || e.project || e.items || e.other_school || "" },
    { label: t("sbx.col.amount"), value: amount, class: "num" },
  ] });
}

function totals(register) {
  const s = register.totals;
  return h("dl", { class: "kpis", "data-testid": "sandbox-totals" },
    [["basis.donations", s.donations_baht], ["basis.innovation_subsidy", s.innovation_subsidy_baht], ["basis.learning_materials", s.learning_materials_baht]]
      .map(([k, n]) => h("div", { class: "kpi" }, h("dt", {}, t(k)), h("dd", {}, t("sbx.baht", { n: number(n) })))),
    h("div", { class: "kpi" }, h("dt", {}, t("sbx.dir.in")), h("dd", {}, t("sbx.people", { n: number(s.credit_transfers_in) }))),
    h("div", { class: "kpi" }, h("dt", {}, t("sbx.dir.out")), h("dd", {}, t("sbx.people", { n: number(s.credit_transfers_out) }))));
}

async function renderRegister(view, { esa, school }, query) {
  const year = chosenYear(query);
  const path = `/v1/esas/${encodeURIComponent(esa)}/schools/${school}/sandbox-records/${year}`;
  const register = await api.get("curriculum", path);
  const mine = grants().filter((g) => SCHOOL_ROLES.includes(g.role) && g.id === school);
  const director = mine.some((g) => g.role === "school_director");
  append(view, [pageHead(t("sbx.title"), { lead: t("sbx.lead") }), yearFilter(query),
    card(t("sbx.totals"), totals(register)), card(t("sbx.entries"), entriesTable(register))]);
  for (const [kind, spec] of Object.entries(KINDS)) {
    if (!mine.length || (spec.director && !director)) continue;
    view.append(card(t(`basis.${BASIS_OF[kind]}`), form({
      testid: `sandbox-${kind}`, submit: "sbx.save", fields: [day(), ...spec.fields()],
      onSubmit: (b) => api.post("curriculum", `${path}/${kind}`, b),
      onDone: refresh,
    })));
  }
}

export const routes = [{ path: "/esas/:esa/schools/:school/sandbox-records", render: renderRegister }];
