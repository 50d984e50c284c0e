// Needs surveys: a supervisor opens a campaign for her ESA's schools, follows who has
// answered and moves an open campaign to a newer version of its template; a school answers
// (and may revise until the campaign closes).

import { h, append } from "../core/dom.js";
import { t, define, number } from "../core/i18n.js";
import { api, until, download } from "../core/api.js";
import { formatDate, formatDateTime, academicYear, isoDay } from "../core/thai.js";
import { grantsOf, SCHOOL_ROLES } from "../core/session.js";
import { navigate } from "../core/router.js";
import { form } from "../ui/form.js";
import { table, badge } from "../ui/table.js";
import { rateRing, barChart } from "../ui/charts.js";
import { errorBox } from "../ui/errors.js";
import { pageHead, card, chosenYear, yearFilter, esaInfo, schoolsOf, schoolNames, nameOf } from "./common.js";
import { surveyForm, answersView } from "./survey.js";
import { subjectLabel, categoryLabel } from "./needs-terms.js";

define({
  "campaigns.title": ["การสำรวจความต้องการสื่อ นวัตกรรม และเทคโนโลยีทางการศึกษา", "Needs surveys: media, innovation and educational technology"],
  "campaigns.list": ["แบบสำรวจของเขตพื้นที่", "The ESA's surveys"],
  "campaigns.open": ["เปิดการสำรวจใหม่", "Open a new survey"],
  "campaigns.col.title": ["ชื่อการสำรวจ", "Title"],
  "campaigns.col.year": ["ปีการศึกษา", "Year"],
  "campaigns.col.period": ["ช่วงเวลา", "Period"],
  "campaigns.col.answered": ["ตอบแล้ว", "Answered"],
  "campaigns.col.state": ["สถานะ", "State"],
  "campaigns.field.title": ["ชื่อการสำรวจ", "Survey title"],
  "campaigns.field.year": ["ปีการศึกษา", "Academic year"],
  "campaigns.field.opens": ["วันที่เปิด", "Opens on"],
  "campaigns.field.closes": ["วันที่ปิด (กำหนดส่ง)", "Closes on (deadline)"],
  "campaigns.field.target": ["โรงเรียนเป้าหมาย", "Target schools"],
  "campaigns.field.cluster": ["กลุ่มโรงเรียน", "School cluster"],
  "campaigns.target.all": ["ทุกโรงเรียนในเขตพื้นที่", "Every school of the ESA"],
  "campaigns.target.cluster": ["เฉพาะกลุ่มโรงเรียน", "One school cluster"],
  "campaigns.submit": ["เปิดการสำรวจ", "Open the survey"],
  "campaigns.default_title": ["สำรวจความต้องการใช้สื่อ นวัตกรรม และเทคโนโลยีทางการศึกษา ปีการศึกษา {year}", "Needs for media, innovation and educational technology, academic year {year}"],
  "campaign.responses": ["การตอบแบบสำรวจของโรงเรียน", "Schools' responses"],
  "campaign.rate": ["อัตราการตอบ", "Response rate"],
  "campaign.close": ["ปิดการสำรวจ", "Close the survey"],
  "campaign.closed_on": ["ปิดเมื่อ {date}", "Closed on {date}"],
  "campaign.col.school": ["โรงเรียน", "School"],
  "campaign.col.status": ["การตอบ", "Response"],
  "campaign.col.when": ["ส่งเมื่อ", "Sent"],
  "campaign.answered": ["ตอบแล้ว (ครั้งที่ {n})", "Answered (revision {n})"],
  "campaign.waiting": ["ยังไม่ตอบ", "Not yet"],
  "campaign.answer": ["ตอบแบบสำรวจ", "Answer the survey"],
  "campaign.my_answer": ["คำตอบของโรงเรียน", "Our answer"],
  "campaign.revise_note": ["ส่งแล้ว แก้ไขได้จนกว่าจะปิดการสำรวจ", "Sent; you may revise it until the survey closes."],
  "campaign.closed_note": ["การสำรวจนี้ปิดแล้ว", "This survey is closed."],
  "campaign.returned": ["เขตพื้นที่ส่งคำตอบกลับให้แก้ไข: {reason} (แก้ไขได้ถึง {date})", "Returned for correction: {reason} (correct it by {date})"],
  "campaign.needs_ranked": ["ความต้องการที่พบมากที่สุด", "Needs ranked"],
  "campaign.schools": ["โรงเรียน", "schools"],
  "campaign.export": ["ดาวน์โหลดคำตอบ (CSV)", "Download the answers (CSV)"],
  "campaign.remind": ["แจ้งเตือนโรงเรียนที่ยังไม่ตอบ", "Remind schools that have not answered"],
  "campaign.reminded": ["ส่งการแจ้งเตือนแล้ว", "Reminder sent"],
  "campaign.return": ["ส่งคำตอบกลับให้โรงเรียนแก้ไข", "Return a response for correction"],
  "campaign.return_reason": ["เหตุผล/สิ่งที่ต้องแก้ไข", "Reason and what to correct"],
  "campaigns.field.template": ["แบบสำรวจ (เครื่องมือ)", "Survey template"],
  "campaigns.version": ["ฉบับที่ {n}", "version {n}"],
  "campaigns.need_template": ["ยังไม่มีแบบสำรวจของเขตพื้นที่ เริ่มจากแบบสำรวจมาตรฐาน (แบบ 1) ได้ทันที", "The ESA has no survey template yet: start from the standard form 1."],
  "campaigns.standard": ["ใช้แบบสำรวจมาตรฐาน (แบบ 1)", "Use the standard survey (form 1)"],
  "campaigns.dates_reversed": ["วันปิดต้องไม่ก่อนวันเปิด", "The closing day must not be before the opening day."],
  "campaign.version": ["แบบสำรวจที่ใช้", "Survey version"],
  "campaign.version_now": ["ใช้แบบสำรวจ “{title}” ฉบับที่ {n}", "Uses “{title}”, version {n}"],
  "campaign.version_newer": ["แบบสำรวจนี้มีฉบับที่ใหม่กว่า (ฉบับที่ {n}) โรงเรียนที่ตอบแล้วยังคงคำตอบตามฉบับเดิม", "A newer version of this survey exists (version {n}); answers already sent keep their version."],
  "campaign.adopt": ["เปลี่ยนไปใช้ฉบับที่ {n}", "Move to version {n}"],
  "campaign.adopt_field": ["ฉบับที่จะใช้", "Version to use"],
  "campaign.adopted": ["เปลี่ยนเป็นฉบับที่ {n} แล้ว", "Now on version {n}"],
  "campaign.correct_by": ["ให้แก้ไขภายในวันที่ (ถ้าไม่ระบุ: 7 วัน)", "Correct by (default: a week)"],
});

