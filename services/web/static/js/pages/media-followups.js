// Step 5 of the media process, form 5 (แบบบันทึกผลการนิเทศ ติดตามการใช้/การบริการใช้สื่อ): a
// supervisor records how a school uses its media and the media service, naming the school's
// production records, the services it received and the model media sent to it; the school
// reads the follow-ups about it on its own page.

import { h, append } from "../core/dom.js";
import { t, define, number } from "../core/i18n.js";
import { api, until } from "../core/api.js";
import { formatDate, isoDay } from "../core/thai.js";
import { grantsOf } from "../core/session.js";
import { navigate } from "../core/router.js";
import { form } from "../ui/form.js";
import { table, badge } from "../ui/table.js";
import { addMenuItems } from "../ui/layout.js";
import { addSchoolSection } from "./school.js";
import { pageHead, card, chosenYear, yearFilter, esaInfo, schoolsOf, schoolNames, nameOf } from "./common.js";
import { qualityPoints } from "./scale-terms.js";
import "./supervision-terms.js";

const ASPECTS = ["teaching", "sufficiency", "care", "learners", "service"];
const USES = ["in_use", "partly", "not_used"];

define({
  "nav.media_followups": ["นิเทศการใช้สื่อ", "Media follow-ups"],
  "mf.title": ["การนิเทศ ติดตามการใช้สื่อและการบริการสื่อ (แบบ 5)", "Follow-ups of the use of media and the media service (form 5)"],
  "mf.list": ["บันทึกผลการนิเทศ ติดตาม", "Follow-ups recorded"],
  "mf.record": ["บันทึกผลการนิเทศ ติดตาม", "Record a follow-up"],
  "mf.choose_school": ["เลือกโรงเรียนที่นิเทศ", "Choose the school"],
  "mf.school": ["โรงเรียน", "School"],
  "mf.field.visited_on": ["วันที่นิเทศ", "Day of the follow-up"],
  "mf.field.mode": ["รูปแบบการนิเทศ", "How"],
  "mf.field.findings": ["สิ่งที่พบ", "What was found"],
  "mf.field.recommendations": ["ข้อเสนอแนะ", "Recommendations"],
  "mf.aspects_help": ["ระดับในแต่ละประเด็น: 4 ดีเยี่ยม · 3 ดี · 2 พอใช้ · 1 ปรับปรุง (ให้ระดับอย่างน้อยหนึ่งประเด็น)", "Each aspect: 4 excellent · 3 good · 2 fair · 1 needs improvement (at least one)"],
  "mf.aspect_needed": ["กรุณาให้ระดับอย่างน้อยหนึ่งประเด็น", "Score at least one aspect."],
  "mf.not_looked": ["ไม่ได้ติดตามรายการนี้", "Not looked at"],
  "mf.col.day": ["วันที่", "Day"],
  "mf.col.level": ["ผลการนิเทศ", "Result"],
  "mf.col.uses": ["การใช้สื่อและบริการ", "Use of media and services"],
  "mf.col.findings": ["สิ่งที่พบ / ข้อเสนอแนะ", "Found / recommended"],
  "mf.future": ["วันที่นิเทศต้องไม่เลยวันนี้", "The day must not be after today."],
  "mf.school_title": ["ผลการนิเทศ ติดตามการใช้สื่อของโรงเรียน", "Follow-ups of the school's use of media"],
  "mf.aspect.teaching": ["การนำสื่อไปใช้ในการจัดการเรียนรู้", "Use of media in teaching"],
  "mf.aspect.sufficiency": ["ความเพียงพอและความพร้อมใช้ของสื่อ", "Media enough and ready to use"],
  "mf.aspect.care": ["การดูแล จัดเก็บ และซ่อมบำรุงสื่อ", "Care, storage and repair"],
  "mf.aspect.learners": ["ผลที่เกิดกับผู้เรียน", "Effect on learners"],
  "mf.aspect.service": ["การใช้บริการสื่อของเขตพื้นที่", "Use of the ESA's media service"],
  "mf.use.in_use": ["นำไปใช้แล้ว", "In use"],
  "mf.use.partly": ["ใช้บางส่วน", "Partly used"],
  "mf.use.not_used": ["ยังไม่ได้ใช้", "Not used yet"],
});

// The kinds of records a follow-up names (form 3 productions, form 4 services, step 3 media).
const KINDS = {
  production: ["ผลงาน", "Production"],
  service_request: ["บริการที่ได้รับ", "Service received"],
  model_media: ["สื่อต้นแบบ", "Model media"],
};
define(Object.fromEntries(Object.entries(KINDS).map(([k, pair]) => [`mf.kind.${k}`, pair])));

const base = (esa) => `/v1/esas/${encodeURIComponent(esa)}`;
const refresh = () => navigate(location.pathname + location.search, { replaceState: true });

addMenuItems((g) => (g.role === "supervisor" && g.level !== "cluster" ? [[`/esas/${g.id}/media-followups`, "nav.media_followups"]] : []));

