// Supervision visits: the list of a semester, logging a visit (from a phone in a school, with
// or without a connection: the form is kept on the device as it is written and sent when it
// can be, see core/outbox.js), and a visit's record (visit-detail.js).

import { h, append } from "../core/dom.js";
import { t, define } from "../core/i18n.js";
import { api, until, ApiError } from "../core/api.js";
import { formatDate, formatDateTime, semester as semesterNow, isoDay } from "../core/thai.js";
import { drafts, draft, save, submit, refusalOf } from "../core/outbox.js";
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
import { draftsCard } from "./drafts.js";

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
  "visit.kept_offline": ["ไม่มีสัญญาณ: บันทึกไว้ในเครื่องแล้ว จะส่งเองเมื่อกลับมาออนไลน์", "No connection: kept on this device, sent when the connection returns."],
  "visit.restored": ["เขียนต่อจากร่างที่เริ่มไว้เมื่อ {at}", "Continuing the draft begun {at}"],
});

const base = (esa) => `/v1/esas/${encodeURIComponent(esa)}`;

function chosenSemester(query) {
  const s = Number(query.get("semester"));
  return s === 1 || s === 2 ? s : semesterNow();
}

async function renderList(view, { esa }, query) {
  const year = chosenYear(query);
  const sem = chosenSemester(query);
  const [visits, schools, drafts] = await Promise.all([
    api.get("supervision", `${base(esa)}/visits`, { year, semester: sem }), schoolsOf(esa), draftsCard(esa)]);
  const names = schoolNames(schools);
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
    drafts,
    card(null, table({ caption: t("visits.title"), testid: "visits", rows: visits.sort((a, b) => String(b.occurred_at).localeCompare(a.occurred_at)),
      columns: [
        { label: t("visits.col.day"), value: (v) => h("a", { href: `/esas/${esa}/visits/${v.visit_id}` }, formatDate(v.occurred_on)) },
        { label: t("visits.col.school"), value: (v) => names[v.school] || v.school },
        { label: t("visits.col.focus"), value: (v) => v.focus },
        { label: t("visits.col.status"), value: (v) => badge(t(`vstatus.${v.status}`), v.status === "acknowledged" ? "ok" : v.status === "disputed" ? "err" : "warn") },
      ] }))]);
}

function pad(n) {
  return String(n).padStart(2, "0");
}

/** The fields of a visit record (also what a draft restores). */
function visitFields(schools, start) {
  return [
    { name: "school", label: "visit.school", type: "select", required: true, value: start.school || "",
      options: schools.map((s) => ({ value: s.school, label: nameOf(s) })) },
    { name: "mode", label: "visit.mode", type: "select", options: options(MODES, "mode"), value: start.mode || "on_site" },
    { name: "day", label: "visit.day", type: "date", required: true, value: start.day },
    { name: "time", label: "visit.time", type: "time", value: start.time },
    { name: "focus", label: "visit.focus", required: true, maxlength: 300, value: start.focus || "" },
    { name: "policies", label: "visit.policies", type: "checkboxes", required: true, options: options(POLICIES, "policy"), value: start.policies || ["media_technology"] },
    { name: "project", label: "visit.project", maxlength: 300, value: start.project || "" },
    { name: "findings", label: "visit.findings", type: "textarea", rows: 4, maxlength: 4000, value: start.findings || "" },
    { name: "recommendations", label: "visit.recommendations", type: "textarea", rows: 3, maxlength: 4000, value: start.recommendations || "" },
    { name: "action_items", label: "visit.items", type: "custom", render: (label) => actionItems(label, start.action_items || []) },
    { name: "evidence", label: "visit.evidence", type: "custom", render: (label, id) => evidencePicker(label, id, { kept: start.evidence || [] }) },
  ];
}

/** The draft this form continues: the one asked for, else the last unfinished one. */
async function startingDraft(esa, query) {
  const wanted = query.get("draft");
  const mine = (await drafts()).filter((d) => d.esa === esa && d.kind === "visit");
  if (wanted) return mine.find((d) => d.id === wanted && d.state !== "sent") || null;
  return mine.filter((d) => d.state === "editing").at(-1) || null;
}

async function renderNew(view, { esa }, query) {
  if (!grantsOf("supervisor").some((g) => g.id === esa)) throw notFound();
  // The ESA's observation forms are read too, so that they are on the phone for a visit
  // written without coverage (observations of it can then be written offline as well).
  const [schools, restored, list] = await Promise.all([schoolsOf(esa), startingDraft(esa, query), draftsCard(esa),
    api.get("supervision", `${base(esa)}/rubrics`).catch(() => [])]);
  const now = new Date();
  const id = restored ? restored.id : crypto.randomUUID();
  const writtenAt = restored ? restored.written_at : now.toISOString();
  const start = restored ? restored.values : {
    school: query.get("school") || "", day: isoDay(now), time: `${pad(now.getHours())}:${pad(now.getMinutes())}`,
  };
  const names = schoolNames(schools);
  const context = { planned_visit_id: query.get("planned") || restored?.context?.planned_visit_id, follow_up_id: query.get("follow_up") || restored?.context?.follow_up_id };
  let el = null;
  const autosave = debounce(async () => {
    const kept = await draft(id);
    if (kept && kept.state !== "editing" && kept.state !== "refused") return; // already sent or waiting: frozen
    const values = el.values();
    await save({ id, kind: "visit", state: "editing", esa, visit_id: id, values, context, written_at: writtenAt,
      title: `${names[values.school] || ""} — ${values.focus || ""}` });
  }, 400);
  el = form({
    testid: "visit-form",
    submit: "visit.save",
    fields: visitFields(schools, start),
    saved: (d) => t(d.state === "sent" ? "form.saved" : "visit.kept_offline"),
    onSubmit: (v, key) => {
      autosave.cancel();
      const { day, time, ...rest } = v;
      const body = { ...rest, visit_id: id, occurred_at: `${day}T${time || "09:00"}:00+07:00`, drafted_at: new Date().toISOString() };
      for (const [k, value] of Object.entries(context)) if (value) body[k] = value;
      return submit({ id, kind: "visit", esa, visit_id: id, method: "POST", service: "supervision", path: `${base(esa)}/visits`,
        body, key, values: v, context, written_at: writtenAt, title: `${names[v.school] || v.school} — ${v.focus}` });
    },
    onDone: async (d) => {
      if (d.state === "sent") await until(() => api.get("supervision", `${base(esa)}/visits/${id}`));
      navigate(`/esas/${esa}/visits/${id}`);
    },
  });
  el.addEventListener("input", autosave);
  el.addEventListener("change", autosave);
  append(view, [pageHead(t("visits.new"), { back: `/esas/${esa}/visits` }),
    restored ? h("p", { class: "alert warn", role: "status", "data-testid": "restored" }, t("visit.restored", { at: formatDateTime(restored.written_at) })) : null,
    card(null, el), list]);
  if (restored?.state === "refused" && restored.error) el.showRefusal(refusalOf(restored));
}

function debounce(fn, ms) {
  let timer = null;
  const run = () => { clearTimeout(timer); timer = setTimeout(fn, ms); };
  run.cancel = () => clearTimeout(timer);
  return run;
}

function notFound() {
  return new ApiError(404, { code: "not_found", message: "ไม่พบข้อมูลที่ต้องการ", message_en: "Not found." });
}

export const routes = [
  { path: "/esas/:esa/visits", render: renderList },
  { path: "/esas/:esa/visits/new", render: renderNew },
  { path: "/esas/:esa/visits/:visit", render: visitDetail },
];
