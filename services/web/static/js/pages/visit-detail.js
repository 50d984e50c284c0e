// One visit: what was found and agreed, classroom observations on the ESA's rubric, action
// items of earlier visits verified at this one, and the school's acknowledgement or dispute.

import { h, append } from "../core/dom.js";
import { t, define } from "../core/i18n.js";
import { api, until } from "../core/api.js";
import { formatDate, formatDateTime } from "../core/thai.js";
import { grantsOf, SCHOOL_ROLES } from "../core/session.js";
import { navigate } from "../core/router.js";
import { form } from "../ui/form.js";
import { table, badge } from "../ui/table.js";
import { errorBox } from "../ui/errors.js";
import { pageHead, card, schoolInfo, nameOf } from "./common.js";
import { LEVELS, OUTCOMES, STANDARD_RUBRIC, options } from "./supervision-terms.js";

define({
  "visit.record": ["บันทึกการนิเทศ", "Visit record"],
  "visit.revision": ["ฉบับที่ {n}", "Revision {n}"],
  "visit.observations": ["การสังเกตการสอนในชั้นเรียน", "Classroom observations"],
  "visit.observe": ["บันทึกการสังเกตการสอน", "Record a classroom observation"],
  "visit.publish_rubric": ["ใช้แบบสังเกตมาตรฐานของเขตพื้นที่", "Publish the standard observation rubric"],
  "obs.teacher": ["ครูผู้สอน", "Teacher"],
  "obs.subject": ["กลุ่มสาระการเรียนรู้", "Learning area"],
  "obs.grade": ["ระดับชั้น", "Grade"],
  "obs.notes": ["บันทึกเพิ่มเติม", "Notes"],
  "obs.overall": ["ระดับคุณภาพโดยรวม", "Overall level"],
  "obs.save": ["บันทึกผลการสังเกต", "Save the observation"],
  "item.col.what": ["ข้อตกลง", "Action item"],
  "item.col.owner": ["ผู้รับผิดชอบ", "Who"],
  "item.col.due": ["กำหนดเสร็จ", "Due"],
  "item.col.status": ["สถานะ", "Status"],
  "item.open": ["ติดตาม", "Open"],
  "item.overdue": ["เกินกำหนด", "Overdue"],
  "item.done": ["เสร็จแล้ว", "Done"],
  "item.earlier": ["ข้อตกลงจากการนิเทศครั้งก่อนที่ต้องติดตาม", "Action items from earlier visits to follow up"],
  "item.outcome": ["ผลการติดตาม", "Outcome"],
  "item.verify": ["บันทึกผลการติดตาม", "Record the follow-up"],
  "visit.revise": ["แก้ไขบันทึกการนิเทศ", "Revise the record"],
  "visit.revise_save": ["บันทึกฉบับแก้ไข", "Save the revision"],
  "visit.revise_note": ["แก้ไขจากฉบับที่ {n}; หากมีผู้แก้ไขก่อน ระบบจะแจ้งให้ตรวจสอบ ไม่บันทึกทับ", "Edited from revision {n}; if someone changed it first you will be told, nothing is overwritten."],
  "answer.title": ["การรับทราบของโรงเรียน", "The school's answer"],
  "answer.ack": ["รับทราบผลการนิเทศ", "Acknowledge the record"],
  "answer.dispute": ["โต้แย้งบันทึก", "Dispute the record"],
  "answer.comment": ["เหตุผลที่โต้แย้ง", "Why the school disputes it"],
  "answer.done": ["{status} เมื่อ {at}", "{status} on {at}"],
});

const base = (esa) => `/v1/esas/${encodeURIComponent(esa)}`;
const refresh = () => navigate(location.pathname, { replaceState: true });

function itemsTable(items, caption) {
  return table({ caption, rows: items, testid: "action-items", columns: [
    { label: t("item.col.what"), value: (i) => i.description },
    { label: t("item.col.owner"), value: (i) => i.owner },
    { label: t("item.col.due"), value: (i) => formatDate(i.due_on) },
    { label: t("item.col.status"), value: (i) => (i.status === "done" ? badge(t("item.done"), "ok") : i.overdue ? badge(t("item.overdue"), "err") : badge(t("item.open"), "warn")) },
  ] });
}

