// The signed-in person: the token (development login or OIDC), its claims and grants.
// Kept in localStorage so a supervisor on a phone stays signed in until the token expires.

const KEY = "nithet.session";
const listeners = new Set();

function decode(jwt) {
  try {
    const part = jwt.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    const json = decodeURIComponent(
      [...atob(part)].map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, "0")}`).join(""),
    );
    return JSON.parse(json);
  } catch {
    return null;
  }
}

function load() {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) || "null");
    if (!saved || !saved.token) return null;
    const claims = decode(saved.token);
    if (!claims || (claims.exp && claims.exp * 1000 < Date.now())) return null;
    return { ...saved, claims };
  } catch {
    return null;
  }
}

let current = load();

export const session = () => current;
export const token = () => (current ? current.token : null);
export const grants = () => (current && current.claims ? current.claims.grants || [] : []);

export function signIn(jwt, person = null) {
  const claims = decode(jwt);
  if (!claims) throw new Error("unreadable token");
  current = { token: jwt, person, claims };
  localStorage.setItem(KEY, JSON.stringify({ token: jwt, person }));
  for (const fn of listeners) fn(current);
}

export function signOut({ expired = false } = {}) {
  current = null;
  localStorage.removeItem(KEY);
  sessionStorage.setItem("nithet.signedOut", expired ? "expired" : "yes");
  for (const fn of listeners) fn(null);
}

export const onSessionChange = (fn) => listeners.add(fn);

export function displayName() {
  if (!current) return "";
  return (current.person && current.person.name_th) || current.claims.name || current.claims.sub;
}

export const hasRole = (...roles) => grants().some((g) => roles.includes(g.role));
export const grantsOf = (...roles) => grants().filter((g) => roles.includes(g.role));

export const SCHOOL_ROLES = ["school_staff", "school_director"];
export const ESA_ROLES = ["supervisor", "esa_director"];
export const COMMITTEE_ROLES = ["academic_subcommittee", "driving_committee", "policy_committee"];

/** The page a person starts on, from their first grant. */
export function homePath() {
  const g = grants()[0];
  if (!g) return "/login";
  if (SCHOOL_ROLES.includes(g.role)) return `/schools/${g.id}`;
  if (ESA_ROLES.includes(g.role)) return `/esas/${g.id}`;
  if (g.role === "provincial_officer") return `/provinces/${g.id}`;
  if (g.role === "academic_subcommittee" || g.role === "driving_committee") {
    return `/committees/${g.id}`;
  }
  if (g.role === "policy_committee") return "/committees/th";
  if (g.role === "admin") return "/admin";
  if (g.level === "esa") return `/esas/${g.id}`;
  if (g.level === "province") return `/provinces/${g.id}`;
  return "/nation";
}

/** The ESA of a school grant (for API paths, which name the ESA). */
export function schoolEsa(school) {
  const g = grants().find((x) => x.level === "school" && x.id === school);
  return g ? g.esa : null;
}

/**
 * Whether any of the person's grants reaches an ESA (its own, a school of it, its province, the
 * nation). A page of an ESA no grant reaches is not-found without asking any service; within
 * reach, the services decide (404 outside, 403 for a role that may not see it).
 */
export function reachesEsa(esa) {
  return grants().some((g) => g.level === "nation"
    || (g.level === "province" && esa.startsWith(`${g.id}-`))
    || (g.level === "esa" && g.id === esa)
    || (g.level === "school" && g.esa === esa));
}

export function reachesProvince(province) {
  return grants().some((g) => g.level === "nation"
    || (g.level === "province" && g.id === province)
    || (g.level === "esa" && String(g.id).startsWith(`${province}-`))
    || (g.level === "school" && String(g.esa || "").startsWith(`${province}-`)));
}