/** The records of the school a follow-up may name: its productions, services received, model media. */
async function recordsOf(esa, school) {
  const [productions, requests, dispatches] = await Promise.all([
    api.get("needs", `${base(esa)}/productions`, { school }), api.get("needs", `${base(esa)}/service-requests`, { school }),
    api.get("needs", `${base(esa)}/model-media`)]);
  return [...productions.filter((p) => !p.withdrawn).map((p) => ({ kind: "production", id: p.production_id, title: p.title })),
    ...requests.filter((r) => r.status === "fulfilled").map((r) => ({ kind: "service_request", id: r.request_id, title: r.details })),
    ...dispatches.filter((d) => (d.targets || {})[school]).map((d) => ({ kind: "model_media", id: d.dispatch_id, title: d.title }))];
}

function followupForm(esa, school, linked, count) {
  const useField = (r, i) => {
    const [th, en] = KINDS[r.kind];
    define({ [`mf.link.${i}`]: [`การนำไปใช้: ${th} — ${r.title}`, `Use of: ${en} — ${r.title}`] });
    return { name: `uses.${i}`, label: `mf.link.${i}`, type: "select", value: "",
      options: [{ value: "", label: t("mf.not_looked") }, ...USES.map((u) => ({ value: u, label: t(`mf.use.${u}`) }))] };
  };
  return form({
    testid: "media-followup", submit: "mf.record", intro: t("mf.aspects_help"),
    fields: [{ name: "visited_on", label: "mf.field.visited_on", type: "date", required: true, value: isoDay(), check: (d) => (d && d > isoDay() ? t("mf.future") : null) },
      { name: "mode", label: "mf.field.mode", type: "select", options: ["on_site", "online"].map((m) => ({ value: m, label: t(`mode.${m}`) })) },
      ...ASPECTS.map((a) => ({ name: `aspects.${a}`, label: `mf.aspect.${a}`, type: "radios", scale: true, options: qualityPoints() })),
      ...linked.map(useField),
      { name: "findings", label: "mf.field.findings", type: "textarea", required: true, maxlength: 2000 },
      { name: "recommendations", label: "mf.field.recommendations", type: "textarea", maxlength: 2000 }],
    checks: (v) => (Object.values(v.aspects || {}).some(Boolean) ? [] : [{ field: `aspects.${ASPECTS[0]}`, message: t("mf.aspect_needed") }]),
    onSubmit: ({ aspects, uses, ...rest }) => api.post("needs", `${base(esa)}/schools/${school}/media-followups`, {
      ...rest,
      aspects: Object.entries(aspects || {}).filter(([, s]) => s).map(([aspect, score]) => ({ aspect, score: Number(score) })),
      uses: Object.entries(uses || {}).filter(([, u]) => u).map(([i, use]) => ({ kind: linked[i].kind, id: linked[i].id, use })),
    }),
    onDone: async () => { await until(() => api.get("needs", `${base(esa)}/media-followups`), (l) => l.length > count); refresh(); },
  });
}

function followupsTable(list, names, caption, testid) {
  return table({ caption, rows: list, testid, columns: [
    { label: t("mf.school"), value: (f) => names[f.school] || f.school },
    { label: t("mf.col.day"), value: (f) => `${formatDate(f.visited_on)} · ${t(`mode.${f.mode}`)}` },
    { label: t("mf.col.level"), value: (f) => badge(`${t(`level.${f.quality_level}`)} (${number(f.mean, 2)})`, "ok") },
    { label: t("mf.col.uses"), value: (f) => h("ul", {}, f.uses.map((u) => h("li", {}, `${t(`mf.kind.${u.kind}`)} ${u.title}: ${t(`mf.use.${u.use}`)}`))) },
    { label: t("mf.col.findings"), value: (f) => [h("div", {}, f.findings), f.recommendations ? h("div", { class: "muted" }, f.recommendations) : null] },
  ] });
}

function schoolChooser(schools, chosen) {
  const select = h("select", { id: "mf-school", "data-testid": "followup-school", onchange: (e) => navigate(`${location.pathname}?school=${e.currentTarget.value}`) },
    h("option", { value: "" }, t("mf.choose_school")), schools.map((s) => h("option", { value: s.school, selected: s.school === chosen }, nameOf(s) || s.school)));
  return h("p", {}, h("label", { for: "mf-school" }, t("mf.school")), " ", select);
}

async function renderFollowups(view, { esa }, query) {
  const year = chosenYear(query);
  const school = query.get("school");
  const [list, info, schools] = await Promise.all([api.get("needs", `${base(esa)}/media-followups`, { year }), esaInfo(esa), schoolsOf(esa)]);
  const sup = grantsOf("supervisor").some((g) => g.id === esa);
  const names = schoolNames(schools);
  const recording = sup ? [schoolChooser(schools, school), school ? followupForm(esa, school, await recordsOf(esa, school), list.length) : null] : null;
  append(view, [pageHead(t("mf.title"), { lead: nameOf(info) }), yearFilter(query),
    card(t("mf.list"), followupsTable(list, names, t("mf.list"), "media-followups")),
    recording ? card(t("mf.record"), ...recording) : null]);
}

addSchoolSection(async (view, { school, esa, own }) => {
  if (!own) return;
  const list = await api.get("needs", `${base(esa)}/media-followups`, { school });
  view.append(card(t("mf.school_title"), followupsTable(list, {}, t("mf.school_title"), "school-media-followups")));
});

export const routes = [{ path: "/esas/:esa/media-followups", render: renderFollowups }];
