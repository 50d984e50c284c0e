// The province's supervision committee (sandbox manual, item 7.1): the provincial driving
// committee appoints the committee that supervises and follows up the schools to help them,
// names its focus and the schools it supports; everyone of the province reads the order.

import { h, append } from "../core/dom.js";
import { t, define } from "../core/i18n.js";
import { api, until } from "../core/api.js";
import { grants } from "../core/session.js";
import { navigate } from "../core/router.js";
import { form } from "../ui/form.js";
import { table } from "../ui/table.js";
import { addMenuItems } from "../ui/layout.js";
import { pageHead, card, chosenYear, yearFilter, esasOf, schoolsOf, nameOf } from "./common.js";
import { appointmentFields, appointmentTable } from "./appointments.js";

define({
  "nav.province_committee": ["คณะกรรมการนิเทศ ติดตาม", "Supervision committee"],
  "pc.title": ["คณะกรรมการดำเนินการนิเทศ ติดตาม เพื่อให้การช่วยเหลือโรงเรียน", "The committee that supervises and helps the schools"],
  "pc.order": ["คำสั่งแต่งตั้ง", "The order"],
  "pc.appoint": ["บันทึกคำสั่งแต่งตั้ง", "Record the appointment"],
  "pc.focus": ["ประเด็นการนิเทศ ติดตาม", "Focus"],
  "pc.schools": ["โรงเรียนที่ให้การช่วยเหลือ", "Schools supported"],
  "pc.school": ["โรงเรียน", "School"],
  "pc.esa": ["เขตพื้นที่การศึกษา", "ESA"],
});

const path = (province, year) => `/v1/provinces/${encodeURIComponent(province)}/supervision-committee/${year}`;
addMenuItems((g) => (g.role === "driving_committee" ? [[`/provinces/${g.id}/supervision-committee`, "nav.province_committee"]] : []));

async function provinceSchools(province) {
  const esas = await esasOf(province);
  const lists = await Promise.all(esas.map((e) => schoolsOf(e.esa)));
  return lists.flat().sort((a, b) => String(a.school).localeCompare(b.school));
}

async function renderCommittee(view, { province }, query) {
  const year = chosenYear(query);
  const [c, schools] = await Promise.all([api.get("supervision", path(province, year)), provinceSchools(province)]);
  const names = Object.fromEntries(schools.map((s) => [s.school, nameOf(s)]));
  const driving = grants().some((g) => g.role === "driving_committee" && g.id === province);
  const order = c.order_no ? c : null;
  const appoint = driving ? h("details", {}, h("summary", {}, t("pc.appoint")), form({
    testid: "supervision-committee", submit: "pc.appoint",
    fields: [...appointmentFields(order), { name: "focus_th", label: "pc.focus", required: true, maxlength: 300, value: c.focus_th },
      { name: "schools", label: "pc.schools", type: "checkboxes", options: schools.map((s) => ({ value: s.school, label: names[s.school] })), value: c.schools.map((s) => s.school) }],
    onSubmit: (v) => api.put("supervision", path(province, year), v),
    onDone: async (answer) => {
      await until(() => api.get("supervision", path(province, year)), (x) => x.order_no === answer.order_no);
      navigate(location.pathname + location.search, { replaceState: true });
    },
  })) : null;
  append(view, [pageHead(t("pc.title")), yearFilter(query),
    card(t("pc.order"), appointmentTable(t("pc.order"), order, "committee"), c.focus_th ? h("p", {}, `${t("pc.focus")}: ${c.focus_th}`) : null, appoint),
    card(t("pc.schools"), table({ caption: t("pc.schools"), rows: c.schools, testid: "committee-schools", columns: [
      { label: t("pc.school"), value: (s) => names[s.school] || s.school }, { label: t("pc.esa"), value: (s) => s.esa }] }))]);
}

export const routes = [{ path: "/provinces/:province/supervision-committee", render: renderCommittee }];
