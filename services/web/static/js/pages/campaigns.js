// Needs surveys: a supervisor opens a campaign for her ESA's schools and follows who has
// answered; a school answers (and may revise until the campaign closes).

import { h, append } from "../core/dom.js";
import { t, define, number } from "../core/i18n.js";
import { api, until } from "../core/api.js";
import { formatDate, formatDateTime, academicYear, isoDay } from "../core/thai.js";
import { grantsOf, SCHOOL_ROLES } from "../core/session.js";
import { navigate } from "../core/router.js";
import { form } from "../ui/form.js";
import { table, badge } from "../ui/table.js";
import { rateRing } from "../ui/charts.js";
import { errorBox } from "../ui/errors.js";
import { pageHead, card, chosenYear, yearFilter, esaInfo, schoolsOf, schoolNames, nameOf } from "./common.js";
import { surveyForm, answersView } from "./survey.js";

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
});

const esaPath = (esa) => `/v1/esas/${encodeURIComponent(esa)}`;
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

function openForm(esa, info) {
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
      { name: "target.cluster", label: "campaigns.field.cluster", type: "select", options: clusters, value: clusters[0]?.value },
    ],
    onSubmit: (values) => {
      if (values.target.kind === "all") delete values.target.cluster;
      return api.post("needs", `${esaPath(esa)}/campaigns`, values);
    },
    onDone: async (result) => {
      await until(() => api.get("needs", `${esaPath(esa)}/campaigns/${result.campaign_id}`));
      navigate(`/esas/${esa}/campaigns/${result.campaign_id}`);
    },
  });
}

async function renderList(view, { esa }, query) {
  const year = chosenYear(query);
  const [list, info] = await Promise.all([api.get("needs", `${esaPath(esa)}/campaigns`, { year }), esaInfo(esa)]);
  append(view, [pageHead(t("campaigns.title"), { lead: nameOf(info) }), yearFilter(query),
    card(t("campaigns.list"), table({ caption: t("campaigns.list"), columns: campaignRow(esa), rows: list, testid: "campaigns" }))]);
  if (isSupervisor(esa)) view.append(card(t("campaigns.open"), openForm(esa, info)));
}

function supervisorDetail(view, esa, c, names) {
  const responses = c.responses || {};
  const targets = Object.keys(c.targets || {}).sort();
  const answered = targets.filter((s) => responses[s]).length;
  const close = h("button", { type: "button", class: "secondary", "data-testid": "close-campaign", onclick: async (e) => {
    e.currentTarget.disabled = true;
    try {
      await api.post("needs", `${esaPath(esa)}/campaigns/${c.campaign_id}/close`);
      await until(() => api.get("needs", `${esaPath(esa)}/campaigns/${c.campaign_id}`), (x) => x.closed);
      navigate(location.pathname, { replaceState: true });
    } catch (error) {
      view.prepend(errorBox(error));
      e.currentTarget.disabled = false;
    }
  } }, t("campaign.close"));
  append(view, [card(t("campaign.rate"), h("div", { class: "split" },
    rateRing({ title: t("campaign.rate"), rate: targets.length ? answered / targets.length : 0, caption: ` ${number(answered)} / ${number(targets.length)}` }),
    c.closed ? h("p", {}, t("campaign.closed_on", { date: formatDate(c.closed_on) })) : (isSupervisor(esa) ? close : null))),
  card(t("campaign.responses"), table({
    caption: t("campaign.responses"), testid: "responses", rows: targets,
    columns: [
      { label: t("campaign.col.school"), value: (s) => h("a", { href: `/schools/${s}` }, names[s] || s) },
      { label: t("campaign.col.status"), value: (s) => (responses[s] ? badge(t("campaign.answered", { n: responses[s].revision }), "ok") : badge(t("campaign.waiting"), "warn")) },
      { label: t("campaign.col.when"), value: (s) => (responses[s] ? formatDateTime(responses[s].at) : "–") },
    ],
  }))]);
}

function schoolDetail(view, esa, c, school) {
  const mine = c.my_response;
  if (c.closed) view.append(h("p", { class: "alert warn" }, t("campaign.closed_note")));
  else if (mine) view.append(h("p", { class: "alert ok", role: "status" }, t("campaign.revise_note")));
  if (mine && mine.answers) view.append(card(t("campaign.my_answer"), answersView(mine.answers)));
  if (!c.closed) {
    view.append(card(t("campaign.answer"), surveyForm({
      answers: mine && mine.answers,
      onSubmit: (answers) => api.put("needs", `${esaPath(esa)}/campaigns/${c.campaign_id}/responses/${school}`, { answers }),
      onDone: async () => {
        const before = mine ? mine.revision : 0;
        await until(() => api.get("needs", `${esaPath(esa)}/campaigns/${c.campaign_id}`), (x) => x.my_response && x.my_response.revision > before);
        navigate(location.pathname, { replaceState: true });
      },
    })));
  }
}

async function renderDetail(view, { esa, campaign }) {
  const c = await api.get("needs", `${esaPath(esa)}/campaigns/${encodeURIComponent(campaign)}`);
  const mySchool = grantsOf(...SCHOOL_ROLES).find((g) => g.esa === esa);
  view.append(pageHead(c.title, {
    back: mySchool ? `/schools/${mySchool.id}` : `/esas/${esa}/campaigns`,
    lead: `${t("campaigns.col.year")} ${c.year} · ${formatDate(c.opens_on)} – ${formatDate(c.closes_on)}`,
  }));
  if (c.targets) {
    const names = schoolNames(await schoolsOf(esa));
    supervisorDetail(view, esa, c, names);
  } else if (mySchool) {
    schoolDetail(view, esa, c, mySchool.id);
  }
}

export const routes = [
  { path: "/esas/:esa/campaigns", render: renderList },
  { path: "/esas/:esa/campaigns/:campaign", render: renderDetail },
];
