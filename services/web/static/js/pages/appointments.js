// What the pages of appointed committees and teams share: the members of an order (คำสั่ง
// แต่งตั้ง) as a growing list of rows, the order's fields, and the order shown as a table.

import { h } from "../core/dom.js";
import { t, define } from "../core/i18n.js";
import { formatDate, isoDay } from "../core/thai.js";
import { table } from "../ui/table.js";
import { rowsField } from "./row-fields.js";
import { options } from "./supervision-terms.js";

define({
  "appt.order_no": ["เลขที่คำสั่ง", "Order number"],
  "appt.appointed_on": ["วันที่สั่ง", "Ordered on"],
  "appt.members": ["รายชื่อคณะกรรมการ", "Members"],
  "appt.member_n": ["กรรมการคนที่ {n}", "Member {n}"],
  "appt.add": ["+ เพิ่มกรรมการ", "+ Add a member"],
  "appt.name": ["ชื่อ-สกุล", "Name"],
  "appt.position": ["ตำแหน่ง", "Position"],
  "appt.role": ["บทบาทในคณะ", "Role"],
  "appt.sector": ["ภาคส่วน", "Sector"],
  "appt.person": ["รหัสผู้ใช้ในระบบ (ถ้ามี)", "Person id in Nithet (if any)"],
  "appt.person_help": ["กรรมการที่มีรหัสผู้ใช้บันทึกงานของคณะในระบบได้", "Members with a person id record the committee's work here"],
  "appt.none": ["ยังไม่มีคำสั่งแต่งตั้ง", "Not appointed yet"],
  "role.chair": ["ประธานกรรมการ", "Chair"],
  "role.vice_chair": ["รองประธานกรรมการ", "Vice-chair"],
  "role.member": ["กรรมการ", "Member"],
  "role.secretary": ["กรรมการและเลขานุการ", "Member and secretary"],
  "msector.esa": ["สำนักงานเขตพื้นที่การศึกษา", "ESA office"],
  "msector.school": ["สถานศึกษา", "School"],
  "msector.public": ["ภาครัฐ", "Public sector"],
  "msector.private": ["ภาคเอกชน", "Private sector"],
  "msector.community": ["ชุมชน/ประชาสังคม", "Community"],
  "msector.academic": ["สถาบันการศึกษา", "Academic institution"],
});

export const ROLES = ["chair", "vice_chair", "member", "secretary"];
export const SECTORS = ["esa", "school", "public", "private", "community", "academic"];

/** The members of an order as rows to fill; its `value` is the list the services take. */
export function membersField(label, initial = []) {
  return rowsField(label, {
    add: "appt.add",
    numbered: "appt.member_n",
    initial,
    parts: [
      { name: "name", label: "appt.name", maxlength: 300 },
      { name: "position", label: "appt.position", maxlength: 300 },
      { name: "role", label: "appt.role", type: "select", options: options(ROLES, "role"), value: (m, n) => m.role || (n ? "member" : "chair") },
      { name: "sector", label: "appt.sector", type: "select", options: options(SECTORS, "msector"), value: (m) => m.sector || "esa" },
      { name: "person", label: "appt.person", help: "appt.person_help", maxlength: 120 },
    ],
    read: ({ person, ...m }) => (person ? { ...m, person } : m),
  });
}

/** The fields of an appointment: the order's number and day, and its members. */
export function appointmentFields(current) {
  return [
    { name: "order_no", label: "appt.order_no", required: true, maxlength: 60, value: current?.order_no || "" },
    { name: "appointed_on", label: "appt.appointed_on", type: "date", required: true, value: current?.appointed_on || isoDay() },
    { name: "members", label: "appt.members", type: "custom", render: (label) => membersField(label, current?.members || []) },
  ];
}

/** An order as people read it: its number and day, then its members. */
export function appointmentTable(caption, order, testid) {
  if (!order) return h("p", { class: "muted", "data-testid": testid }, t("appt.none"));
  return h("div", { "data-testid": testid },
    h("p", {}, `${t("appt.order_no")} ${order.order_no} — ${formatDate(order.appointed_on)}`),
    table({ caption, rows: order.members, columns: [
      { label: t("appt.name"), value: (m) => m.name },
      { label: t("appt.position"), value: (m) => m.position },
      { label: t("appt.role"), value: (m) => t(`role.${m.role}`) },
      { label: t("appt.sector"), value: (m) => t(`msector.${m.sector}`) },
    ] }));
}