const esaPath = (esa) => `/v1/esas/${encodeURIComponent(esa)}`;

/** The ESA's survey templates; null when the needs service asks for none (no such route). */
async function templatesOf(esa) {
  try {
    return await api.get("needs", `${esaPath(esa)}/survey-templates`);
  } catch (error) {
    if (error.status === 404) return null;
    throw error;
  }
}

function standardTemplateButton(esa) {
  return h("button", { type: "button", class: "secondary", "data-testid": "publish-standard", onclick: async (e) => {
    e.currentTarget.disabled = true;
    try {
      const standard = await api.get("needs", "/v1/needs/standard-survey");
      await api.post("needs", `${esaPath(esa)}/survey-templates`, { title_th: standard.title_th, questions: standard.questions });
      await until(() => templatesOf(esa), (list) => list && list.length > 0);
      navigate(location.pathname + location.search, { replaceState: true });
    } catch (error) {
      e.currentTarget.disabled = false;
      e.currentTarget.after(errorBox(error));
    }
  } }, t("campaigns.standard"));
}
const isSupervisor = (esa) => grantsOf("supervisor").some((g) => g.id === esa);

function campaignRow(esa) {
  return [
    { label: t("campaigns.col.title"), value: (c) => h("a", { href: `/esas/${esa}/campaigns/${c.campaign_id}` }, c.title) },
    { label: t("campaigns.col.year"), value: (c) => c.year },
    { label: t("campaigns.col.period"), value: (c) => `${formatDate(c.opens_on)} – ${formatDate(c.closes_on)}` },
    { label: t("campaigns.col.answered"), value: (c) => (c.targets ? `${number(Object.keys(c.responses || {}).length)} / ${number(Object.keys(c.targets).length)}` : (c.my_response ? "✓" : "–")) },
    { label: t("campaigns.col.state"), value: (c) => (c.closed ? badge(t("common.closed"), "muted") : badge(t("common.open"), "ok")) },
  ];
}

