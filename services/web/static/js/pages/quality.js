// 4Q quality (TUMHOME plus INNO) and the SAR: the ESA's schools for a year with their
// agreements, scores, honours and SAR status; one school's year (sign the agreement, evaluate,
// honour, review the SAR); and the school's own part (send its SAR, see its targets).

import { h, append } from "../core/dom.js";
import { t, define, number } from "../core/i18n.js";
import { api, until } from "../core/api.js";
import { formatDate, isoDay } from "../core/thai.js";
import { grantsOf } from "../core/session.js";
import { navigate } from "../core/router.js";
import { form } from "../ui/form.js";
import { table, badge } from "../ui/table.js";
import { evidencePicker } from "../ui/evidence.js";
import { barChart } from "../ui/charts.js";
import { addMenuItems } from "../ui/layout.js";
import { addSchoolSection } from "./school.js";
import { pageHead, card, chosenYear, yearFilter, schoolsOf, schoolInfo, nameOf } from "./common.js";
import { DIMENSIONS } from "./supervision-terms.js";

define({
  "nav.quality": ["คุณภาพ 4Q และ SAR", "4Q quality and SAR"],
  "q.title": ["คุณภาพโรงเรียน 4Q และรายงาน SAR", "4Q school quality and SAR"],
  "q.col.school": ["โรงเรียน", "School"],
  "q.col.agreement": ["ข้อตกลง", "Agreement"],
  "q.col.overall": ["คะแนนรวม", "Overall"],
  "q.col.met": ["บรรลุเป้าหมาย (ด้าน)", "Targets met"],
  "q.col.sar": ["SAR", "SAR"],
  "q.signed": ["ลงนามแล้ว", "Signed"],
  "q.none": ["ยังไม่มี", "None yet"],
  "q.agreement": ["บันทึกข้อตกลงความร่วมมือ (เป้าหมาย 4Q)", "Quality agreement (4Q targets)"],
  "q.target": ["เป้าหมาย: {dim} (0–100)", "Target: {dim} (0–100)"],
  "q.score": ["คะแนน: {dim} (0–100)", "Score: {dim} (0–100)"],
  "q.signed_on": ["วันที่ลงนาม", "Signed on"],
  "q.school_director": ["ผู้อำนวยการโรงเรียน", "School director"],
  "q.esa_director": ["ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา", "ESA director"],
  "q.sign": ["บันทึกข้อตกลง", "Record the agreement"],
  "q.evaluation": ["ประเมินผลคุณภาพปลายปี", "Year-end quality evaluation"],
  "q.evaluated_on": ["วันที่ประเมิน", "Evaluated on"],
  "q.evaluate": ["บันทึกผลการประเมิน", "Record the evaluation"],
  "q.scores": ["คะแนนเทียบเป้าหมาย", "Scores against targets"],
  "q.honour": ["ยกย่องเชิดชูเกียรติ", "Honour the school"],
  "q.honour_title": ["ชื่อรางวัล/การยกย่อง", "Honour"],
  "q.awarded_on": ["วันที่มอบ", "Awarded on"],
  "q.award": ["บันทึกการยกย่อง", "Record the honour"],
  "sar.title": ["รายงานการประเมินตนเอง (SAR)", "Self-assessment report (SAR)"],
  "sar.document": ["ไฟล์รายงาน SAR", "SAR document"],
  "sar.send": ["ส่งรายงาน SAR", "Send the SAR"],
  "sar.review": ["พิจารณารายงาน SAR", "Review the SAR"],
  "sar.decision": ["ผลการพิจารณา", "Decision"],
  "sar.accept": ["ผ่านการพิจารณา", "Accept"],
  "sar.return": ["ส่งกลับให้แก้ไข", "Return for correction"],
  "sar.reasons": ["เหตุผล/สิ่งที่ต้องแก้ไข (บรรทัดละหนึ่งข้อ)", "Reasons, one per line"],
  "sar.status.received": ["รอพิจารณา", "Received"],
  "sar.status.returned": ["ส่งกลับแก้ไข", "Returned"],
  "sar.status.accepted": ["ผ่านการพิจารณา", "Accepted"],
  "sar.document_needed": ["กรุณาเลือกไฟล์รายงาน SAR", "Choose the SAR file."],
});

