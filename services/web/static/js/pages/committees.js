// Committees at work: the cases awaiting this committee (province or nation), its meetings
// with their agendas, scheduling a meeting and putting cases on its agenda.

import { h, append } from "../core/dom.js";
import { t, define } from "../core/i18n.js";
import { api, until } from "../core/api.js";
import { formatDate, isoDay } from "../core/thai.js";
import { grants, COMMITTEE_ROLES } from "../core/session.js";
import { navigate } from "../core/router.js";
import { form } from "../ui/form.js";
import { table, badge } from "../ui/table.js";
import { pageHead, card, chosenYear, yearFilter } from "./common.js";
import "./curriculum-terms.js";

define({
  "com.title": ["งานของคณะกรรมการ", "Committee work"],
  "com.waiting": ["คำขอที่รอ{committee}พิจารณา", "Cases awaiting the {committee}"],
  "com.all": ["คำขอหลักสูตรทั้งหมด", "Every curriculum case"],
  "com.col.school": ["โรงเรียน", "School"],
  "com.col.case": ["คำขอ", "Case"],
  "com.col.stage": ["สถานะ", "Stage"],
  "com.col.type": ["ประเภท", "Type"],
  "com.meetings": ["การประชุมและระเบียบวาระ", "Meetings and agendas"],
  "com.col.meets_on": ["วันประชุม", "Meets on"],
  "com.col.title": ["การประชุม", "Meeting"],
  "com.col.agenda": ["วาระ (คำขอ)", "Agenda (cases)"],
  "com.schedule": ["นัดประชุม", "Schedule a meeting"],
  "com.meeting_title": ["ชื่อการประชุม", "Meeting title"],
  "com.meeting_no": ["ครั้งที่", "Number"],
  "com.location": ["สถานที่", "Place"],
  "com.add_agenda": ["บรรจุเข้าวาระ", "Put on the agenda"],
  "com.meeting": ["การประชุม", "Meeting"],
  "com.no_meeting": ["ยังไม่มีการประชุมที่จะบรรจุวาระ", "No meeting to put it on yet"],
});

const PROVINCIAL = ["academic_subcommittee", "driving_committee"];
const STAGE_OF = { academic_subcommittee: "screening", driving_committee: "provincial_review", policy_committee: "national_review" };

function base(scope) {
  return scope === "th" ? "/v1/nation" : `/v1/provinces/${encodeURIComponent(scope)}`;
}

async function renderCommittee(view, { scope }, query) {
  const year = chosenYear(query);
  const mine = grants().filter((g) => COMMITTEE_ROLES.includes(g.role) && (g.id === scope || g.level === "nation"));
  const committee = (mine.find((g) => (scope === "th" ? g.role === "policy_committee" : PROVINCIAL.includes(g.role))) || {}).role;
  const [cases, meetings] = await Promise.all([
    api.get("curriculum", `${base(scope)}/curriculum-cases`, { year }),
    api.get("curriculum", `${base(scope)}/curriculum-meetings`, { year }),
  ]);
  const mineMeetings = meetings.filter((m) => !committee || m.committee === committee);
  const waiting = cases.filter((c) => c.stage === STAGE_OF[committee]);
  const reload = (accept) => async () => { await until(() => api.get("curriculum", `${base(scope)}/curriculum-meetings`, { year }), accept); navigate(location.pathname + location.search, { replaceState: true }); };
  const caseColumns = [
    { label: t("com.col.school"), value: (c) => c.school_name || c.school },
    { label: t("com.col.case"), value: (c) => h("a", { href: `/esas/${c.esa}/curriculum/${c.case_id}` }, c.title || c.case_id) },
    { label: t("com.col.type"), value: (c) => t(`ctype.${c.curriculum_type}`) },
    { label: t("com.col.stage"), value: (c) => badge(t(`stage.${c.stage}`), "info") },
  ];
  const agendaColumn = {
    label: t("com.add_agenda"), value: (c) => (mineMeetings.length ? form({
      testid: `agenda-${c.case_id}`, submit: "com.add_agenda",
      fields: [{ name: "meeting", label: "com.meeting", type: "select", options: mineMeetings.map((m) => ({ value: m.meeting_id, label: `${formatDate(m.meets_on)} ${m.title}` })) }],
      onSubmit: (v) => api.post("curriculum", `${base(scope)}/curriculum-meetings/${v.meeting}/agenda`, { esa: c.esa, case_id: c.case_id }),
      onDone: reload((list) => list.some((m) => (m.agenda || []).some((i) => i.case_id === c.case_id))),
    }) : t("com.no_meeting")),
  };
  append(view, [pageHead(t("com.title"), { lead: committee ? t(`committee.${committee}`) : null }), yearFilter(query)]);
  if (committee) {
    view.append(card(t("com.waiting", { committee: t(`committee.${committee}`) }),
      table({ caption: t("com.waiting", { committee: t(`committee.${committee}`) }), rows: waiting, testid: "waiting", columns: [...caseColumns, agendaColumn] })));
  }
  view.append(card(t("com.meetings"), table({ caption: t("com.meetings"), rows: mineMeetings, testid: "meetings", columns: [
    { label: t("com.col.meets_on"), value: (m) => formatDate(m.meets_on) },
    { label: t("com.col.title"), value: (m) => `${m.title}${m.number ? ` (${m.number})` : ""} — ${t(`committee.${m.committee}`)}` },
    { label: t("com.col.agenda"), value: (m) => h("ol", { class: "small" }, (m.agenda || []).map((i) => h("li", {},
      h("a", { href: `/esas/${i.esa}/curriculum/${i.case_id}` }, i.case_id),
      ((m.decisions || {})[i.case_id] || []).map((d) => [" ", badge(t(`outcome.${d.outcome}`), "ok")])))) },
  ] }), committee ? h("details", {}, h("summary", {}, t("com.schedule")), form({
    testid: "schedule", submit: "com.schedule",
    fields: [{ name: "meets_on", label: "com.col.meets_on", type: "date", required: true, value: isoDay() },
      { name: "title", label: "com.meeting_title", required: true, maxlength: 300, value: `การประชุม${t(`committee.${committee}`)}` },
      { name: "number", label: "com.meeting_no", maxlength: 40 }, { name: "location", label: "com.location", maxlength: 300 }],
    onSubmit: (v) => api.post("curriculum", `${base(scope)}/curriculum-meetings`, scope === "th" ? v : { ...v, committee }),
    onDone: reload((list) => list.length > meetings.length),
  })) : null));
  view.append(card(t("com.all"), table({ caption: t("com.all"), rows: cases, testid: "all-cases", columns: caseColumns })));
}

export const routes = [{ path: "/committees/:scope", render: renderCommittee }];
