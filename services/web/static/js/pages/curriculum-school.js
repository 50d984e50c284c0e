// A school's competency-based curriculum: its case for the year (open one, prepare it:
// document versions, base analysis, type, school board approval, public hearing with the six
// partner groups, then submit or withdraw), and its competency assessment summaries.

import { h } from "../core/dom.js";
import { t, define } from "../core/i18n.js";
import { api, until } from "../core/api.js";
import { academicYear, semester as semesterNow, isoDay } from "../core/thai.js";
import { navigate } from "../core/router.js";
import { form } from "../ui/form.js";
import { evidencePicker } from "../ui/evidence.js";
import { errorBox } from "../ui/errors.js";
import { placeProblems, clearProblems } from "../ui/placing.js";
import { card } from "./common.js";
import { GROUPS, COMPETENCIES, CLEVELS } from "./curriculum-terms.js";

define({
  "cur.title": ["หลักสูตรสถานศึกษาฐานสมรรถนะ", "Competency-based school curriculum"],
  "cur.open": ["เริ่มจัดทำคำขอหลักสูตร", "Start a curriculum case"],
  "cur.field.title": ["ชื่อหลักสูตร", "Curriculum title"],
  "cur.field.type": ["ประเภทหลักสูตร", "Curriculum type"],
  "cur.open_submit": ["เริ่มจัดทำ", "Start"],
  "cur.view": ["ดูคำขอหลักสูตร", "Open the case"],
  "cur.prepare": ["จัดเตรียมเอกสาร", "Prepare the case"],
  "cur.document": ["เอกสารหลักสูตร (ฉบับใหม่)", "Curriculum document (a new version)"],
  "cur.document_note": ["หมายเหตุของฉบับนี้", "Note on this version"],
  "cur.add_document": ["เพิ่มเอกสารฉบับใหม่", "Add the new version"],
  "cur.analysis": ["การวิเคราะห์ฐานทุนของโรงเรียน", "The school's analysis of its base"],
  "cur.summary": ["สรุปผลการวิเคราะห์", "Summary"],
  "cur.strengths": ["จุดเด่น (บรรทัดละหนึ่งข้อ)", "Strengths, one per line"],
  "cur.needs": ["สิ่งที่ต้องพัฒนา (บรรทัดละหนึ่งข้อ)", "Development needs, one per line"],
  "cur.save": ["บันทึก", "Save"],
  "cur.board": ["ความเห็นชอบของคณะกรรมการสถานศึกษา", "School board approval"],
  "cur.approved_on": ["วันที่ให้ความเห็นชอบ", "Approved on"],
  "cur.resolution": ["มติ/เลขที่การประชุม", "Resolution"],
  "cur.hearing": ["การรับฟังความคิดเห็นภาคีเครือข่าย 6 กลุ่ม (มาตรา 26)", "Public hearing with the six partner groups (section 26)"],
  "cur.held_on": ["วันที่จัดรับฟัง", "Held on"],
  "cur.participants": ["ผู้เข้าร่วม: {group} (คน)", "Participants: {group}"],
  "cur.type_change": ["เปลี่ยนประเภทหลักสูตร", "Change the curriculum type"],
  "cur.submit": ["ยื่นเสนอคณะอนุกรรมการวิชาการ", "Submit to the academic subcommittee"],
  "cur.withdraw": ["ถอนเรื่อง", "Withdraw the case"],
  "cur.reason": ["เหตุผล", "Reason"],
  "cur.missing": ["สิ่งที่ต้องทำก่อนยื่นเสนอ", "Still needed before submitting"],
  "cur.assessment": ["ผลการประเมินสมรรถนะผู้เรียน", "Learners' competency assessment"],
  "cur.learners": ["จำนวนผู้เรียนที่ประเมิน", "Learners assessed"],
  "cur.level_count": ["{comp}: {level} (คน)", "{comp}: {level} (learners)"],
  "cur.report": ["ส่งผลการประเมิน", "Send the assessment"],
  "cur.semester": ["ภาคเรียน", "Semester"],
  "cur.file_needed": ["กรุณาแนบเอกสารหลักสูตรก่อน", "Attach the curriculum document first."],
  "cur.not_future": ["วันที่ต้องไม่เป็นวันในอนาคต", "The day must not be in the future."],
  "cur.missing_item": ["ยังไม่ได้บันทึก{item}", "{item} is not recorded yet"],
  "req.document": ["เอกสารหลักสูตร", "The curriculum document"],
  "req.base_analysis": ["การวิเคราะห์ฐานทุนของโรงเรียน", "The school's base analysis"],
  "req.school_board_approval": ["ความเห็นชอบของคณะกรรมการสถานศึกษา", "The school board's approval"],
  "req.public_hearing": ["การรับฟังความคิดเห็นภาคีเครือข่าย", "The public hearing"],
});