const base = (esa) => `/v1/esas/${encodeURIComponent(esa)}`;
const refresh = () => navigate(location.pathname + location.search, { replaceState: true });
const sarBadge = (s) => (s ? badge(t(`sar.status.${s.status}`), s.status === "accepted" ? "ok" : s.status === "returned" ? "err" : "warn") : "–");

addMenuItems((g) => (["supervisor", "esa_director"].includes(g.role) ? [[`/esas/${g.id}/quality`, "nav.quality"]] : []));

async function renderList(view, { esa }, query) {
  const year = chosenYear(query);
  const [quality, sar, schools] = await Promise.all([
    api.get("supervision", `${base(esa)}/quality`, { year }), api.get("supervision", `${base(esa)}/sar`, { year }), schoolsOf(esa)]);
  const q = Object.fromEntries(quality.map((d) => [d.school, d]));
  const s = Object.fromEntries(sar.map((d) => [d.school, d]));
  const ranked = quality.filter((d) => d.overall !== undefined).sort((a, b) => b.overall - a.overall);
  append(view, [pageHead(t("q.title")), yearFilter(query),
    ranked.length ? card(t("sv.ranking"), barChart({ title: t("sv.ranking"), max: 100, items: ranked.map((d) => ({ label: nameOf(schools.find((x) => x.school === d.school)), value: d.overall, display: number(d.overall, 1) })) })) : null,
    card(null, table({ caption: t("q.title"), rows: schools, testid: "quality", columns: [
      { label: t("q.col.school"), value: (x) => h("a", { href: `/esas/${esa}/quality/${x.school}?year=${year}` }, nameOf(x)) },
      { label: t("q.col.agreement"), value: (x) => (q[x.school]?.agreement ? badge(t("q.signed"), "ok") : t("q.none")) },
      { label: t("q.col.overall"), value: (x) => (q[x.school]?.overall !== undefined ? number(q[x.school].overall, 1) : "–"), class: "num" },
      { label: t("q.col.met"), value: (x) => (q[x.school]?.targets_met ? `${Object.values(q[x.school].targets_met).filter(Boolean).length}/5` : "–") },
      { label: t("q.col.sar"), value: (x) => sarBadge(s[x.school]) },
    ] }))]);
}

function dimFields(prefix, label, values = {}) {
  return DIMENSIONS.map((d) => {
    define({ [`${prefix}.${d}`]: [t(label, { dim: t(`dim.${d}`) }), t(label, { dim: t(`dim.${d}`) })] });
    return { name: `${prefix}.${d}`, label: `${prefix}.${d}`, type: "number", min: 0, max: 100, required: true, value: values[d] ?? "" };
  });
}