function openForm(esa, info, templates) {
  const year = academicYear();
  const clusters = (info.clusters || []).map((c) => ({ value: c.cluster, label: nameOf(c) }));
  const today = new Date();
  const later = new Date(today.getTime() + 30 * 86400000);
  return form({
    testid: "open-campaign",
    submit: "campaigns.submit",
    fields: [
      { name: "title", label: "campaigns.field.title", required: true, value: t("campaigns.default_title", { year }), maxlength: 300 },
      { name: "academic_year", label: "campaigns.field.year", type: "year", value: year },
      { name: "opens_on", label: "campaigns.field.opens", type: "date", required: true, value: isoDay(today) },
      { name: "closes_on", label: "campaigns.field.closes", type: "date", required: true, value: isoDay(later) },
      { name: "target.kind", label: "campaigns.field.target", type: "select", value: "cluster",
        options: [{ value: "all", label: t("campaigns.target.all") }, { value: "cluster", label: t("campaigns.target.cluster") }] },
      { name: "target.cluster", label: "campaigns.field.cluster", type: "select", options: clusters, value: clusters[0]?.value,
        required: true, showIf: (v) => v.target?.kind === "cluster" },
      ...(templates ? [{ name: "template_id", label: "campaigns.field.template", type: "select",
        options: templates.map((x) => ({ value: x.template_id, label: `${x.title_th} (${t("campaigns.version", { n: x.latest_version })})` })) }] : []),
    ],
    checks: (v) => (v.opens_on && v.closes_on && v.closes_on < v.opens_on
      ? [{ field: "closes_on", message: t("campaigns.dates_reversed") }] : []),
    onSubmit: (values) => api.post("needs", `${esaPath(esa)}/campaigns`, values),
    onDone: async (result) => {
      await until(() => api.get("needs", `${esaPath(esa)}/campaigns/${result.campaign_id}`));
      navigate(`/esas/${esa}/campaigns/${result.campaign_id}`);
    },
  });
}

async function renderList(view, { esa }, query) {
  const year = chosenYear(query);
  const sup = isSupervisor(esa);
  const [list, info, templates] = await Promise.all([api.get("needs", `${esaPath(esa)}/campaigns`, { year }), esaInfo(esa),
    sup ? templatesOf(esa) : null]);
  append(view, [pageHead(t("campaigns.title"), { lead: nameOf(info) }), yearFilter(query),
    card(t("campaigns.list"), table({ caption: t("campaigns.list"), columns: campaignRow(esa), rows: list, testid: "campaigns" }))]);
  if (sup) {
    view.append(card(t("campaigns.open"), templates && !templates.length
      ? h("div", {}, h("p", {}, t("campaigns.need_template")), standardTemplateButton(esa))
      : openForm(esa, info, templates)));
  }
}

function closeButton(view, esa, c) {
  return h("button", { type: "button", class: "secondary", "data-testid": "close-campaign", onclick: async (e) => {
    const b = e.currentTarget;
    b.disabled = true;
    try {
      await api.post("needs", `${esaPath(esa)}/campaigns/${c.campaign_id}/close`);
      await until(() => api.get("needs", `${esaPath(esa)}/campaigns/${c.campaign_id}`), (x) => x.closed);
      navigate(location.pathname, { replaceState: true });
    } catch (error) {
      b.after(errorBox(error));
      b.disabled = false;
    }
  } }, t("campaign.close"));
}

