// Signing in: the development login lists the directory's demo people (grouped by role);
// with an OIDC provider configured, one button starts the authorization code flow (PKCE).

import { h, append } from "../core/dom.js";
import { t, define, pick } from "../core/i18n.js";
import { api } from "../core/api.js";
import { signIn, session, homePath } from "../core/session.js";
import { navigate } from "../core/router.js";
import { beginSignIn, completeSignIn } from "../core/oidc.js";
import { errorBox } from "../ui/errors.js";

define({
  "login.title": ["เข้าสู่ระบบนิเทศ", "Sign in to Nithet"],
  "login.intro": ["ระบบทดลองใช้: เลือกบุคคลตัวอย่างเพื่อเข้าสู่ระบบตามบทบาท", "Demo system: choose a demo person to sign in with their role."],
  "login.as": ["เข้าสู่ระบบเป็น {name}", "Sign in as {name}"],
  "login.oidc": ["เข้าสู่ระบบด้วยบัญชีหน่วยงาน", "Sign in with your organisation account"],
  "login.expired": ["หมดเวลาการใช้งาน กรุณาเข้าสู่ระบบใหม่", "Your session expired; please sign in again."],
  "login.callback": ["กำลังเข้าสู่ระบบ…", "Signing in…"],
  "login.people": ["บุคคลตัวอย่าง", "Demo people"],
  "role.school_staff": ["ครู/บุคลากรโรงเรียน", "School staff"],
  "role.school_director": ["ผู้อำนวยการโรงเรียน", "School director"],
  "role.supervisor": ["ศึกษานิเทศก์", "Supervisor"],
  "role.esa_director": ["ผู้อำนวยการเขตพื้นที่การศึกษา", "ESA director"],
  "role.academic_subcommittee": ["คณะอนุกรรมการวิชาการ", "Academic subcommittee"],
  "role.driving_committee": ["คณะกรรมการขับเคลื่อนพื้นที่นวัตกรรมการศึกษาจังหวัด", "Provincial driving committee"],
  "role.policy_committee": ["คณะกรรมการนโยบายพื้นที่นวัตกรรมการศึกษา", "National policy committee"],
  "role.provincial_officer": ["ศึกษาธิการจังหวัด", "Provincial education officer"],
  "role.admin": ["ผู้ดูแลระบบ", "Platform administrator"],
  "role.integration": ["ระบบภายนอก", "External system"],
});

async function authConfig() {
  const meta = document.querySelector('meta[name="nithet-auth"]');
  if (meta) return JSON.parse(meta.content);
  const r = await fetch("/auth/config");
  return r.json();
}

function personButton(p) {
  const g = (p.grants || [])[0] || {};
  return h("li", {}, h("button", {
    type: "button", class: "person-card", "data-person": p.person,
    "aria-label": t("login.as", { name: pick(p.name_th, p.name_en) }),
    onclick: async (e) => {
      e.currentTarget.disabled = true;
      try {
        const answer = await api.post("directory", "/v1/dev/login", { person: p.person });
        signIn(answer.token, answer.person);
        const next = new URLSearchParams(location.search).get("next");
        navigate(next && next.startsWith("/") && !next.startsWith("//") ? next : homePath(), { replaceState: true });
      } catch (error) {
        e.currentTarget.disabled = false;
        e.currentTarget.closest("section").prepend(errorBox(error));
      }
    },
  }, h("strong", {}, pick(p.name_th, p.name_en)),
  h("span", {}, p.position_th || ""),
  h("span", { class: "muted small" }, `${t(`role.${g.role}`)} · ${g.scope || ""}`)));
}

async function renderLogin(view) {
  if (session()) return navigate(homePath(), { replaceState: true });
  const config = await authConfig();
  const section = h("section", { class: "card login" }, h("h1", {}, t("login.title")),
    h("p", { class: "muted" }, t("app.tagline")));
  if (sessionStorage.getItem("nithet.signedOut") === "expired") {
    section.append(h("p", { class: "alert warn", role: "status" }, t("login.expired")));
  }
  if (config.mode === "oidc") {
    section.append(h("button", { type: "button", class: "primary", onclick: () => beginSignIn(config, "/") }, t("login.oidc")));
  } else {
    const people = await api.get("directory", "/v1/dev/people");
    append(section, [h("p", {}, t("login.intro")),
      h("h2", {}, t("login.people")),
      h("ul", { class: "people" }, people.map(personButton))]);
  }
  view.append(section);
}

async function renderCallback(view) {
  view.append(h("h1", {}, t("login.callback")));
  const { token, returnTo } = await completeSignIn(await authConfig());
  signIn(token);
  navigate(returnTo, { replaceState: true });
}

export const routes = [
  { path: "/login", render: renderLogin },
  { path: "/auth/callback", render: renderCallback },
];
