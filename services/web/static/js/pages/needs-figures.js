// Needs figures the dashboards draw from the ESA's campaigns: schools counted once however many
// surveys ask them (reporting's totals count one expected answer per survey and school, which
// for an ESA of 17 schools and a few surveys reads "of 45"), and a label for each survey that
// tells surveys with the same title apart (their dates).

import { t, define, currentLang } from "../core/i18n.js";
import { formatDate } from "../core/thai.js";

define({
  "dash.campaign_dates": ["{title} ({from} – {to})", "{title} ({from} – {to})"],
  "dash.campaign_closes": ["{title} (ปิด {to})", "{title} (closes {to})"],
  "dash.campaign_n": ["{label} ชุดที่ {n}", "{label}, no. {n}"],
});

/** Schools asked by at least one survey, and those that answered every survey asking them. */
function askedSchools(list) {
  const asked = new Map();
  for (const c of list) {
    for (const [school, target] of Object.entries(c.targets || {})) {
      const entry = asked.get(school) || { cluster: target.cluster, all: true };
      if (!(c.responses || {})[school]) entry.all = false;
      asked.set(school, entry);
    }
  }
  return asked;
}

const rate = (a, b) => (b ? a / b : 0);

export function schoolTotals(list) {
  const asked = [...askedSchools(list).values()];
  const answered = asked.filter((x) => x.all).length;
  return { schools: asked.length, answered, rate: rate(answered, asked.length) };
}

export function clusterTotals(list) {
  const by = new Map();
  for (const x of askedSchools(list).values()) {
    const c = by.get(x.cluster) || { cluster: x.cluster, schools: 0, answered: 0 };
    c.schools += 1;
    c.answered += x.all ? 1 : 0;
    by.set(x.cluster, c);
  }
  return [...by.values()].map((c) => ({ ...c, rate: rate(c.answered, c.schools) })).sort((a, b) => a.cluster.localeCompare(b.cluster));
}

/** campaign -> its label: title and dates, numbered when two still read the same. */
export function campaignLabels(campaigns, list) {
  const lang = currentLang();
  const labels = new Map();
  for (const c of campaigns) {
    const meta = list.find((x) => x.campaign_id && x.campaign_id === c.campaign_id) || {};
    const to = formatDate(c.closes_on || meta.closes_on, { lang });
    const title = c.title || meta.title || "";
    labels.set(c, meta.opens_on
      ? t("dash.campaign_dates", { title, from: formatDate(meta.opens_on, { lang }), to })
      : t("dash.campaign_closes", { title, to }));
  }
  const counts = new Map();
  for (const label of labels.values()) counts.set(label, (counts.get(label) || 0) + 1);
  const seen = new Map();
  for (const [c, label] of [...labels]) {
    if (counts.get(label) > 1) {
      const n = (seen.get(label) || 0) + 1;
      seen.set(label, n);
      labels.set(c, t("dash.campaign_n", { label, n }));
    }
  }
  return labels;
}