function supervisorDetail(view, esa, c, names) {
  const responses = c.responses || {};
  const targets = Object.keys(c.targets || {}).sort();
  const answered = targets.filter((s) => responses[s]).length;
  append(view, [card(t("campaign.rate"), h("div", { class: "split" },
    rateRing({ title: t("campaign.rate"), rate: targets.length ? answered / targets.length : 0, caption: ` ${number(answered)} / ${number(targets.length)}` }),
    c.closed ? h("p", {}, t("campaign.closed_on", { date: formatDate(c.closed_on) })) : (isSupervisor(esa) ? closeButton(view, esa, c) : null))),
  card(t("campaign.responses"), table({
    caption: t("campaign.responses"), testid: "responses", rows: targets,
    columns: [
      { label: t("campaign.col.school"), value: (s) => h("a", { href: `/schools/${s}` }, names[s] || c.targets[s]?.name_th || s) },
      { label: t("campaign.col.status"), value: (s) => (responses[s] ? badge(t("campaign.answered", { n: responses[s].revision }), "ok") : badge(t("campaign.waiting"), "warn")) },
      { label: t("campaign.col.when"), value: (s) => (responses[s] ? formatDateTime(responses[s].at) : "–") },
    ],
  }))]);
}

/** The survey version a campaign asks, and moving it to a newer version of its template. */
function versionCard(esa, c, template) {
  const latest = template ? template.latest_version : c.template_version;
  const parts = [h("p", { "data-testid": "campaign-version" }, t("campaign.version_now", { title: template ? template.title_th : "", n: c.template_version }))];
  if (template && latest > c.template_version && !c.closed && isSupervisor(esa)) {
    const versions = [];
    for (let n = latest; n > c.template_version; n -= 1) versions.push({ value: String(n), label: t("campaigns.version", { n }) });
    const path = `${esaPath(esa)}/campaigns/${c.campaign_id}`;
    parts.push(h("p", { class: "alert warn" }, t("campaign.version_newer", { n: latest })), form({
      testid: "adopt-version", submit: "campaign.adopt_submit",
      fields: [{ name: "template_version", label: "campaign.adopt_field", type: "select", value: String(latest), options: versions }],
      onSubmit: (v) => api.post("needs", `${path}/template-version`, { template_version: Number(v.template_version) }),
      onDone: async (_, v) => {
        await until(() => api.get("needs", path), (x) => x.template_version === Number(v.template_version));
        navigate(location.pathname, { replaceState: true });
      },
    }));
  }
  return card(t("campaign.version"), ...parts);
}
define({ "campaign.adopt_submit": ["เปลี่ยนฉบับของแบบสำรวจ", "Change the survey version"] });

async function quiet404(promise) {
  try {
    return await promise;
  } catch (error) {
    if (error.status === 404) return null;
    throw error;
  }
}

function schoolDetail(view, esa, c, school, shown, response) {
  const mine = c.my_response;
  const questions = shown ? shown.questions : undefined;
  const answers = response ? response.answers || response.latest?.answers : mine && mine.answers;
  if (mine && mine.status === "returned") {
    view.append(h("div", { class: "alert warn", role: "status" }, t("campaign.returned", { reason: mine.reason || "", date: formatDate(mine.correct_by) })));
  } else if (c.closed) view.append(h("p", { class: "alert warn" }, t("campaign.closed_note")));
  else if (mine) view.append(h("p", { class: "alert ok", role: "status" }, t("campaign.revise_note")));
  if (answers) view.append(card(t("campaign.my_answer"), answersView(answers, questions)));
  if (!c.closed || (mine && mine.status === "returned")) {
    view.append(card(t("campaign.answer"), surveyForm({
      questions,
      answers,
      onSubmit: (a) => api.put("needs", `${esaPath(esa)}/campaigns/${c.campaign_id}/responses/${school}`,
        shown ? { answers: a, template_version: shown.template_version } : { answers: a }),
      onDone: async () => {
        const before = mine ? mine.revision : 0;
        await until(() => api.get("needs", `${esaPath(esa)}/campaigns/${c.campaign_id}`), (x) => x.my_response && x.my_response.revision > before);
        navigate(location.pathname, { replaceState: true });
      },
    })));
  }
}