async function renderSchoolYear(view, { esa, school }, query) {
  const year = chosenYear(query);
  const [quality, sar, doc] = await Promise.all([
    api.get("supervision", `${base(esa)}/quality`, { year }), api.get("supervision", `${base(esa)}/sar`, { year }), schoolInfo(school)]);
  const q = quality.find((d) => d.school === school) || {};
  const s = sar.find((d) => d.school === school);
  const director = grantsOf("esa_director").some((g) => g.id === esa);
  const path = `${base(esa)}/schools/${school}`;
  const wait = (accept) => until(() => api.get("supervision", `${base(esa)}/quality`, { year }), (list) => accept(list.find((d) => d.school === school) || {}));
  append(view, [pageHead(`${nameOf(doc)} — ${t("common.year")} ${year}`, { back: `/esas/${esa}/quality?year=${year}` })]);
  if (q.dimension_scores) {
    view.append(card(t("q.scores"), barChart({ title: t("q.scores"), max: 100, items: DIMENSIONS.map((d) => ({
      label: t(`dim.${d}`), value: q.dimension_scores[d] || 0,
      display: `${number(q.dimension_scores[d], 1)} / ${number(q.agreement?.targets?.[d], 0)} ${q.targets_met?.[d] ? "✓" : "✗"}`,
    })) })));
  }
  view.append(card(t("q.agreement"), form({
    testid: "agreement", submit: "q.sign",
    fields: [...dimFields("targets", "q.target", q.agreement?.targets),
      { name: "signed_on", label: "q.signed_on", type: "date", required: true, value: q.agreement?.signed_on || isoDay() },
      { name: "school_director", label: "q.school_director", required: true, maxlength: 300, value: q.agreement?.school_director || "" },
      { name: "esa_director", label: "q.esa_director", required: true, maxlength: 300, value: q.agreement?.esa_director || "" }],
    onSubmit: (v) => api.put("supervision", `${path}/quality/${year}/agreement`, v),
    onDone: async () => { await wait((d) => d.agreement); refresh(); },
  })));
  if (q.agreement) {
    view.append(card(t("q.evaluation"), form({
      testid: "evaluation", submit: "q.evaluate",
      fields: [...dimFields("scores", "q.score"), { name: "evaluated_on", label: "q.evaluated_on", type: "date", required: true, value: isoDay() }],
      onSubmit: (v) => api.post("supervision", `${path}/quality/${year}/evaluation`, {
        evaluated_on: v.evaluated_on, indicators: Object.fromEntries(DIMENSIONS.map((d) => [d, { overall: v.scores[d] }])),
      }),
      onDone: async () => { await wait((d) => d.overall !== undefined); refresh(); },
    })));
  }
  if (q.overall !== undefined && director) {
    view.append(card(t("q.honour"), h("ul", {}, (q.honours || []).map((x) => h("li", {}, `${x.title_th} (${formatDate(x.awarded_on)})`))), form({
      testid: "honour", submit: "q.award",
      fields: [{ name: "title_th", label: "q.honour_title", required: true, maxlength: 300 }, { name: "awarded_on", label: "q.awarded_on", type: "date", required: true, value: isoDay() }],
      onSubmit: (v) => api.post("supervision", `${path}/quality/${year}/honours`, v),
      onDone: async () => { await wait((d) => (d.honours || []).length > (q.honours || []).length); refresh(); },
    })));
  }
  const sarCard = card(t("sar.title"), h("p", {}, sarBadge(s)), s?.document ? h("p", { class: "small" }, `${s.document.title} — SHA-256 ${s.document.sha256.slice(0, 16)}…`) : null);
  if (s && s.status === "received") {
    sarCard.append(form({
      testid: "sar-review", submit: "sar.review",
      fields: [{ name: "decision", label: "sar.decision", type: "radios", required: true, options: [{ value: "accept", label: t("sar.accept") }, { value: "return", label: t("sar.return") }] },
        { name: "reasons", label: "sar.reasons", type: "lines", required: true, lineMax: 1000, maxItems: 30, showIf: (v) => v.decision === "return" }],
      onSubmit: (v) => api.post("supervision", `${path}/sar/${year}/review`, v),
      onDone: async () => { await until(() => api.get("supervision", `${base(esa)}/sar`, { year }), (l) => (l.find((d) => d.school === school) || {}).status !== "received"); refresh(); },
    }));
  }
  view.append(sarCard);
}

addSchoolSection(async (view, { school, esa, own }) => {
  if (!own) return;
  const year = chosenYear(new URLSearchParams(location.search));
  const [quality, sar] = await Promise.all([api.get("supervision", `${base(esa)}/quality`, { year }), api.get("supervision", `${base(esa)}/sar`, { year })]);
  const q = quality[0];
  const s = sar[0];
  const parts = [h("p", {}, sarBadge(s))];
  if (s?.history) parts.push(h("ul", { class: "small" }, s.history.filter((x) => x.reasons).map((x) => h("li", {}, x.reasons.join("; ")))));
  if (!s || s.status === "returned") {
    parts.push(form({
      testid: "sar-send", submit: "sar.send",
      fields: [{ name: "document", label: "sar.document", type: "custom", render: (label, id) => evidencePicker(label, id, { single: true }),
        required: true, requiredMessage: "sar.document_needed" }],
      onSubmit: (v) => api.put("supervision", `${base(esa)}/sar/${year}`, { document: v.document }),
      onDone: async () => { await until(() => api.get("supervision", `${base(esa)}/sar`, { year }), (l) => l[0] && l[0].status === "received"); navigate(location.pathname, { replaceState: true }); },
    }));
  }
  view.append(card(t("sar.title"), ...parts));
  if (q?.agreement) {
    view.append(card(t("q.agreement"), h("ul", {}, DIMENSIONS.map((d) => h("li", {}, `${t(`dim.${d}`)}: ${number(q.agreement.targets[d], 0)}${q.dimension_scores ? ` → ${number(q.dimension_scores[d], 1)}` : ""}`)))));
  }
});

export const routes = [
  { path: "/esas/:esa/quality", render: renderList },
  { path: "/esas/:esa/quality/:school", render: renderSchoolYear },
];
