// Calling the services through the web app's proxy (/api/<service>/...), with the session's
// token. Failures become ApiError carrying the services' Thai message, English message,
// stable code and details (fields at fault), which ui/errors.js shows as what to fix.
// The reads a supervisor needs in a school without coverage (directory, supervision, needs)
// are kept on the device: offline, a read answers what was last seen (`window.__staleReads`
// counts them, and the page says so) rather than failing.

import { token, signOut, session } from "./session.js";
import { idb } from "./idb.js";

const KEPT = new Set(["directory", "supervision", "needs"]);
const person = () => (session() && session().claims ? session().claims.sub : "");

async function keep(url, data) {
  try {
    await idb.put("answers", { key: `${person()}|${url}`, data, at: Date.now() });
  } catch { /* a full or missing store only loses the offline copy */ }
}

async function kept(url) {
  try {
    const found = await idb.get("answers", `${person()}|${url}`);
    return found ? found.data : undefined;
  } catch {
    return undefined;
  }
}

/** Forget what was kept for offline reading (on signing out). */
export const forgetKept = () => idb.clear("answers").catch(() => {});

export class ApiError extends Error {
  constructor(status, error) {
    super(error.message_en || error.message || `HTTP ${status}`);
    this.status = status;
    this.code = error.code || `http_${status}`;
    this.messageTh = error.message || "";
    this.messageEn = error.message_en || "";
    this.details = error.details;
  }
}

function newKey() {
  return crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;
}

async function call(method, service, path, { body, params, key, ifMatch, raw } = {}) {
  const url = new URL(`/api/${service}${path}`, location.origin);
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== "") url.searchParams.set(k, v);
  }
  const headers = { Accept: "application/json" };
  const t = token();
  if (t) headers.Authorization = `Bearer ${t}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET") headers["Idempotency-Key"] = key || newKey();
  if (ifMatch !== undefined && ifMatch !== null) headers["If-Match"] = `"${ifMatch}"`;
  let response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    const offline = method === "GET" && KEPT.has(service) && !raw ? await kept(url.toString()) : undefined;
    if (offline !== undefined) {
      window.__staleReads = (window.__staleReads || 0) + 1;
      document.dispatchEvent(new CustomEvent("nithet:stale-read", { detail: url.pathname }));
      return offline;
    }
    throw new ApiError(0, { code: "network", message: "เชื่อมต่อระบบไม่ได้ กรุณาตรวจสอบอินเทอร์เน็ตแล้วลองใหม่",
      message_en: "Could not reach Nithet; check the connection and try again." });
  }
  if (raw && response.ok) return response;
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = text;
  }
  if (!response.ok) {
    const error = data && data.error ? data.error : { message: "", message_en: String(text).slice(0, 200) };
    if (response.status === 401 && token()) signOut({ expired: true });
    throw new ApiError(response.status, error);
  }
  if (method === "GET" && KEPT.has(service) && !raw) keep(url.toString(), data);
  return data;
}

export const api = {
  get: (service, path, params) => call("GET", service, path, { params }),
  post: (service, path, body, opts = {}) => call("POST", service, path, { body, ...opts }),
  put: (service, path, body, opts = {}) => call("PUT", service, path, { body, ...opts }),
  patch: (service, path, body, opts = {}) => call("PATCH", service, path, { body, ...opts }),
  del: (service, path, opts = {}) => call("DELETE", service, path, opts),
  raw: (service, path, params) => call("GET", service, path, { params, raw: true }),
  send: (method, service, path, body, opts = {}) => call(method, service, path, { body, ...opts }),
  newKey,
};

/** Download a file the API serves (an export) with the token, as the browser's download. */
export async function download(service, path, params, filename) {
  const response = await api.raw(service, path, params);
  const blob = await response.blob();
  const disposition = response.headers.get("content-disposition") || "";
  const named = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = named ? decodeURIComponent(named[1]) : filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  return { size: blob.size, type: blob.type, name: a.download };
}

/**
 * Views are built from events, a moment after a command is accepted: after a command, wait
 * until the view shows it (or give up quietly after a few seconds and show what there is).
 */
export async function until(probe, accept = (value) => Boolean(value), { timeoutMs = 8000, intervalMs = 150 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const value = await probe();
      if (accept(value)) return value;
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 404)) throw error;
    }
    if (Date.now() > deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
