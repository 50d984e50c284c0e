// The ESA's own records of the year: personnel development (training), cooperation with
// partners (form 7), dissemination (form 8), and the synthesis of the schools' SARs.

import { h, append } from "../core/dom.js";
import { t, define, number } from "../core/i18n.js";
import { api, until } from "../core/api.js";
import { formatDate, isoDay } from "../core/thai.js";
import { navigate } from "../core/router.js";
import { form } from "../ui/form.js";
import { table } from "../ui/table.js";
import { evidencePicker } from "../ui/evidence.js";
import { addMenuItems } from "../ui/layout.js";
import { pageHead, card, chosenYear, yearFilter } from "./common.js";
import { POLICIES, options } from "./supervision-terms.js";

define({
  "nav.records": ["งานพัฒนาและเผยแพร่", "Training and outreach"],
  "rec.title": ["การพัฒนาบุคลากร ภาคีเครือข่าย และการเผยแพร่", "Training, partners and dissemination"],
  "rec.trainings": ["การพัฒนาบุคลากร (อบรม/ประชุมปฏิบัติการ)", "Personnel development (training)"],
  "rec.partners": ["ความร่วมมือกับภาคีเครือข่าย (แบบ 7)", "Cooperation with partners (form 7)"],
  "rec.disseminations": ["การเผยแพร่ผลงาน (แบบ 8)", "Dissemination (form 8)"],
  "rec.synthesis": ["การสังเคราะห์รายงาน SAR ของเขตพื้นที่", "The ESA's synthesis of SARs"],
  "rec.add": ["บันทึก", "Record"],
  "rec.field.title": ["ชื่อเรื่อง", "Title"],
  "rec.field.held_on": ["วันที่จัด", "Held on"],
  "rec.field.hours": ["จำนวนชั่วโมง", "Hours"],
  "rec.field.organiser": ["ผู้จัด", "Organiser"],
  "rec.field.participants": ["ผู้เข้าร่วม (บรรทัดละหนึ่งคน)", "Participants, one per line"],
  "rec.field.partner": ["ภาคีเครือข่าย", "Partner"],
  "rec.field.sector": ["ภาคส่วน", "Sector"],
  "rec.field.activity": ["กิจกรรมความร่วมมือ", "Activity"],
  "rec.field.started_on": ["วันที่เริ่ม", "Started on"],
  "rec.field.outcome": ["ผลที่เกิดขึ้น", "Outcome"],
  "rec.field.channel": ["ช่องทาง", "Channel"],
  "rec.field.published_on": ["วันที่เผยแพร่", "Published on"],
  "rec.field.audience": ["กลุ่มเป้าหมาย", "Audience"],
  "rec.field.reach": ["จำนวนผู้เข้าถึง", "Reach"],
  "rec.field.summary": ["สรุปผลการสังเคราะห์", "Summary"],
  "rec.field.strengths": ["จุดเด่น (บรรทัดละหนึ่งข้อ)", "Strengths, one per line"],
  "rec.field.improvements": ["จุดที่ควรพัฒนา (บรรทัดละหนึ่งข้อ)", "To improve, one per line"],
  "rec.field.evidence": ["หลักฐาน", "Evidence"],
  "rec.col.count": ["จำนวน", "Count"],
  "rec.add_participants": ["เพิ่มผู้เข้าร่วม", "Add participants"],
  "sector.public": ["ภาครัฐ", "Public"],
  "sector.private": ["ภาคเอกชน", "Private"],
  "sector.community": ["ชุมชน/ประชาสังคม", "Community"],
  "sector.academic": ["สถาบันการศึกษา", "Academic"],
  "channel.website": ["เว็บไซต์", "Website"],
  "channel.social_media": ["สื่อสังคมออนไลน์", "Social media"],
  "channel.meeting": ["การประชุม/สัมมนา", "Meeting or seminar"],
  "channel.exhibition": ["นิทรรศการ", "Exhibition"],
  "channel.document": ["เอกสาร/วารสาร", "Document or journal"],
  "channel.broadcast": ["วิทยุ/โทรทัศน์", "Radio or television"],
});

const base = (esa) => `/v1/esas/${encodeURIComponent(esa)}`;
addMenuItems((g) => (["supervisor", "esa_director"].includes(g.role) ? [[`/esas/${g.id}/records`, "nav.records"]] : []));

function section(esa, year, { title, list, path, fields, toBody, columns, testid }) {
  return card(t(title), table({ caption: t(title), rows: list, columns, testid: `${testid}-list` }),
    h("details", {}, h("summary", {}, `${t("rec.add")}: ${t(title)}`), form({
      testid, submit: "rec.add", fields,
      onSubmit: (v) => api.post("supervision", `${base(esa)}/${path}`, { academic_year: year, ...toBody(v) }),
      onDone: async () => {
        await until(() => api.get("supervision", `${base(esa)}/${path}`, { year }), (l) => l.length > list.length);
        navigate(location.pathname + location.search, { replaceState: true });
      },
    })));
}

const participantsField = (required) => ({ name: "participants", label: "rec.field.participants", type: "lines", required, lineMax: 300, maxItems: 2000 });

