// Teachers honoured for excellent work (sandbox manual, item 4.6: ยกย่องเชิดชูเกียรติครูที่มี
// ผลงานที่เป็นเลิศ): the ESA's list of the year, and the form of the ESA director or the
// province's driving committee. A school sees its own teachers on its page.

import { h, append } from "../core/dom.js";
import { t, define } from "../core/i18n.js";
import { api, until } from "../core/api.js";
import { formatDate, isoDay } from "../core/thai.js";
import { grants } from "../core/session.js";
import { navigate } from "../core/router.js";
import { form } from "../ui/form.js";
import { table } from "../ui/table.js";
import { evidencePicker } from "../ui/evidence.js";
import { addMenuItems } from "../ui/layout.js";
import { addSchoolSection } from "./school.js";
import { pageHead, card, chosenYear, yearFilter, schoolsOf, schoolNames, esaInfo, nameOf } from "./common.js";

define({
  "nav.teacher_honours": ["ยกย่องเชิดชูเกียรติครู", "Honoured teachers"],
  "th.title": ["การยกย่องเชิดชูเกียรติครูที่มีผลงานที่เป็นเลิศ", "Teachers honoured for excellent work"],
  "th.list": ["ครูที่ได้รับการยกย่องเชิดชูเกียรติ", "Honoured teachers"],
  "th.add": ["บันทึกการยกย่องเชิดชูเกียรติ", "Record an honour"],
  "th.school": ["โรงเรียน", "School"],
  "th.teacher": ["ชื่อครู", "Teacher"],
  "th.position": ["ตำแหน่ง", "Position"],
  "th.work": ["ผลงานที่เป็นเลิศ", "Excellent work"],
  "th.subject": ["กลุ่มสาระการเรียนรู้", "Learning area"],
  "th.honour": ["ชื่อรางวัล/การยกย่อง", "Honour"],
  "th.awarded_on": ["วันที่ยกย่อง", "Awarded on"],
  "th.by": ["ผู้ยกย่อง", "Awarded by"],
  "th.by.esa_director": ["ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา", "ESA director"],
  "th.by.driving_committee": ["คณะกรรมการขับเคลื่อนพื้นที่นวัตกรรมการศึกษาจังหวัด", "Provincial driving committee"],
  "th.evidence": ["หลักฐานผลงาน", "Evidence"],
});

const base = (esa) => `/v1/esas/${encodeURIComponent(esa)}`;
const provinceOf = (esa) => esa.slice(0, esa.lastIndexOf("-"));
addMenuItems((g) => (["supervisor", "esa_director"].includes(g.role) && g.level === "esa" ? [[`/esas/${g.id}/teacher-honours`, "nav.teacher_honours"]] : []));

const flat = (docs) => docs.flatMap((d) => d.honours.map((x) => ({ ...x, school: d.school })))
  .sort((a, b) => String(b.awarded_on).localeCompare(a.awarded_on));

export function honoursTable(rows, names, testid = "teacher-honours") {
  return table({ caption: t("th.list"), rows, testid, columns: [
    { label: t("th.teacher"), value: (x) => x.teacher },
    { label: t("th.school"), value: (x) => names[x.school] || x.school },
    { label: t("th.work"), value: (x) => x.work_th },
    { label: t("th.honour"), value: (x) => x.title_th },
    { label: t("th.awarded_on"), value: (x) => formatDate(x.awarded_on) },
    { label: t("th.by"), value: (x) => t(`th.by.${x.awarded_by}`) }] });
}

function honourForm(esa, year, schools, names, count) {
  return form({
    testid: "teacher-honour", submit: "th.add",
    fields: [{ name: "school", label: "th.school", type: "select", options: schools.map((s) => ({ value: s.school, label: names[s.school] })) },
      { name: "teacher", label: "th.teacher", required: true, maxlength: 300 },
      { name: "position", label: "th.position", maxlength: 300 },
      { name: "work_th", label: "th.work", required: true, maxlength: 300 },
      { name: "subject_area", label: "th.subject", maxlength: 300 },
      { name: "title_th", label: "th.honour", required: true, maxlength: 300 },
      { name: "awarded_on", label: "th.awarded_on", type: "date", required: true, value: isoDay() },
      { name: "evidence", label: "th.evidence", type: "custom", render: (label, id) => evidencePicker(label, id) }],
    onSubmit: ({ school, ...v }) => api.post("supervision", `${base(esa)}/schools/${school}/teacher-honours/${year}`, v),
    onDone: async () => {
      await until(() => api.get("supervision", `${base(esa)}/teacher-honours`, { year }), (l) => flat(l).length > count);
      navigate(location.pathname + location.search, { replaceState: true });
    },
  });
}

async function renderHonours(view, { esa }, query) {
  const year = chosenYear(query);
  const [docs, schools, info] = await Promise.all([api.get("supervision", `${base(esa)}/teacher-honours`, { year }), schoolsOf(esa), esaInfo(esa)]);
  const names = schoolNames(schools);
  const rows = flat(docs);
  const may = grants().some((g) => (g.role === "esa_director" && g.id === esa) || (g.role === "driving_committee" && g.id === provinceOf(esa)));
  append(view, [pageHead(t("th.title"), { lead: nameOf(info) }), yearFilter(query),
    card(t("th.list"), honoursTable(rows, names), may ? h("details", {}, h("summary", {}, t("th.add")), honourForm(esa, year, schools, names, rows.length)) : null)]);
}

addSchoolSection(async (view, { school, esa, own }) => {
  if (!own) return;
  const year = chosenYear(new URLSearchParams(location.search));
  const docs = await api.get("supervision", `${base(esa)}/teacher-honours`, { year });
  if (docs.length) view.append(card(t("th.list"), honoursTable(flat(docs), schoolNames(await schoolsOf(esa)), "school-teacher-honours")));
});

export const routes = [{ path: "/esas/:esa/teacher-honours", render: renderHonours }];