async function observationCard(esa, v) {
  const rubrics = await api.get("supervision", `${base(esa)}/rubrics`);
  const body = [];
  if (!rubrics.length) {
    body.push(h("button", { type: "button", class: "secondary", onclick: async (e) => {
      e.currentTarget.disabled = true;
      await api.put("supervision", `${base(esa)}/rubrics/${STANDARD_RUBRIC.id}`, { title: STANDARD_RUBRIC.title, indicators: STANDARD_RUBRIC.indicators });
      await until(() => api.get("supervision", `${base(esa)}/rubrics`), (r) => r.length > 0);
      refresh();
    } }, t("visit.publish_rubric")));
    return card(t("visit.observe"), ...body);
  }
  const rubric = rubrics[0];
  const indicators = rubric.versions[String(rubric.latest)];
  const fields = [
    { name: "teacher", label: "obs.teacher", required: true },
    { name: "subject_area", label: "obs.subject", required: true },
    { name: "grade_level", label: "obs.grade", required: true, maxlength: 40 },
    ...indicators.map((i) => {
      define({ [`ind.${i.indicator_id}`]: [i.title_th, i.title_en || i.title_th] });
      return { name: `scores.${i.indicator_id}`, label: `ind.${i.indicator_id}`, type: "radios", required: true, options: options(LEVELS, "level") };
    }),
    { name: "notes", label: "obs.notes", type: "textarea" },
  ];
  return card(t("visit.observe"), h("p", { class: "muted" }, rubric.title), form({
    testid: "observation-form", submit: "obs.save", fields,
    onSubmit: (values) => api.post("supervision", `${base(esa)}/visits/${v.visit_id}/observations`, {
      ...values, observation_id: `obs${Date.now().toString(36)}`, rubric_id: rubric.rubric_id,
    }),
    onDone: async () => {
      await until(() => api.get("supervision", `${base(esa)}/visits/${v.visit_id}`), (x) => (x.observations || []).length > (v.observations || []).length);
      refresh();
    },
  }));
}

async function earlierItems(esa, v) {
  const [open, overdue] = await Promise.all(["open", "overdue"].map((status) => api.get("supervision", `${base(esa)}/action-items`, { status })));
  const items = [...overdue, ...open].filter((i) => i.school === v.school && i.visit_id !== v.visit_id)
    .filter((i, n, all) => all.findIndex((x) => x.visit_id === i.visit_id && x.item_id === i.item_id) === n);
  if (!items.length) return null;
  return card(t("item.earlier"), itemsTable(items, t("item.earlier")), ...items.map((i) => form({
    testid: `verify-${i.item_id}`, submit: "item.verify", intro: i.description,
    fields: [{ name: "outcome", label: "item.outcome", type: "select", options: options(OUTCOMES, "outcome") }, { name: "note", label: "obs.notes", maxlength: 2000 }],
    onSubmit: (values) => api.post("supervision", `${base(esa)}/visits/${i.visit_id}/action-items/${i.item_id}/verification`, { ...values, at_visit_id: v.visit_id }),
    onDone: refresh,
  })));
}

function schoolAnswer(esa, v, isSchool) {
  const a = v.school_answer;
  const parts = [];
  if (a && a.revision === v.revision) {
    parts.push(h("p", { class: `alert ${a.status === "acknowledged" ? "ok" : "warn"}` }, t("answer.done", { status: t(`vstatus.${a.status}`), at: formatDateTime(a.at) }), a.comment ? ` — ${a.comment}` : ""));
  } else if (isSchool) {
    parts.push(h("button", { type: "button", class: "primary", "data-testid": "acknowledge", onclick: async (e) => {
      e.currentTarget.disabled = true;
      try {
        await api.post("supervision", `${base(esa)}/visits/${v.visit_id}/acknowledgement`, { revision: v.revision });
        await until(() => api.get("supervision", `${base(esa)}/visits/${v.visit_id}`), (x) => x.status === "acknowledged");
        refresh();
      } catch (error) { e.currentTarget.after(errorBox(error)); }
    } }, t("answer.ack")), form({
      testid: "dispute", submit: "answer.dispute",
      fields: [{ name: "comment", label: "answer.comment", type: "textarea", required: true, maxlength: 2000 }],
      onSubmit: (values) => api.post("supervision", `${base(esa)}/visits/${v.visit_id}/dispute`, { revision: v.revision, ...values }),
      onDone: async () => { await until(() => api.get("supervision", `${base(esa)}/visits/${v.visit_id}`), (x) => x.status === "disputed"); refresh(); },
    }));
  } else {
    parts.push(h("p", {}, badge(t("vstatus.pending"), "warn")));
  }
  return card(t("answer.title"), ...parts);
}

