// Recording a classroom observation on one of the ESA's published observation forms
// (rubrics): the standard form first, the supervisor's last choice remembered on this device,
// and every indicator scored on the four levels with what each level means. Offline, the
// observation is kept on the device and sent with (after) its visit.

import { h } from "../core/dom.js";
import { t, define } from "../core/i18n.js";
import { api, until } from "../core/api.js";
import { session } from "../core/session.js";
import { navigate } from "../core/router.js";
import { submit, refusalOf, discard } from "../core/outbox.js";
import { form } from "../ui/form.js";
import { errorBox } from "../ui/errors.js";
import { card } from "./common.js";
import { STANDARD_RUBRIC } from "./supervision-terms.js";
import { levelOptions } from "./scale-terms.js";

define({
  "visit.observe": ["บันทึกการสังเกตการสอน", "Record a classroom observation"],
  "visit.publish_rubric": ["ใช้แบบสังเกตมาตรฐานของเขตพื้นที่", "Publish the standard observation rubric"],
  "obs.form": ["แบบสังเกตที่ใช้", "Observation form"],
  "obs.form_version": ["{title} (ฉบับที่ {n})", "{title} (version {n})"],
  "obs.standard": ["แบบมาตรฐาน", "standard"],
  "obs.levels_help": ["ระดับคุณภาพ: ดีเยี่ยม (4) ดี (3) พอใช้ (2) ปรับปรุง (1) — คำอธิบายอยู่ใต้แต่ละระดับ", "Levels: excellent (4), good (3), fair (2), needs improvement (1) — each is explained under it."],
  "obs.teacher": ["ครูผู้สอน", "Teacher"],
  "obs.subject": ["กลุ่มสาระการเรียนรู้", "Learning area"],
  "obs.grade": ["ระดับชั้น", "Grade"],
  "obs.notes": ["บันทึกเพิ่มเติม", "Notes"],
  "obs.save": ["บันทึกผลการสังเกต", "Save the observation"],
  "obs.forms_offline": ["แบบสังเกตของเขตพื้นที่ยังไม่เคยเปิดในเครื่องนี้ เมื่อมีสัญญาณจะเลือกแบบสังเกตได้", "The ESA's observation forms were not opened on this device yet; choose one when there is a connection."],
  "obs.kept_offline": ["ไม่มีสัญญาณ: เก็บผลการสังเกตไว้ในเครื่องแล้ว จะส่งเมื่อกลับมาออนไลน์", "No connection: the observation is kept on this device and sent when the connection returns."],
});

const base = (esa) => `/v1/esas/${encodeURIComponent(esa)}`;
const memoryKey = (esa) => `nithet.rubric|${session()?.claims?.sub || ""}|${esa}`;

/** The ESA's published forms, the standard one first, then by title. */
export function orderedRubrics(rubrics) {
  return [...rubrics].sort((a, b) => (b.rubric_id === STANDARD_RUBRIC.id) - (a.rubric_id === STANDARD_RUBRIC.id)
    || String(a.title).localeCompare(String(b.title), "th"));
}

function chosenRubric(esa, ordered) {
  const remembered = localStorage.getItem(memoryKey(esa));
  return ordered.find((r) => r.rubric_id === remembered) || ordered[0];
}

function publishStandard(esa) {
  return h("button", { type: "button", class: "secondary", onclick: async (e) => {
    const b = e.currentTarget;
    b.disabled = true;
    try {
      await api.put("supervision", `${base(esa)}/rubrics/${STANDARD_RUBRIC.id}`, { title: STANDARD_RUBRIC.title, indicators: STANDARD_RUBRIC.indicators });
      await until(() => api.get("supervision", `${base(esa)}/rubrics`), (r) => r.length > 0);
      navigate(location.pathname, { replaceState: true });
    } catch (error) {
      b.disabled = false;
      b.after(errorBox(error));
    }
  } }, t("visit.publish_rubric"));
}

function observationForm(esa, visit, rubric, { after, observed }) {
  const indicators = rubric.versions[String(rubric.latest)] || [];
  const observationId = `obs${crypto.randomUUID().replace(/-/g, "").slice(0, 24)}`;
  const fields = [
    { name: "teacher", label: "obs.teacher", required: true, maxlength: 300 },
    { name: "subject_area", label: "obs.subject", required: true, maxlength: 300 },
    { name: "grade_level", label: "obs.grade", required: true, maxlength: 40 },
    ...indicators.map((i) => {
      define({ [`ind.${rubric.rubric_id}.${i.indicator_id}`]: [i.title_th, i.title_en || i.title_th] });
      return { name: `scores.${i.indicator_id}`, label: `ind.${rubric.rubric_id}.${i.indicator_id}`, type: "radios", scale: true,
        required: true, requiredMessage: "problem.choose_level", options: levelOptions() };
    }),
    { name: "notes", label: "obs.notes", type: "textarea", maxlength: 4000 },
  ];
  return form({
    testid: "observation-form", submit: "obs.save", fields, intro: t("obs.levels_help"),
    saved: (d) => t(d.state === "sent" ? "form.saved" : "obs.kept_offline"),
    onSubmit: async (values, key) => {
      const d = await submit({ id: observationId, kind: "observation", esa, visit_id: visit, after, method: "POST", service: "supervision",
        path: `${base(esa)}/visits/${encodeURIComponent(visit)}/observations`, key, written_at: new Date().toISOString(),
        title: `${values.teacher} · ${values.subject_area} · ${values.grade_level}`,
        body: { ...values, observation_id: observationId, rubric_id: rubric.rubric_id, rubric_version: rubric.latest } }, { keep: Boolean(after) });
      if (d.state === "refused") { await discard(d.id); throw refusalOf(d); }
      return d;
    },
    onDone: async (d) => {
      if (d.state !== "sent") return;
      await until(() => api.get("supervision", `${base(esa)}/visits/${encodeURIComponent(visit)}`), (x) => (x.observations || []).length > observed);
      navigate(location.pathname, { replaceState: true });
    },
  });
}

/** The card: choose the form (remembered), then score the classroom on it. */
export function observationCard(esa, visit, rubrics, { after = null, observed = 0 } = {}) {
  if (!rubrics.length && !navigator.onLine) return card(t("visit.observe"), h("p", { class: "muted" }, t("obs.forms_offline")));
  if (!rubrics.length) return card(t("visit.observe"), publishStandard(esa));
  const ordered = orderedRubrics(rubrics);
  let rubric = chosenRubric(esa, ordered);
  const holder = h("div", {});
  const draw = () => holder.replaceChildren(observationForm(esa, visit, rubric, { after, observed }));
  const select = h("select", { id: "rubric-choice", "data-testid": "rubric-choice", onchange: (e) => {
    rubric = ordered.find((r) => r.rubric_id === e.target.value);
    localStorage.setItem(memoryKey(esa), rubric.rubric_id);
    draw();
  } }, ordered.map((r) => h("option", { value: r.rubric_id, selected: r.rubric_id === rubric.rubric_id },
    `${t("obs.form_version", { title: r.title, n: r.latest })}${r.rubric_id === STANDARD_RUBRIC.id ? ` — ${t("obs.standard")}` : ""}`)));
  draw();
  return card(t("visit.observe"), h("div", { class: "field" }, h("label", { for: "rubric-choice" }, t("obs.form")), select), holder);
}
