// People and their roles for administrators: an ESA's people with the roles they hold at the
// ESA, its clusters and schools; who holds which role at the nation or a province; granting a
// role, revoking one, registering a person.

import { h } from "../core/dom.js";
import { t, define } from "../core/i18n.js";
import { api, until } from "../core/api.js";
import { formatDate } from "../core/thai.js";
import { table } from "../ui/table.js";
import { errorBox } from "../ui/errors.js";
import { card } from "./common.js";
import { dir, nameOf, enc, panel, commandForm, names, reload, shows } from "./organisation-common.js";

define({
  "org.people": ["บุคลากรและบทบาท", "People and roles"],
  "org.col.person": ["บุคลากร", "Person"],
  "org.col.position": ["ตำแหน่ง", "Position"],
  "org.col.roles": ["บทบาท", "Roles"],
  "org.col.since": ["ตั้งแต่", "Since"],
  "org.revoke": ["ถอนบทบาท", "Revoke"],
  "org.grant": ["มอบบทบาท", "Grant a role"],
  "org.person_id": ["รหัสผู้ใช้ (เช่น malee.jaidee)", "Person id (e.g. malee.jaidee)"],
  "org.role": ["บทบาท", "Role"],
  "org.unit": ["หน่วยงานที่มอบบทบาท", "Where the role is held"],
  "org.register_person": ["ลงทะเบียนบุคลากร", "Register a person"],
  "org.position": ["ตำแหน่ง", "Position"],
  "org.holders": ["ผู้มีบทบาท", "Role holders"],
  "org.at.nation": ["ประเทศ", "Nation"],
  "org.at.province": ["จังหวัด", "Province"],
  "org.at.esa": ["เขตพื้นที่", "ESA"],
  "org.at.cluster": ["กลุ่มโรงเรียน", "Cluster"],
  "org.at.school": ["โรงเรียน", "School"],
});

const ROLES_AT = {
  nation: ["policy_committee", "admin", "integration"],
  province: ["provincial_officer", "academic_subcommittee", "driving_committee", "admin", "integration"],
  esa: ["supervisor", "esa_director", "admin", "integration"],
  cluster: ["supervisor", "admin", "integration"],
  school: ["school_director", "school_staff", "admin", "integration"],
};
const ESA_ROLES = [...new Set(["esa", "cluster", "school"].flatMap((l) => ROLES_AT[l]))];
const roleOptions = (roles) => roles.map((r) => ({ value: r, label: t(`role.${r}`) }));
const personField = { name: "person", label: "org.person_id", required: true, maxlength: 61 };

function revokeButton(person, g) {
  return h("button", { type: "button", class: "secondary small", "data-testid": `revoke-${person}-${g.role}-${g.scope}`,
    onclick: async (event) => {
      const button = event.currentTarget;
      button.disabled = true;
      try {
        const answer = await api.post("directory", `/v1/people/${enc(person)}/grants/revoke`, { role: g.role, level: g.level, scope: g.scope });
        await until(() => dir(`/v1/people/${enc(person)}`), (doc) => shows(answer, doc), { timeoutMs: 10000 });
        reload();
      } catch (error) {
        button.disabled = false;
        button.after(errorBox(error));
      }
    } }, t("org.revoke"));
}

const roleChip = (person, g) => h("li", {}, `${t(`role.${g.role}`)} · ${t(`org.at.${g.level}`)} ${g.scope} `, revokeButton(person, g));

function grantForm({ testid, roles, units, person }) {
  return commandForm({
    testid, submit: "org.grant",
    fields: [
      person ? null : personField,
      { name: "role", label: "org.role", type: "select", required: true, options: roleOptions(roles) },
      units.length > 1 ? { name: "scope", label: "org.unit", type: "select", required: true, options: units } : null,
    ].filter(Boolean),
    path: (v) => `/v1/people/${enc(person || v.person)}/grants`,
    body: (v) => {
      const [level, scope] = (v.scope || units[0].value).split(":");
      return { role: v.role, level, scope };
    },
    fieldOf: { level: "scope" },
    view: (answer) => `/v1/people/${enc(answer.person)}`,
  });
}

function registerForm(e) {
  return commandForm({
    testid: "register-person", submit: "org.register_person", path: "/v1/people",
    fields: [personField, ...names(), { name: "position_th", label: "org.position", maxlength: 200 }],
    body: (v) => ({ ...v, esa: e.esa }),
    view: (answer) => `/v1/people/${enc(answer.person)}`,
  });
}

/** The ESA's people with their roles there, and the forms to change them. */
export async function peopleCard(e, schools) {
  const people = await dir(`/v1/esas/${enc(e.esa)}/people`);
  const units = [{ value: `esa:${e.esa}`, label: `${t("org.at.esa")} ${e.short_th || e.esa}` },
    ...e.clusters.filter((c) => c.status !== "closed").map((c) => ({ value: `cluster:${c.cluster}`, label: `${t("org.at.cluster")} ${nameOf(c)}` })),
    ...schools.filter((s) => s.status !== "closed").map((s) => ({ value: `school:${s.school}`, label: `${t("org.at.school")} ${nameOf(s)} (${s.school})` }))];
  return card(t("org.people"),
    table({ caption: t("org.people"), rows: people, testid: "people", columns: [
      { label: t("org.col.person"), value: (p) => `${nameOf(p)} (${p.person})` },
      { label: t("org.col.position"), value: (p) => p.position_th || "–" },
      { label: t("org.col.roles"), value: (p) => h("ul", { class: "plain" }, p.grants.map((g) => roleChip(p.person, g))) },
    ] }),
    panel(t("org.grant"), () => grantForm({ testid: "grant-role", roles: ESA_ROLES, units }), "grant-role-panel"),
    panel(t("org.register_person"), () => registerForm(e), "register-person-panel"));
}

/** Who holds which role at the nation or a province, with revoke buttons and a grant form. */
export async function grantsPanel(level, scope) {
  const at = await dir("/v1/grants", { level, scope });
  return h("div", { "data-testid": `grants-${level}-${scope}` },
    table({ caption: t("org.holders"), rows: at.holders, columns: [
      { label: t("org.col.person"), value: (x) => `${nameOf(x) || x.person} (${x.person})` },
      { label: t("org.role"), value: (x) => t(`role.${x.role}`) },
      { label: t("org.col.since"), value: (x) => (x.since ? formatDate(x.since) : "–") },
      { label: t("org.revoke"), value: (x) => revokeButton(x.person, { role: x.role, level, scope }) },
    ] }),
    panel(t("org.grant"), () => grantForm({ testid: `grant-${level}-${scope}`, roles: ROLES_AT[level], units: [{ value: `${level}:${scope}`, label: scope }] })));
}