const notFuture = (day) => (day && day > isoDay() ? t("cur.not_future") : null);

export const casesPath = (esa) => `/v1/esas/${encodeURIComponent(esa)}/curriculum-cases`;
const reload = () => navigate(location.pathname + location.search, { replaceState: true });

/** The school's page section: its case of the year (or the form to open one). */
export async function schoolCurriculum(view, { school, esa, doc, own }) {
  const year = academicYear();
  const cases = await api.get("curriculum", casesPath(esa), { year });
  const mine = cases.filter((c) => c.school === school);
  const parts = mine.map((c) => h("p", {}, h("a", { href: `/esas/${esa}/curriculum/${c.case_id}`, class: "button" }, `${t("cur.view")}: ${c.title}`),
    " ", t(`stage.${c.stage}`)));
  if (!mine.length && own && doc.sandbox_pilot) {
    parts.push(form({
      testid: "open-case", submit: "cur.open_submit",
      fields: [{ name: "title", label: "cur.field.title", required: true, maxlength: 300, value: `หลักสูตรสถานศึกษาฐานสมรรถนะ ปีการศึกษา ${year}` },
        { name: "academic_year", label: "common.year", type: "year", value: year },
        { name: "curriculum_type", label: "cur.field.type", type: "radios", required: true, value: "2", options: [{ value: "2", label: t("ctype.2") }, { value: "3", label: t("ctype.3") }] }],
      onSubmit: (v) => api.post("curriculum", casesPath(esa), { ...v, school, curriculum_type: Number(v.curriculum_type) }),
      onDone: async (result) => {
        const id = result.case_id;
        await until(() => api.get("curriculum", `${casesPath(esa)}/${id}`));
        navigate(`/esas/${esa}/curriculum/${id}`);
      },
    }));
  }
  if (parts.length) view.append(card(t("cur.title"), ...parts));
  if (doc.sandbox_pilot) view.append(card(t("cur.assessment"), assessmentForm(esa, school, own)));
}

function assessmentForm(esa, school, own) {
  if (!own) return h("p", { class: "muted" }, "–");
  const fields = [{ name: "semester", label: "cur.semester", type: "semester" }, { name: "learners", label: "cur.learners", type: "number", min: 0, integer: true, required: true }];
  for (const c of COMPETENCIES) {
    for (const l of CLEVELS) {
      const key = `levels.${c}.${l}`;
      define({ [key]: [t("cur.level_count", { comp: t(`comp.${c}`), level: t(`clevel.${l}`) }), t("cur.level_count", { comp: t(`comp.${c}`), level: t(`clevel.${l}`) })] });
      fields.push({ name: key, label: key, type: "number", min: 0, integer: true, value: 0 });
    }
  }
  return form({
    testid: "assessment", submit: "cur.report", fields,
    onSubmit: ({ semester, learners, levels }) => api.put("curriculum",
      `/v1/esas/${encodeURIComponent(esa)}/schools/${school}/competency-assessments/${academicYear()}/${semester || semesterNow()}`,
      { learners, levels: Object.fromEntries(Object.entries(levels).filter(([, counts]) => Object.values(counts).some((n) => n > 0))) }),
  });
}

