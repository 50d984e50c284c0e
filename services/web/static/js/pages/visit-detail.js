// One visit: what was found and agreed, classroom observations on one of the ESA's forms,
// action items of earlier visits verified at this one, the school's acknowledgement or
// dispute, and revising the record (mode, policies, evidence and text) from the revision read.
// A visit still only on this device (written offline) shows as its draft, and observations
// can be added to it; they are sent after it.

import { h, append } from "../core/dom.js";
import { t, define } from "../core/i18n.js";
import { api, until, ApiError } from "../core/api.js";
import { formatDate, formatDateTime } from "../core/thai.js";
import { grantsOf, SCHOOL_ROLES } from "../core/session.js";
import { navigate } from "../core/router.js";
import { drafts, onDrafts, submit, discard, refusalOf } from "../core/outbox.js";
import { form } from "../ui/form.js";
import { table, badge } from "../ui/table.js";
import { errorBox } from "../ui/errors.js";
import { actionItems } from "../ui/items.js";
import { evidencePicker } from "../ui/evidence.js";
import { pageHead, card, schoolsOf, schoolNames } from "./common.js";
import { MODES, POLICIES, OUTCOMES, options } from "./supervision-terms.js";
import { observationCard } from "./observation.js";
import { draftsCard } from "./drafts.js";

define({
  "visit.record": ["บันทึกการนิเทศ", "Visit record"],
  "visit.revision": ["ฉบับที่ {n}", "Revision {n}"],
  "visit.observations": ["การสังเกตการสอนในชั้นเรียน", "Classroom observations"],
  "visit.written": ["เขียนเมื่อ {drafted} · บันทึกเข้าระบบเมื่อ {recorded}", "Written {drafted} · recorded {recorded}"],
  "visit.draft_only": ["บันทึกนี้ยังอยู่ในเครื่องนี้เท่านั้น จะส่งเมื่อมีสัญญาณ", "This record is only on this device so far; it is sent when there is a connection."],
  "visit.stale": ["ไม่มีสัญญาณ: แสดงข้อมูลที่เปิดดูครั้งล่าสุด", "No connection: showing what was last seen."],
  "obs.overall": ["ระดับคุณภาพโดยรวม", "Overall level"],
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
  "visit.add_items": ["ข้อตกลงเพิ่มเติม", "More action items"],
  "visit.revise_kept": ["ไม่มีสัญญาณ: เก็บฉบับแก้ไขไว้ในเครื่อง จะส่งเมื่อกลับมาออนไลน์", "No connection: the revision is kept on this device and sent when the connection returns."],
  "visit.revise_conflict": ["บันทึกถูกแก้ไขระหว่างนั้น กรุณาเลือกข้อความในส่วน “บันทึกในเครื่องนี้” ด้านล่าง", "The record changed meanwhile: choose what to keep under “Saved on this device” below."],
  "answer.title": ["การรับทราบของโรงเรียน", "The school's answer"],
  "answer.ack": ["รับทราบผลการนิเทศ", "Acknowledge the record"],
  "answer.dispute": ["โต้แย้งบันทึก", "Dispute the record"],
  "answer.comment": ["เหตุผลที่โต้แย้ง", "Why the school disputes it"],
  "answer.done": ["{status} เมื่อ {at}", "{status} on {at}"],
});

const base = (esa) => `/v1/esas/${encodeURIComponent(esa)}`;
const refresh = () => navigate(location.pathname, { replaceState: true });
const empty = (error) => error instanceof ApiError && (error.status === 404 || error.status === 0);

function itemsTable(items, caption) {
  return table({ caption, rows: items, testid: "action-items", columns: [
    { label: t("item.col.what"), value: (i) => i.description },
    { label: t("item.col.owner"), value: (i) => i.owner },
    { label: t("item.col.due"), value: (i) => formatDate(i.due_on) },
    { label: t("item.col.status"), value: (i) => (i.status === "done" ? badge(t("item.done"), "ok") : i.overdue ? badge(t("item.overdue"), "err") : badge(t("item.open"), "warn")) },
  ] });
}

async function openItems(esa) {
  const [open, overdue] = await Promise.all(["open", "overdue"].map((status) => api.get("supervision", `${base(esa)}/action-items`, { status })));
  return [...overdue, ...open];
}