/** Participants added to a training after it was recorded (those already listed are kept once). */
function participantsForm(esa, year, training) {
  const count = training.participant_count || 0;
  return h("details", {}, h("summary", {}, t("rec.add_participants")), form({
    testid: `participants-${training.training_id}`, submit: "rec.add_participants",
    fields: [participantsField(true)],
    onSubmit: (v) => api.post("supervision", `${base(esa)}/trainings/${encodeURIComponent(training.training_id)}/participants`,
      { participants: v.participants.map((name) => ({ name })) }),
    onDone: async () => {
      await until(() => api.get("supervision", `${base(esa)}/trainings`, { year }),
        (l) => (l.find((x) => x.training_id === training.training_id) || {}).participant_count > count);
      navigate(location.pathname + location.search, { replaceState: true });
    },
  }));
}

async function renderRecords(view, { esa }, query) {
  const year = chosenYear(query);
  const [trainings, partners, disseminations] = await Promise.all(["trainings", "partnerships", "disseminations"]
    .map((p) => api.get("supervision", `${base(esa)}/${p}`, { year })));
  append(view, [pageHead(t("rec.title")), yearFilter(query),
    section(esa, year, { title: "rec.trainings", list: trainings, path: "trainings", testid: "training",
      fields: [{ name: "title", label: "rec.field.title", required: true, maxlength: 300 }, { name: "held_on", label: "rec.field.held_on", type: "date", required: true, value: isoDay() },
        { name: "hours", label: "rec.field.hours", type: "number", min: 0.5, max: 1000, required: true, value: 6 },
        { name: "organiser", label: "rec.field.organiser", required: true, maxlength: 300 },
        { name: "policies", label: "visit.policies", type: "checkboxes", required: true, options: options(POLICIES, "policy"), value: ["media_technology"] },
        participantsField(false)],
      toBody: (v) => ({ ...v, participants: (v.participants || []).map((name) => ({ name })) }),
      columns: [{ label: t("rec.field.title"), value: (x) => x.title }, { label: t("rec.field.held_on"), value: (x) => formatDate(x.held_on) },
        { label: t("rec.field.hours"), value: (x) => number(x.hours, 1) },
        { label: t("rec.field.participants"), value: (x) => [h("span", { "data-testid": "participant-count" }, number(x.participant_count || 0)), participantsForm(esa, year, x)] }] }),
    section(esa, year, { title: "rec.partners", list: partners, path: "partnerships", testid: "partnership",
      fields: [{ name: "partner", label: "rec.field.partner", required: true, maxlength: 300 }, { name: "sector", label: "rec.field.sector", type: "select", options: options(["public", "private", "community", "academic"], "sector") },
        { name: "activity", label: "rec.field.activity", type: "textarea", required: true, maxlength: 4000 }, { name: "started_on", label: "rec.field.started_on", type: "date", required: true, value: isoDay() },
        { name: "outcome", label: "rec.field.outcome", type: "textarea", maxlength: 4000 }],
      toBody: (v) => v,
      columns: [{ label: t("rec.field.partner"), value: (x) => x.partner }, { label: t("rec.field.sector"), value: (x) => t(`sector.${x.sector}`) },
        { label: t("rec.field.activity"), value: (x) => x.activity }, { label: t("rec.field.started_on"), value: (x) => formatDate(x.started_on) }] }),
    section(esa, year, { title: "rec.disseminations", list: disseminations, path: "disseminations", testid: "dissemination",
      fields: [{ name: "title", label: "rec.field.title", required: true, maxlength: 300 }, { name: "channel", label: "rec.field.channel", type: "select", options: options(["website", "social_media", "meeting", "exhibition", "document", "broadcast"], "channel") },
        { name: "published_on", label: "rec.field.published_on", type: "date", required: true, value: isoDay() }, { name: "audience", label: "rec.field.audience", maxlength: 300 },
        { name: "reach", label: "rec.field.reach", type: "number", min: 0, max: 100000000, integer: true, value: 0 },
        { name: "evidence", label: "rec.field.evidence", type: "custom", render: (label, id) => evidencePicker(label, id) }],
      toBody: (v) => v,
      columns: [{ label: t("rec.field.title"), value: (x) => x.title }, { label: t("rec.field.channel"), value: (x) => t(`channel.${x.channel}`) },
        { label: t("rec.field.published_on"), value: (x) => formatDate(x.published_on) }, { label: t("rec.field.reach"), value: (x) => number(x.reach) }] }),
    card(t("rec.synthesis"), form({
      testid: "synthesis", submit: "rec.add",
      fields: [{ name: "summary_th", label: "rec.field.summary", type: "textarea", required: true, rows: 4, maxlength: 4000 },
        { name: "strengths", label: "rec.field.strengths", type: "lines", lineMax: 1000, maxItems: 30 }, { name: "improvements", label: "rec.field.improvements", type: "lines", lineMax: 1000, maxItems: 30 }],
      onSubmit: (v) => api.post("supervision", `${base(esa)}/sar/${year}/synthesis`, v),
    }))]);
}

export const routes = [{ path: "/esas/:esa/records", render: renderRecords }];
