// A semester's supervision plan: which supervisor looks after which school (assign a cluster
// or schools to oneself), the visits planned, and whether each has been carried out.

import { h, append } from "../core/dom.js";
import { t, define } from "../core/i18n.js";
import { api, until } from "../core/api.js";
import { formatDate, semester as semesterNow, semesterBounds, isoDay } from "../core/thai.js";
import { session } from "../core/session.js";
import { navigate } from "../core/router.js";
import { form } from "../ui/form.js";
import { table, badge } from "../ui/table.js";
import { semesterPicker } from "../ui/pickers.js";
import { addMenuItems } from "../ui/layout.js";
import { pageHead, card, chosenYear, yearFilter, esaInfo, schoolsOf, schoolNames, nameOf } from "./common.js";
import { MODES, POLICIES, options } from "./supervision-terms.js";

define({
  "nav.plans": ["แผนการนิเทศ", "Supervision plan"],
  "plan.title": ["แผนการนิเทศรายภาคเรียน", "Semester supervision plan"],
  "plan.assignments": ["โรงเรียนและศึกษานิเทศก์ผู้รับผิดชอบ", "Schools and their supervisors"],
  "plan.col.supervisor": ["ศึกษานิเทศก์", "Supervisor"],
  "plan.unassigned": ["ยังไม่มีผู้รับผิดชอบ", "Unassigned"],
  "plan.assign": ["รับผิดชอบกลุ่มโรงเรียน", "Take a school cluster"],
  "plan.assign_submit": ["รับผิดชอบกลุ่มนี้", "Take this cluster"],
  "plan.planned": ["การนิเทศที่วางแผนไว้", "Planned visits"],
  "plan.col.planned_on": ["วันที่วางแผน", "Planned for"],
  "plan.col.done": ["ดำเนินการ", "Carried out"],
  "plan.done": ["นิเทศแล้ว", "Done"],
  "plan.log": ["บันทึกการนิเทศตามแผน", "Log this visit"],
  "plan.add": ["วางแผนการนิเทศ", "Plan a visit"],
  "plan.add_submit": ["บันทึกแผน", "Save the plan"],
  "plan.planned_on": ["วันที่จะนิเทศ", "Day of the visit"],
});

const base = (esa) => `/v1/esas/${encodeURIComponent(esa)}`;
addMenuItems((g) => (g.role === "supervisor" ? [[`/esas/${g.id}/plans`, "nav.plans"]] : []));

async function renderPlan(view, { esa }, query) {
  const year = chosenYear(query);
  const sem = Number(query.get("semester")) === 1 || Number(query.get("semester")) === 2 ? Number(query.get("semester")) : semesterNow();
  const path = `${base(esa)}/plans/${year}/${sem}`;
  const [plan, info, schools] = await Promise.all([api.get("supervision", path), esaInfo(esa), schoolsOf(esa)]);
  const names = schoolNames(schools);
  const me = session().claims.sub;
  const mine = Object.entries(plan.assignments).filter(([, a]) => a.supervisor === me).map(([s]) => s);
  const reload = async (accept) => { await until(() => api.get("supervision", path), accept); navigate(location.pathname + location.search, { replaceState: true }); };
  const semPick = semesterPicker({ label: t("visits.semester"), value: sem, year });
  semPick.querySelector("select").addEventListener("change", (e) => {
    const url = new URL(location.href);
    url.searchParams.set("semester", e.target.value);
    navigate(url.pathname + url.search, { replaceState: true });
  });
  const filters = yearFilter(query);
  filters.append(semPick);
  const [from, to] = semesterBounds(year, sem);
  const today = isoDay();
  const planned = Object.values(plan.planned).sort((a, b) => String(a.planned_on).localeCompare(b.planned_on));
  append(view, [pageHead(t("plan.title"), { lead: nameOf(info) }), filters,
    card(t("plan.assignments"), table({ caption: t("plan.assignments"), rows: schools, testid: "assignments", columns: [
      { label: t("visits.col.school"), value: (s) => nameOf(s) },
      { label: t("esa.col.cluster"), value: (s) => nameOf((info.clusters || []).find((c) => c.cluster === s.cluster)) || s.cluster },
      { label: t("plan.col.supervisor"), value: (s) => (plan.assignments[s.school] ? plan.assignments[s.school].supervisor_name || plan.assignments[s.school].supervisor : badge(t("plan.unassigned"), "warn")) },
    ] }), h("details", {}, h("summary", {}, t("plan.assign")), form({
      testid: "assign", submit: "plan.assign_submit",
      fields: [{ name: "cluster", label: "esa.col.cluster", type: "select", options: (info.clusters || []).map((c) => ({ value: c.cluster, label: nameOf(c) })) }],
      onSubmit: (v) => api.post("supervision", `${path}/assignments`, { cluster: v.cluster, supervisor_name: session().person?.name_th || "" }),
      onDone: () => reload((p) => Object.values(p.assignments).some((a) => a.supervisor === me && a.cluster === document.querySelector("[data-testid=assign] select").value)),
    }))),
    card(t("plan.planned"), table({ caption: t("plan.planned"), rows: planned, testid: "planned", columns: [
      { label: t("plan.col.planned_on"), value: (p) => formatDate(p.planned_on) },
      { label: t("visits.col.school"), value: (p) => names[p.school] || p.school },
      { label: t("visits.col.focus"), value: (p) => p.focus },
      { label: t("plan.col.done"), value: (p) => (p.visit_id ? h("a", { href: `/esas/${esa}/visits/${p.visit_id}` }, t("plan.done"))
        : h("a", { href: `/esas/${esa}/visits/new?school=${p.school}&planned=${p.planned_visit_id}` }, t("plan.log"))) },
    ] }), mine.length ? h("details", {}, h("summary", {}, t("plan.add")), form({
      testid: "plan-visit", submit: "plan.add_submit",
      fields: [{ name: "school", label: "visit.school", type: "select", options: mine.map((s) => ({ value: s, label: names[s] || s })) },
        { name: "planned_on", label: "plan.planned_on", type: "date", required: true, value: today >= from && today <= to ? today : from },
        { name: "mode", label: "visit.mode", type: "select", options: options(MODES, "mode") },
        { name: "focus", label: "visit.focus", required: true, maxlength: 300 },
        { name: "policies", label: "visit.policies", type: "checkboxes", options: options(POLICIES, "policy"), value: ["media_technology"] }],
      onSubmit: (v) => api.post("supervision", `${path}/planned-visits`, v),
      onDone: () => reload((p) => Object.keys(p.planned).length > planned.length),
    })) : null)]);
}

export const routes = [{ path: "/esas/:esa/plans", render: renderPlan }];