function earlierItems(esa, v, all) {
  const items = all.filter((i) => i.school === v.school && i.visit_id !== v.visit_id)
    .filter((i, n, list) => list.findIndex((x) => x.visit_id === i.visit_id && x.item_id === i.item_id) === n);
  if (!items.length) return null;
  return card(t("item.earlier"), itemsTable(items, t("item.earlier")), ...items.map((i) => form({
    testid: `verify-${i.item_id}`, submit: "item.verify", intro: i.description,
    fields: [{ name: "outcome", label: "item.outcome", type: "select", options: options(OUTCOMES, "outcome") }, { name: "note", label: "obs.notes", type: "textarea", rows: 2, maxlength: 2000 }],
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
      const b = e.currentTarget;
      b.disabled = true;
      try {
        await api.post("supervision", `${base(esa)}/visits/${v.visit_id}/acknowledgement`, { revision: v.revision });
        await until(() => api.get("supervision", `${base(esa)}/visits/${v.visit_id}`), (x) => x.status === "acknowledged");
        refresh();
      } catch (error) { b.disabled = false; b.after(errorBox(error)); }
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

/** Revise from the revision read: only what changed is sent; a concurrent edit is a conflict to resolve. */
function reviseCard(esa, v) {
  const path = `${base(esa)}/visits/${v.visit_id}`;
  const plain = (list) => (list || []).map((e) => ({ title: e.title, sha256: e.sha256 }));
  const before = { mode: v.mode, focus: v.focus, policies: v.policies || [], project: v.project || "", findings: v.findings || "", recommendations: v.recommendations || "", evidence: plain(v.evidence) };
  return card(t("visit.revise"), h("details", {}, h("summary", {}, t("visit.revise")), form({
    testid: "revise-visit", submit: "visit.revise_save",
    intro: t("visit.revise_note", { n: v.revision }),
    saved: (d) => t(d.state === "sent" ? "form.saved" : d.state === "conflict" ? "visit.revise_conflict" : "visit.revise_kept"),
    fields: [{ name: "mode", label: "visit.mode", type: "select", options: options(MODES, "mode"), value: v.mode },
      { name: "focus", label: "visit.focus", required: true, maxlength: 300, value: v.focus },
      { name: "policies", label: "visit.policies", type: "checkboxes", required: true, options: options(POLICIES, "policy"), value: v.policies || [] },
      { name: "project", label: "visit.project", maxlength: 300, value: v.project || "" },
      { name: "findings", label: "visit.findings", type: "textarea", rows: 4, maxlength: 4000, value: v.findings || "" },
      { name: "recommendations", label: "visit.recommendations", type: "textarea", rows: 3, maxlength: 4000, value: v.recommendations || "" },
      { name: "evidence", label: "visit.evidence", type: "custom", render: (label, id) => evidencePicker(label, id, { kept: v.evidence || [] }) },
      { name: "add_action_items", label: "visit.add_items", type: "custom", render: (label) => actionItems(label) }],
    onSubmit: async (b, key) => {
      const now = { ...b, evidence: plain(b.evidence) };
      const changes = Object.fromEntries(Object.entries(now).filter(([k, value]) => k !== "add_action_items" && JSON.stringify(value) !== JSON.stringify(before[k])));
      const id = crypto.randomUUID();
      const d = await submit({ id, kind: "revision", esa, visit_id: v.visit_id, method: "PATCH", service: "supervision", path, key,
        written_at: new Date().toISOString(), title: v.focus,
        body: { base_revision: v.revision, ...changes, add_action_items: b.add_action_items || [] } }, { keep: true });
      if (d.state === "refused") { await discard(d.id); throw refusalOf(d); }
      return d;
    },
    onDone: async (d) => {
      if (d.state === "sent") { await until(() => api.get("supervision", path), (x) => x.revision > v.revision); refresh(); }
    },
  })));
}

function recordCard(v) {
  return card(t("visit.record"), h("dl", { class: "answers" },
    h("dt", {}, t("visit.focus")), h("dd", {}, v.focus),
    h("dt", {}, t("visit.policies")), h("dd", {}, (v.policies || []).map((p) => t(`policy.${p}`)).join(", ")),
    v.project ? [h("dt", {}, t("visit.project")), h("dd", {}, v.project)] : null,
    h("dt", {}, t("visit.findings")), h("dd", { class: "pre" }, v.findings || "–"),
    h("dt", {}, t("visit.recommendations")), h("dd", { class: "pre" }, v.recommendations || "–"),
    (v.evidence || []).length ? [h("dt", {}, t("visit.evidence")), h("dd", {}, h("ul", {}, v.evidence.map((e) => h("li", {}, `${e.title} (SHA-256 ${e.sha256.slice(0, 12)}…)`))))] : null),
  v.drafted_at && v.recorded_at ? h("p", { class: "small muted", "data-testid": "written-at" }, t("visit.written", { drafted: formatDateTime(v.drafted_at), recorded: formatDateTime(v.recorded_at) })) : null);
}

/** A visit written offline and not yet sent: its draft, and observations to add to it. */
async function draftVisit(view, esa, d, names, rubrics) {
  const v = { ...d.body, visit_id: d.id, revision: 1 };
  append(view, [pageHead(`${t("visit.record")} — ${names[v.school] || v.school}`, { back: `/esas/${esa}/visits`, lead: formatDateTime(v.occurred_at) }),
    h("p", { class: "alert warn", role: "status", "data-testid": "draft-only" }, t("visit.draft_only")),
    await draftsCard(esa, { filter: (x) => x.visit_id === d.id }),
    recordCard(v), card(t("visit.items"), itemsTable(v.action_items || [], t("visit.items")))]);
  if (rubrics) view.append(observationCard(esa, d.id, rubrics, { after: d.state === "sent" ? null : d.id }));
  // Once sent, the record is shown as the service has it (a moment later: views follow events).
  const here = location.pathname;
  const recorded = () => until(() => api.get("supervision", `${base(esa)}/visits/${encodeURIComponent(d.id)}`))
    .then(() => { if (location.pathname === here) refresh(); }, () => {});
  if (d.state === "sent") { recorded(); return; }
  whenDrafts((mine) => mine.some((x) => x.id === d.id && x.state === "sent"), recorded);
}

/**
 * Once this person's drafts satisfy `ready`, run `then` (once, and only while the page is still
 * shown). Looked at as soon as the page listens, not only on the outbox's next change: a draft
 * sent while the page was still reading (after its look at the drafts, before it listened)
 * raises no change here, and the page would stay without it.
 */
function whenDrafts(ready, then) {
  const here = location.pathname;
  let done = false;
  const look = async () => {
    if (location.pathname !== here) { stop(); return; }
    const ok = ready(await drafts());
    if (done || !ok) return;
    done = true;
    stop();
    then();
  };
  const stop = onDrafts(look);
  look();
}

/** Draw the record again once the service shows what was just sent to it. */
function showWhenChanged(esa, v) {
  const here = location.pathname;
  const changed = (x) => x.revision > v.revision || (x.observations || []).length > (v.observations || []).length;
  return until(() => api.get("supervision", `${base(esa)}/visits/${encodeURIComponent(v.visit_id)}`), changed)
    .then(() => { if (location.pathname === here) refresh(); }, () => {});
}

/**
 * A revision or observation of this visit sent later (it waited offline): show the record with
 * it. What the page's forms send at once, they show themselves.
 */
function followDrafts(esa, v, before) {
  const sentBefore = new Set(before.filter((d) => d.state === "sent").map((d) => d.id));
  const shown = (v.observations || []).length;
  whenDrafts((mine) => {
    const later = mine.filter((d) => d.visit_id === v.visit_id && d.kind !== "visit"
      && d.state === "sent" && d.sent_via === "later");
    // Sent before this page drew the record, which may not show them yet (views follow events).
    const unseen = later.filter((d) => d.kind === "observation").length > shown;
    return unseen || later.some((d) => !sentBefore.has(d.id));
  }, () => showWhenChanged(esa, v));
}

async function readVisit(esa, visit) {
  try {
    return await api.get("supervision", `${base(esa)}/visits/${encodeURIComponent(visit)}`);
  } catch (error) {
    if (empty(error)) return error;
    throw error;
  }
}

export async function visitDetail(view, { esa, visit }) {
  const isSupervisor = grantsOf("supervisor").some((g) => g.id === esa);
  const [v, mine, rubrics, items, schools] = await Promise.all([
    readVisit(esa, visit), drafts(),
    isSupervisor ? api.get("supervision", `${base(esa)}/rubrics`).catch((e) => (empty(e) ? [] : Promise.reject(e))) : null,
    isSupervisor ? openItems(esa).catch((e) => (empty(e) ? [] : Promise.reject(e))) : null,
    schoolsOf(esa)]);
  const names = schoolNames(schools);
  if (v instanceof ApiError) {
    const local = mine.find((d) => d.kind === "visit" && d.id === visit && d.esa === esa);
    if (!local) throw v;
    return draftVisit(view, esa, local, names, rubrics);
  }
  const isSchool = grantsOf(...SCHOOL_ROLES).some((g) => g.id === v.school);
  append(view, [pageHead(`${t("visit.record")} — ${names[v.school] || v.school}`, {
    back: isSchool ? `/schools/${v.school}` : `/esas/${esa}/visits`,
    lead: `${formatDateTime(v.occurred_at)} · ${t(`mode.${v.mode}`)} · ${t("visit.revision", { n: v.revision })}`,
  }), window.__staleReads ? h("p", { class: "alert warn", role: "status" }, t("visit.stale")) : null,
  recordCard(v),
  card(t("visit.items"), itemsTable(Object.values(v.action_items || {}), t("visit.items"))),
  schoolAnswer(esa, v, isSchool),
  card(t("visit.observations"), table({ caption: t("visit.observations"), testid: "observations", rows: v.observations || [], columns: [
    { label: t("obs.teacher"), value: (o) => o.teacher },
    { label: t("obs.subject"), value: (o) => `${o.subject_area} · ${o.grade_level}` },
    { label: t("obs.overall"), value: (o) => badge(t(`level.${o.overall_level}`), o.overall_level === "improve" ? "warn" : "ok") },
  ] }))]);
  if (isSupervisor) {
    followDrafts(esa, v, mine);
    append(view, [await draftsCard(esa, { filter: (x) => x.visit_id === v.visit_id && x.kind !== "visit" && x.state !== "sent",
      onSent: () => showWhenChanged(esa, v) }),
      reviseCard(esa, v), earlierItems(esa, v, items || []),
      observationCard(esa, v.visit_id, rubrics || [], { observed: (v.observations || []).length })]);
  }
}
