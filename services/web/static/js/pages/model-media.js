// Step 3 of the media process (ส่งต้นแบบของหน่วยงาน): the supervisor records model media sent
// to the ESA's schools (which media, to which schools, how, when) and follows who has
// received them; a school says on its own page that it received what was sent to it.

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
import { CATEGORIES, SUBJECTS, categoryLabel } from "./needs-terms.js";

export const CHANNELS = ["in_person", "post", "online", "supervision_visit"];

define({
  "nav.model_media": ["ส่งสื่อต้นแบบ", "Model media"],
  "mm.title": ["การส่งสื่อต้นแบบให้สถานศึกษา (ขั้นตอนที่ 3)", "Model media sent to schools (step 3)"],
  "mm.list": ["สื่อต้นแบบที่ส่งแล้ว", "Model media sent"],
  "mm.send": ["บันทึกการส่งสื่อต้นแบบ", "Record model media sent"],
  "mm.field.title": ["เรื่องที่ส่ง", "What was sent"],
  "mm.field.purpose": ["ความต้องการที่ตอบสนอง", "The need it answers"],
  "mm.field.media": ["รายการสื่อต้นแบบ (บรรทัดละหนึ่งรายการ)", "Model media, one per line"],
  "mm.field.kind": ["ประเภท", "Kind"],
  "mm.field.subject": ["กลุ่มสาระการเรียนรู้", "Learning area"],
  "mm.field.channel": ["ช่องทางการส่ง", "Channel"],
  "mm.field.sent_on": ["วันที่ส่ง", "Day sent"],
  "mm.field.target": ["ส่งถึง", "Sent to"],
  "mm.field.cluster": ["กลุ่มโรงเรียน", "School cluster"],
  "mm.field.schools": ["โรงเรียน", "Schools"],
  "mm.target.all": ["ทุกโรงเรียนในเขตพื้นที่", "Every school of the ESA"],
  "mm.target.cluster": ["โรงเรียนในกลุ่มโรงเรียน", "The schools of a cluster"],
  "mm.target.list": ["เลือกโรงเรียน", "Chosen schools"],
  "mm.col.title": ["เรื่อง", "Title"],
  "mm.col.sent": ["วันที่ส่ง", "Sent"],
  "mm.col.channel": ["ช่องทาง", "Channel"],
  "mm.col.received": ["โรงเรียนที่แจ้งรับแล้ว", "Schools that received them"],
  "mm.col.status": ["สถานะ", "Status"],
  "mm.received_of": ["{a} จาก {b} โรงเรียน", "{a} of {b} schools"],
  "mm.waiting": ["รอโรงเรียนแจ้งรับ: {schools}", "Awaiting: {schools}"],
  "mm.school_title": ["สื่อต้นแบบที่ได้รับจากเขตพื้นที่", "Model media from the ESA"],
  "mm.received_on": ["ได้รับแล้วเมื่อ {date}", "Received on {date}"],
  "mm.not_yet": ["ยังไม่ได้แจ้งรับ", "Not acknowledged yet"],
  "mm.acknowledge": ["แจ้งว่าได้รับแล้ว", "Acknowledge receipt"],
  "mm.field.received_on": ["วันที่ได้รับ", "Day received"],
  "mm.field.note": ["หมายเหตุ (เช่น ได้รับครบ)", "Note (e.g. all received)"],
  "mm.future": ["วันที่ต้องไม่เลยวันนี้", "The day must not be after today."],
  "mm.channel.in_person": ["มอบในการประชุม อบรม", "Handed over at a meeting or training"],
  "mm.channel.post": ["ส่งทางไปรษณีย์", "By post"],
  "mm.channel.online": ["ส่งทางออนไลน์", "Online"],
  "mm.channel.supervision_visit": ["มอบระหว่างการนิเทศ", "During a supervision visit"],
});

const base = (esa) => `/v1/esas/${encodeURIComponent(esa)}`;
const refresh = () => navigate(location.pathname + location.search, { replaceState: true });
const notFuture = (day) => (day && day > isoDay() ? t("mm.future") : null);
const options = (codes, prefix) => codes.map((c) => ({ value: c, label: t(`${prefix}.${c}`) }));

addMenuItems((g) => (g.role === "supervisor" && g.level !== "cluster" ? [[`/esas/${g.id}/model-media`, "nav.model_media"]] : []));