/** With survey templates: needs ranked, reminders, CSV export, returning a response. */
function surveyWork(esa, c, names, summary) {
  const path = `${esaPath(esa)}/campaigns/${c.campaign_id}`;
  const sup = isSupervisor(esa);
  const parts = [card(t("campaign.needs_ranked"), barChart({
    title: t("campaign.needs_ranked"), testid: "needs-ranked",
    items: (summary?.needs || []).slice(0, 10).map((n) => ({
      label: `${categoryLabel(n.category)} · ${subjectLabel(n.subject)}`, value: n.responses,
      display: `${number(n.responses)} ${t("campaign.schools")}${n.top_items?.[0] ? ` — ${n.top_items[0].label_th}` : ""}`,
    })),
  }), h("div", { class: "actions" },
    h("button", { type: "button", class: "secondary", "data-testid": "export-csv", onclick: () => download("needs", `${path}/export.csv`, {}, `${c.campaign_id}.csv`) }, t("campaign.export")),
    sup && !c.closed ? h("button", { type: "button", class: "secondary", "data-testid": "remind", onclick: async (e) => {
      try {
        await api.post("needs", `${path}/reminders`, {});
        e.currentTarget.after(h("span", { class: "badge ok", role: "status" }, t("campaign.reminded")));
      } catch (error) { e.currentTarget.after(errorBox(error)); }
    } }, t("campaign.remind")) : null))];
  const answered = Object.entries(c.responses || {}).filter(([, r]) => r.status !== "returned").map(([s]) => s);
  if (sup && answered.length && !c.closed) {
    parts.push(card(t("campaign.return"), form({
      testid: "return-response", submit: "campaign.return",
      fields: [{ name: "school", label: "campaign.col.school", type: "select", options: answered.map((s) => ({ value: s, label: names[s] || s })) },
        { name: "reason", label: "campaign.return_reason", type: "textarea", required: true, maxlength: 1000 },
        { name: "correct_by", label: "campaign.correct_by", type: "date", omitEmpty: true }],
      onSubmit: ({ school, ...body }) => api.post("needs", `${path}/responses/${school}/return`, body),
      onDone: async (_, v) => { await until(() => api.get("needs", path), (x) => x.responses[v.school]?.status === "returned"); navigate(location.pathname, { replaceState: true }); },
    })));
  }
  return parts;
}

async function renderDetail(view, { esa, campaign }) {
  const path = `${esaPath(esa)}/campaigns/${encodeURIComponent(campaign)}`;
  const mySchool = grantsOf(...SCHOOL_ROLES).find((g) => g.esa === esa);
  // One round: what the page may show is asked for at once (the campaign's own call decides
  // whether the page exists; the others answer 404 with it).
  const [c, schools, summary, templates, shown, response] = await Promise.all([
    api.get("needs", path),
    mySchool ? null : schoolsOf(esa),
    mySchool ? null : quiet404(api.get("needs", `${path}/summary`)),
    mySchool || !isSupervisor(esa) ? null : templatesOf(esa),
    mySchool ? quiet404(api.get("needs", `${path}/form`)) : null,
    mySchool ? quiet404(api.get("needs", `${path}/responses/${mySchool.id}`)) : null,
  ]);
  view.append(pageHead(c.title, {
    back: mySchool ? `/schools/${mySchool.id}` : `/esas/${esa}/campaigns`,
    lead: `${t("campaigns.col.year")} ${c.year} · ${formatDate(c.opens_on)} – ${formatDate(c.closes_on)}`,
  }));
  if (c.targets) {
    const names = schoolNames(schools || []);
    supervisorDetail(view, esa, c, names);
    if (c.template_id) {
      view.append(versionCard(esa, c, (templates || []).find((x) => x.template_id === c.template_id)));
      append(view, surveyWork(esa, c, names, summary));
    }
  } else if (mySchool) {
    schoolDetail(view, esa, c, mySchool.id, shown, response);
  }
}

export const routes = [
  { path: "/esas/:esa/campaigns", render: renderList },
  { path: "/esas/:esa/campaigns/:campaign", render: renderDetail },
];
