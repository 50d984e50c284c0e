// The year's summary of cooperation with other agencies (sandbox manual, item 8.3: สรุปและ
// รายงาน): what the ESA's cooperations (form 7) added up to, as reported, and the form to
// report it (again: a later report supersedes).

import { h, append } from "../core/dom.js";
import { t, define, number } from "../core/i18n.js";
import { api, until, ApiError } from "../core/api.js";
import { formatDate, isoDay } from "../core/thai.js";
import { navigate } from "../core/router.js";
import { form } from "../ui/form.js";
import { table } from "../ui/table.js";
import { addMenuItems } from "../ui/layout.js";
import { pageHead, card, chosenYear, yearFilter, schoolsOf, schoolNames } from "./common.js";

define({
  "nav.partnership_summary": ["สรุปความร่วมมือภาคีเครือข่าย", "Partnership summary"],
  "ps.title": ["สรุปและรายงานผลการประสานความร่วมมือกับหน่วยงานอื่น", "Summary of cooperation with other agencies"],
  "ps.cooperations": ["ความร่วมมือของปีการศึกษา (แบบ 7)", "The year's cooperations (form 7)"],
  "ps.partner": ["ภาคีเครือข่าย", "Partner"],
  "ps.sector": ["ภาคส่วน", "Sector"],
  "ps.activity": ["กิจกรรมความร่วมมือ", "Activity"],
  "ps.reported": ["รายงานแล้ว (ฉบับที่ {n})", "Reported (revision {n})"],
  "ps.report": ["บันทึกการรายงาน", "Report"],
  "ps.summary": ["สรุปผลการประสานความร่วมมือ", "Summary"],
  "ps.achievements": ["ผลสำเร็จที่เกิดขึ้น (บรรทัดละหนึ่งข้อ)", "Achievements, one per line"],
  "ps.next_steps": ["แนวทางการดำเนินงานต่อไป (บรรทัดละหนึ่งข้อ)", "Next steps, one per line"],
  "ps.reported_to": ["รายงานต่อ", "Reported to"],
  "ps.reported_on": ["วันที่รายงาน", "Reported on"],
  "ps.schools": ["โรงเรียนที่ได้รับการสนับสนุน", "Schools supported"],
});

const base = (esa) => `/v1/esas/${encodeURIComponent(esa)}`;
addMenuItems((g) => (["supervisor", "esa_director"].includes(g.role) && g.level === "esa" ? [[`/esas/${g.id}/partnership-summary`, "nav.partnership_summary"]] : []));

const notYet = (error) => (error instanceof ApiError && error.status === 404 ? null : Promise.reject(error));

function reported(s, names) {
  if (!s) return null;
  return h("div", { "data-testid": "summary" },
    h("p", {}, `${t("ps.reported", { n: s.revision })} — ${formatDate(s.reported_on)} — ${t("ps.reported_to")} ${s.reported_to}`),
    h("p", {}, s.summary_th),
    h("p", {}, Object.entries(s.by_sector).map(([k, n]) => `${t(`sector.${k}`)} ${number(n)}`).join(", ")),
    s.schools.length ? h("p", {}, `${t("ps.schools")}: ${s.schools.map((x) => names[x] || x).join(", ")}`) : null);
}

async function renderSummary(view, { esa }, query) {
  const year = chosenYear(query);
  const path = `${base(esa)}/partnership-summaries/${year}`;
  const [summary, partnerships, schools] = await Promise.all([api.get("supervision", path).catch(notYet),
    api.get("supervision", `${base(esa)}/partnerships`, { year }), schoolsOf(esa)]);
  const names = schoolNames(schools);
  append(view, [pageHead(t("ps.title")), yearFilter(query),
    card(t("ps.cooperations"), table({ caption: t("ps.cooperations"), rows: partnerships, testid: "cooperations", columns: [
      { label: t("ps.partner"), value: (p) => p.partner }, { label: t("ps.sector"), value: (p) => t(`sector.${p.sector}`) },
      { label: t("ps.activity"), value: (p) => p.activity }] })),
    card(t("ps.title"), reported(summary, names), form({
      testid: "partnership-summary", submit: "ps.report",
      fields: [{ name: "summary_th", label: "ps.summary", type: "textarea", required: true, rows: 4, maxlength: 4000, value: summary?.summary_th || "" },
        { name: "achievements", label: "ps.achievements", type: "lines", lineMax: 1000, maxItems: 30, value: summary?.achievements || [] },
        { name: "next_steps", label: "ps.next_steps", type: "lines", lineMax: 1000, maxItems: 30, value: summary?.next_steps || [] },
        { name: "reported_to", label: "ps.reported_to", required: true, maxlength: 300, value: summary?.reported_to || "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา" },
        { name: "reported_on", label: "ps.reported_on", type: "date", required: true, value: isoDay() }],
      onSubmit: (v) => api.put("supervision", path, v),
      onDone: async (answer) => {
        await until(() => api.get("supervision", path), (x) => x.revision >= answer.revision);
        navigate(location.pathname + location.search, { replaceState: true });
      },
    }))]);
}

export const routes = [{ path: "/esas/:esa/partnership-summary", render: renderSummary }];