function sendForm(esa, info, schools, count) {
  const clusters = (info.clusters || []).map((c) => ({ value: c.cluster, label: nameOf(c) }));
  return form({
    testid: "send-model-media", submit: "mm.send",
    fields: [{ name: "title", label: "mm.field.title", required: true, maxlength: 300 },
      { name: "purpose", label: "mm.field.purpose", type: "textarea", rows: 2, maxlength: 2000 },
      { name: "media", label: "mm.field.media", type: "lines", required: true, lineMax: 300, maxItems: 20 },
      { name: "kind", label: "mm.field.kind", type: "select", options: CATEGORIES.map((c) => ({ value: c, label: t(`cat.${c}`) })) },
      { name: "subject", label: "mm.field.subject", type: "select", value: "general", options: options(SUBJECTS, "subject") },
      { name: "channel", label: "mm.field.channel", type: "select", options: options(CHANNELS, "mm.channel") },
      { name: "sent_on", label: "mm.field.sent_on", type: "date", required: true, value: isoDay(), check: notFuture },
      { name: "target.kind", label: "mm.field.target", type: "select", value: "cluster", options: options(["all", "cluster", "list"], "mm.target") },
      { name: "target.cluster", label: "mm.field.cluster", type: "select", options: clusters, value: clusters[0]?.value, required: true, showIf: (v) => v.target?.kind === "cluster" },
      { name: "target.schools", label: "mm.field.schools", type: "checkboxes", required: true, showIf: (v) => v.target?.kind === "list",
        options: schools.map((s) => ({ value: s.school, label: nameOf(s) || s.school })) }],
    onSubmit: ({ media, kind, subject, ...rest }) => api.post("needs", `${base(esa)}/model-media`, {
      ...rest, media: media.map((title) => ({ title, kind, subject })) }),
    onDone: async () => { await until(() => api.get("needs", `${base(esa)}/model-media`), (l) => l.length > count); refresh(); },
  });
}

function dispatchesTable(list, names) {
  return table({ caption: t("mm.list"), rows: list, testid: "model-media", columns: [
    { label: t("mm.col.title"), value: (d) => [h("strong", {}, d.title), h("div", { class: "muted" }, d.media.map((m) => `${m.title} (${categoryLabel(m.kind)})`).join(" · "))] },
    { label: t("mm.col.sent"), value: (d) => formatDate(d.sent_on) },
    { label: t("mm.col.channel"), value: (d) => t(`mm.channel.${d.channel}`) },
    { label: t("mm.col.received"), value: (d) => {
      const schools = Object.keys(d.targets || {});
      const got = schools.filter((s) => (d.receipts || {})[s]);
      const waiting = schools.filter((s) => !(d.receipts || {})[s]).map((s) => names[s] || d.targets[s].name_th || s);
      return [badge(t("mm.received_of", { a: number(got.length), b: number(schools.length) }), got.length === schools.length ? "ok" : "warn"),
        waiting.length ? h("div", { class: "muted" }, t("mm.waiting", { schools: waiting.join(", ") })) : null];
    } },
  ] });
}

async function renderModelMedia(view, { esa }, query) {
  const year = chosenYear(query);
  const [list, info, schools] = await Promise.all([api.get("needs", `${base(esa)}/model-media`, { year }), esaInfo(esa), schoolsOf(esa)]);
  const sup = grantsOf("supervisor").some((g) => g.id === esa);
  append(view, [pageHead(t("mm.title"), { lead: nameOf(info) }), yearFilter(query),
    card(t("mm.list"), dispatchesTable(list, schoolNames(schools))),
    sup ? card(t("mm.send"), sendForm(esa, info, schools, list.length)) : null]);
}

function acknowledgeForm(esa, school, d) {
  const path = `${base(esa)}/model-media/${d.dispatch_id}`;
  return h("details", {}, h("summary", {}, t("mm.acknowledge")), form({
    testid: `acknowledge-${d.dispatch_id}`, submit: "mm.acknowledge",
    fields: [{ name: "received_on", label: "mm.field.received_on", type: "date", required: true, value: isoDay(), check: notFuture },
      { name: "note", label: "mm.field.note", type: "textarea", rows: 2, maxlength: 1000 }],
    onSubmit: (v) => api.post("needs", `${path}/receipts/${school}`, v),
    onDone: async () => { await until(() => api.get("needs", path), (x) => x.my_receipt); refresh(); },
  }));
}

addSchoolSection(async (view, { school, esa, own }) => {
  if (!own) return;
  const list = await api.get("needs", `${base(esa)}/model-media`);
  view.append(card(t("mm.school_title"), table({ caption: t("mm.school_title"), rows: list, testid: "school-model-media", columns: [
    { label: t("mm.col.title"), value: (d) => [h("strong", {}, d.title), h("div", { class: "muted" }, d.media.map((m) => m.title).join(" · "))] },
    { label: t("mm.col.sent"), value: (d) => `${formatDate(d.sent_on)} · ${t(`mm.channel.${d.channel}`)}` },
    { label: t("mm.col.status"), value: (d) => (d.my_receipt ? badge(t("mm.received_on", { date: formatDate(d.my_receipt.received_on) }), "ok")
      : [badge(t("mm.not_yet"), "warn"), acknowledgeForm(esa, school, d)]) },
  ] })));
});

export const routes = [{ path: "/esas/:esa/model-media", render: renderModelMedia }];