function reviseCard(esa, v) {
  const path = `${base(esa)}/visits/${v.visit_id}`;
  return card(t("visit.revise"), h("details", {}, h("summary", {}, t("visit.revise")), form({
    testid: "revise-visit", submit: "visit.revise_save",
    intro: t("visit.revise_note", { n: v.revision }),
    fields: [{ name: "focus", label: "visit.focus", required: true, value: v.focus },
      { name: "findings", label: "visit.findings", type: "textarea", rows: 4, value: v.findings || "" },
      { name: "recommendations", label: "visit.recommendations", type: "textarea", rows: 3, value: v.recommendations || "" }],
    onSubmit: (b) => api.patch("supervision", path, { base_revision: v.revision, ...b }),
    onDone: async () => { await until(() => api.get("supervision", path), (x) => x.revision > v.revision); refresh(); },
  })));
}

export async function visitDetail(view, { esa, visit }) {
  const v = await api.get("supervision", `${base(esa)}/visits/${encodeURIComponent(visit)}`);
  const school = await schoolInfo(v.school);
  const isSchool = grantsOf(...SCHOOL_ROLES).some((g) => g.id === v.school);
  const isSupervisor = grantsOf("supervisor").some((g) => g.id === esa);
  const items = Object.values(v.action_items || {});
  append(view, [pageHead(`${t("visit.record")} — ${nameOf(school)}`, {
    back: isSchool ? `/schools/${v.school}` : `/esas/${esa}/visits`,
    lead: `${formatDateTime(v.occurred_at)} · ${t(`mode.${v.mode}`)} · ${t("visit.revision", { n: v.revision })}`,
  }), card(t("visit.record"), h("dl", { class: "answers" },
    h("dt", {}, t("visit.focus")), h("dd", {}, v.focus),
    h("dt", {}, t("visit.policies")), h("dd", {}, (v.policies || []).map((p) => t(`policy.${p}`)).join(", ")),
    v.project ? [h("dt", {}, t("visit.project")), h("dd", {}, v.project)] : null,
    h("dt", {}, t("visit.findings")), h("dd", { class: "pre" }, v.findings || "–"),
    h("dt", {}, t("visit.recommendations")), h("dd", { class: "pre" }, v.recommendations || "–"),
    (v.evidence || []).length ? [h("dt", {}, t("visit.evidence")), h("dd", {}, h("ul", {}, v.evidence.map((e) => h("li", {}, `${e.title} (SHA-256 ${e.sha256.slice(0, 12)}…)`))))] : null)),
  card(t("visit.items"), itemsTable(items, t("visit.items"))),
  schoolAnswer(esa, v, isSchool),
  card(t("visit.observations"), table({ caption: t("visit.observations"), testid: "observations", rows: v.observations || [], columns: [
    { label: t("obs.teacher"), value: (o) => o.teacher },
    { label: t("obs.subject"), value: (o) => `${o.subject_area} · ${o.grade_level}` },
    { label: t("obs.overall"), value: (o) => badge(t(`level.${o.overall_level}`), o.overall_level === "improve" ? "warn" : "ok") },
  ] }))]);
  if (isSupervisor) {
    view.append(reviseCard(esa, v));
    const earlier = await earlierItems(esa, v);
    if (earlier) view.append(earlier);
    view.append(await observationCard(esa, v));
  }
}


