// Supervision visits: the list of a semester, logging a visit (from a phone in a school),
// and a visit's record with observations, action items and the school's answer.

import { h, append } from "../core/dom.js";
import { t, define } from "../core/i18n.js";
import { api, until } from "../core/api.js";
import { formatDate, semester as semesterNow, isoDay } from "../core/thai.js";
import { grantsOf } from "../core/session.js";
import { navigate } from "../core/router.js";
import { form } from "../ui/form.js";
import { table, badge } from "../ui/table.js";
import { actionItems } from "../ui/items.js";
import { evidencePicker } from "../ui/evidence.js";
import { semesterPicker } from "../ui/pickers.js";
import { pageHead, card, chosenYear, yearFilter, schoolsOf, schoolNames, nameOf } from "./common.js";
import { MODES, POLICIES, options } from "./supervision-terms.js";
import { visitDetail } from "./visit-detail.js";

define({
  "visits.title": ["การนิเทศ", "Supervision visits"],
  "visits.new": ["บันทึกการนิเทศ", "Log a visit"],
  "visits.semester": ["ภาคเรียน", "Semester"],
  "visits.col.day": ["วันที่นิเทศ", "Day"],
  "visits.col.school": ["โรงเรียน", "School"],
  "visits.col.focus": ["ประเด็นการนิเทศ", "Focus"],
  "visits.col.status": ["สถานะ", "Status"],
  "visit.school": ["โรงเรียนที่นิเทศ", "School visited"],
  "visit.mode": ["รูปแบบการนิเทศ", "Mode"],
  "visit.day": ["วันที่นิเทศ", "Day of the visit"],
  "visit.time": ["เวลา", "Time"],
  "visit.focus": ["ประเด็น/จุดเน้นการนิเทศ", "Focus of the visit"],
  "visit.policies": ["เชื่อมโยงนโยบาย/โครงการ", "Policies and projects served"],
  "visit.project": ["โครงการ (ถ้ามี)", "Project (if any)"],
  "visit.findings": ["ผลการนิเทศ (สิ่งที่พบ)", "Findings"],
  "visit.recommendations": ["ข้อเสนอแนะ", "Recommendations"],
  "visit.items": ["ข้อตกลงที่ต้องติดตาม", "Agreed action items"],
  "visit.evidence": ["หลักฐาน", "Evidence"],
  "visit.save": ["บันทึกการนิเทศ", "Save the visit"],
});

const base = (esa) => `/v1/esas/${encodeURIComponent(esa)}`;

function chosenSemester(query) {
  const s = Number(query.get("semester"));
  return s === 1 || s === 2 ? s : semesterNow();
}

async function renderList(view, { esa }, query) {
  const year = chosenYear(query);
  const sem = chosenSemester(query);
  const visits = await api.get("supervision", `${base(esa)}/visits`, { year, semester: sem });
  const names = schoolNames(await schoolsOf(esa));
  const sup = grantsOf("supervisor").some((g) => g.id === esa);
  const semPick = semesterPicker({ label: t("visits.semester"), value: sem, year });
  semPick.querySelector("select").addEventListener("change", (e) => {
    const url = new URL(location.href);
    url.searchParams.set("semester", e.target.value);
    navigate(url.pathname + url.search, { replaceState: true });
  });
  const filters = yearFilter(query);
  filters.append(semPick);
  append(view, [pageHead(t("visits.title"), { actions: sup ? h("a", { class: "button", href: `/esas/${esa}/visits/new` }, t("visits.new")) : null }), filters,
    card(null, table({ caption: t("visits.title"), testid: "visits", rows: visits.sort((a, b) => String(b.occurred_at).localeCompare(a.occurred_at)),
      columns: [
        { label: t("visits.col.day"), value: (v) => h("a", { href: `/esas/${esa}/visits/${v.visit_id}` }, formatDate(v.occurred_on)) },
        { label: t("visits.col.school"), value: (v) => names[v.school] || v.school },
        { label: t("visits.col.focus"), value: (v) => v.focus },
        { label: t("visits.col.status"), value: (v) => badge(t(`vstatus.${v.status}`), v.status === "acknowledged" ? "ok" : v.status === "disputed" ? "err" : "warn") },
      ] }))]);
}

async function renderNew(view, { esa }, query) {
  await api.get("supervision", `${base(esa)}/rubrics`);
  const schools = await schoolsOf(esa);
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  append(view, [pageHead(t("visits.new"), { back: `/esas/${esa}/visits` }), card(null, form({
    testid: "visit-form",
    submit: "visit.save",
    fields: [
      { name: "school", label: "visit.school", type: "select", required: true, value: query.get("school") || "",
        options: schools.map((s) => ({ value: s.school, label: nameOf(s) })) },
      { name: "mode", label: "visit.mode", type: "select", options: options(MODES, "mode"), value: "on_site" },
      { name: "day", label: "visit.day", type: "date", required: true, value: isoDay(now) },
      { name: "time", label: "visit.time", type: "time", value: `${pad(now.getHours())}:${pad(now.getMinutes())}` },
      { name: "focus", label: "visit.focus", required: true, maxlength: 300 },
      { name: "policies", label: "visit.policies", type: "checkboxes", options: options(POLICIES, "policy"), value: ["media_technology"] },
      { name: "project", label: "visit.project", maxlength: 300 },
      { name: "findings", label: "visit.findings", type: "textarea", rows: 4, maxlength: 4000 },
      { name: "recommendations", label: "visit.recommendations", type: "textarea", rows: 3, maxlength: 4000 },
      { name: "action_items", label: "visit.items", type: "custom", render: (label) => actionItems(label) },
      { name: "evidence", label: "visit.evidence", type: "custom", render: (label, id) => evidencePicker(label, id) },
    ],
    onSubmit: (v) => {
      const { day, time, ...body } = v;
      body.occurred_at = `${day}T${time || "09:00"}:00+07:00`;
      body.drafted_at = new Date().toISOString();
      if (query.get("planned")) body.planned_visit_id = query.get("planned");
      if (query.get("follow_up")) body.follow_up_id = query.get("follow_up");
      return api.post("supervision", `${base(esa)}/visits`, body);
    },
    onDone: async (result) => {
      const id = result.visit_id || result.stream?.replace(/^visit-/, "");
      await until(() => api.get("supervision", `${base(esa)}/visits/${id}`));
      navigate(`/esas/${esa}/visits/${id}`);
    },
  }))]);
}

export const routes = [
  { path: "/esas/:esa/visits", render: renderList },
  { path: "/esas/:esa/visits/new", render: renderNew },
  { path: "/esas/:esa/visits/:visit", render: visitDetail },
];