/** What the school does on its case while it is in its hands (draft, or sent back). */
export function preparation(esa, c) {
  const path = `${casesPath(esa)}/${c.case_id}`;
  const after = (accept) => async () => { await until(() => api.get("curriculum", path), accept); reload(); };
  const v = c.version;
  return [
    c.missing_for_submission?.length ? card(t("cur.missing"), h("ul", { "data-testid": "missing" }, c.missing_for_submission.map((m) => h("li", {}, m.label_th)))) : null,
    card(t("cur.document"), form({
      testid: "document", submit: "cur.add_document",
      fields: [{ name: "file", label: "cur.document", type: "custom", render: (label, id) => evidencePicker(label, id, { single: true, titleMax: 500 }),
        required: true, requiredMessage: "cur.file_needed" },
        { name: "note", label: "cur.document_note", type: "textarea", rows: 2, maxlength: 1000 }],
      onSubmit: ({ file, note }) => api.post("curriculum", `${path}/documents`, { reference: file.title, content_hash: `sha256:${file.sha256}`, note }),
      onDone: after((x) => x.documents.length > c.documents.length),
    })),
    card(t("cur.analysis"), form({
      testid: "analysis", submit: "cur.save",
      fields: [{ name: "summary", label: "cur.summary", type: "textarea", required: true, maxlength: 5000, value: c.base_analysis?.summary || "" },
        { name: "strengths", label: "cur.strengths", type: "lines", lineMax: 1000, maxItems: 30, value: (c.base_analysis?.strengths || []).join("\n") },
        { name: "development_needs", label: "cur.needs", type: "lines", lineMax: 1000, maxItems: 30, value: (c.base_analysis?.development_needs || []).join("\n") }],
      onSubmit: (b) => api.put("curriculum", `${path}/base-analysis`, b),
      onDone: after((x) => x.version > v),
    })),
    card(t("cur.board"), form({
      testid: "board", submit: "cur.save",
      fields: [{ name: "approved_on", label: "cur.approved_on", type: "date", required: true, value: isoDay(), check: notFuture },
        { name: "resolution", label: "cur.resolution", required: true, maxlength: 1000 }],
      onSubmit: (b) => api.put("curriculum", `${path}/school-board-approval`, b),
      onDone: after((x) => x.version > v),
    })),
    card(t("cur.hearing"), form({
      testid: "hearing", submit: "cur.save",
      fields: [{ name: "held_on", label: "cur.held_on", type: "date", required: true, value: isoDay(), check: notFuture },
        ...GROUPS.map((g) => {
          define({ [`participants.${g}`]: [t("cur.participants", { group: t(`group.${g}`) }), t("cur.participants", { group: t(`group.${g}`) })] });
          return { name: `participants.${g}`, label: `participants.${g}`, type: "number", min: 0, max: 100000, integer: true, required: true, value: 0 };
        })],
      onSubmit: (b) => api.put("curriculum", `${path}/public-hearing`, b),
      onDone: after((x) => x.version > v),
    })),
    card(t("cur.type_change"), form({
      testid: "type", submit: "cur.save",
      fields: [{ name: "curriculum_type", label: "cur.field.type", type: "radios", value: String(c.curriculum_type), options: [{ value: "2", label: t("ctype.2") }, { value: "3", label: t("ctype.3") }] }],
      onSubmit: (b) => api.put("curriculum", `${path}/type`, { curriculum_type: Number(b.curriculum_type) }),
      onDone: after((x) => x.version > v),
    })),
    card(t("cur.submit"), submitButton(path, after, v)),
  ];
}

/** Where each requirement of a submission is recorded (a field of its form on the page). */
const REQUIREMENT_AT = { document: "file", base_analysis: "summary", school_board_approval: "resolution", public_hearing: "held_on" };

function submitButton(path, after, v) {
  const status = h("div", { "aria-live": "polite" });
  const button = h("button", { type: "button", class: "primary", "data-testid": "submit-case", onclick: async () => {
    button.disabled = true;
    const page = button.closest("main") || document;
    clearProblems(page);
    status.replaceChildren();
    try {
      await api.post("curriculum", `${path}/submit`, {});
      await after((x) => x.version > v)();
    } catch (error) {
      button.disabled = false;
      const missing = Array.isArray(error.details?.missing) ? error.details.missing : [];
      const problems = missing.map((m) => ({ field: REQUIREMENT_AT[m] || m, message: t("cur.missing_item", { item: t(`req.${m}`) }) }));
      const placed = placeProblems(page, problems);
      const box = errorBox(error, { problems, placed, labelOf: (f) => t(`req.${Object.keys(REQUIREMENT_AT).find((k) => REQUIREMENT_AT[k] === f) || f}`) });
      status.replaceChildren(box);
      box.focus();
    }
  } }, t("cur.submit"));
  return h("div", {}, status, button);
}

export function withdrawal(esa, c) {
  const path = `${casesPath(esa)}/${c.case_id}`;
  return card(t("cur.withdraw"), h("details", {}, h("summary", {}, t("cur.withdraw")), form({
    testid: "withdraw", submit: "cur.withdraw",
    fields: [{ name: "reason", label: "cur.reason", type: "textarea", required: true, maxlength: 2000 }],
    onSubmit: (b) => api.post("curriculum", `${path}/withdraw`, b),
    onDone: async () => { await until(() => api.get("curriculum", path), (x) => x.stage === "withdrawn"); reload(); },
  })));
}
