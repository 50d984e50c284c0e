// A school's home: the surveys it is asked to answer and what it has sent; its sections
// for media, service requests, visits and its curriculum case are added by their modules.

import { h, append } from "../core/dom.js";
import { t, define } from "../core/i18n.js";
import { api } from "../core/api.js";
import { formatDate, academicYear } from "../core/thai.js";
import { grants, schoolEsa, SCHOOL_ROLES } from "../core/session.js";
import { ApiError } from "../core/api.js";
import { table, badge } from "../ui/table.js";
import { section } from "../ui/errors.js";
import { pageHead, card, schoolInfo, esaInfo, nameOf } from "./common.js";

define({
  "school.surveys": ["แบบสำรวจที่โรงเรียนต้องตอบ", "Surveys for the school"],
  "school.col.survey": ["แบบสำรวจ", "Survey"],
  "school.col.deadline": ["กำหนดส่ง", "Deadline"],
  "school.col.status": ["สถานะ", "Status"],
  "school.sent": ["ส่งแล้ว", "Sent"],
  "school.todo": ["ยังไม่ได้ตอบ", "To answer"],
  "school.cluster": ["{cluster} · {esa}", "{cluster} · {esa}"],
  "school.code": ["รหัสโรงเรียน {code}", "School code {code}"],
  "school.pilot": ["สถานศึกษานำร่องพื้นที่นวัตกรรมการศึกษา", "Education sandbox pilot school"],
});

/** Sections other modules add to a school's page: fn(container, {school, esa, doc, own}), all at once. */
const sections = [];
export const addSchoolSection = (fn) => sections.push(fn);

function notFound() {
  return new ApiError(404, { code: "not_found", message: "ไม่พบข้อมูลที่ต้องการ", message_en: "Not found." });
}

async function campaignsOf(esa) {
  return api.get("needs", `/v1/esas/${encodeURIComponent(esa)}/campaigns`, { year: academicYear() });
}

async function renderSchool(view, { school }) {
  const own = grants().some((g) => SCHOOL_ROLES.includes(g.role) && g.id === school);
  const onlySchool = grants().every((g) => g.level === "school");
  if (onlySchool && !own) throw notFound();
  // A school's own people know its ESA from their grant: everything is asked for at once.
  // Others learn it from the directory first. The ESA-scoped call answers 404 outside the
  // caller's organisation, and the page is not-found.
  const known = own ? schoolEsa(school) : null;
  const docP = schoolInfo(school);
  const esaP = known ? Promise.resolve(known) : docP.then((d) => d.esa);
  const campaignsP = esaP.then(campaignsOf);
  const infoP = esaP.then(esaInfo);
  const slots = sections.map(() => h("div", { class: "section-slot" }));
  const filled = Promise.all([docP, esaP]).then(([doc, esa]) => Promise.all(sections.map((add, i) =>
    section(async () => { await add(slots[i], { school, esa, doc, own }); return []; }).then((failed) => slots[i].append(...failed)))));
  for (const p of [infoP, filled]) p.catch(() => {});
  const [doc, esa, campaigns, info] = await Promise.all([docP, esaP, campaignsP, infoP]);
  const cluster = (info.clusters || []).find((c) => c.cluster === doc.cluster);
  append(view, [pageHead(nameOf(doc), {
    lead: [t("school.code", { code: school }), " · ", t("school.cluster", { cluster: nameOf(cluster) || doc.cluster, esa: info.short_th || nameOf(info) })].join(""),
  }), doc.sandbox_pilot ? h("p", {}, badge(t("school.pilot"), "info")) : null]);
  const mine = own ? campaigns : campaigns.filter((c) => (c.targets || {})[school]);
  view.append(card(t("school.surveys"), table({
    caption: t("school.surveys"), testid: "school-surveys", rows: mine,
    columns: [
      { label: t("school.col.survey"), value: (c) => h("a", { href: `/esas/${esa}/campaigns/${c.campaign_id}` }, c.title) },
      { label: t("school.col.deadline"), value: (c) => formatDate(c.closes_on) },
      { label: t("school.col.status"), value: (c) => {
        const answered = own ? c.my_response : (c.responses || {})[school];
        if (c.closed) return badge(t("common.closed"), "muted");
        return answered ? badge(t("school.sent"), "ok") : badge(t("school.todo"), "warn");
      } },
    ],
  })));
  await filled;
  append(view, slots);
}

export const routes = [{ path: "/schools/:school", render: renderSchool }];
