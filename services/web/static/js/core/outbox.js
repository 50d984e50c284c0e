// Drafts written on this device, kept in IndexedDB until a service accepted them: a visit, a
// revision of one, a classroom observation. A draft keeps the moment it was written and one
// Idempotency-Key (and the ids it chose: visit_id, observation_id), so sending it again after
// a lost answer never records it twice. Offline it waits; it is sent when the connection
// returns (the `online` event, the app's start, every half minute while some wait). An
// answer 409 (changed meanwhile) makes it a conflict for the supervisor to resolve; any other
// refusal is kept with the service's message for her to correct. Nothing is overwritten.
//
// A draft: {id, person, kind, esa, method, service, path, body, key, state, written_at,
// title, after?, attempts, error?, result?}; state: editing | queued | conflict | refused | sent.

import { idb } from "./idb.js";
import { api, ApiError } from "./api.js";
import { session } from "./session.js";

const listeners = new Set();
const RETRY_MS = 30000;
const KEEP_SENT_MS = 24 * 3600 * 1000;
let timer = null;
let flushing = null;

const person = () => (session() && session().claims ? session().claims.sub : "");
const notify = () => { for (const fn of listeners) fn(); };
export const onDrafts = (fn) => { listeners.add(fn); return () => listeners.delete(fn); };

export async function drafts() {
  const all = await idb.all("drafts").catch(() => []);
  return all.filter((d) => d.person === person()).sort((a, b) => String(a.written_at).localeCompare(b.written_at));
}

export const draft = (id) => idb.get("drafts", id).catch(() => null);

export async function save(d) {
  await idb.put("drafts", { attempts: 0, ...d, person: d.person || person() });
  notify();
}

export async function discard(id) {
  await idb.del("drafts", id);
  notify();
}

/** Send one draft; answers the draft as it stands afterwards (`sent_via`: now | later). */
async function send(d, via) {
  try {
    const result = await api.send(d.method, d.service, d.path, d.body, { key: d.key });
    const sent = { ...d, state: "sent", result, sent_at: new Date().toISOString(), sent_via: via, error: null };
    await idb.put("drafts", sent);
    return sent;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const failure = { status: error.status, code: error.code, messageTh: error.messageTh, messageEn: error.messageEn, details: error.details };
    const waits = error.status === 0 || error.status === 401 || error.status >= 500;
    const state = waits ? "queued" : error.status === 409 ? "conflict" : "refused";
    const next = { ...d, state, attempts: (d.attempts || 0) + 1, error: failure };
    await idb.put("drafts", next);
    return next;
  }
}

/**
 * Keep a finished draft and try to send it at once. Answers the draft (state sent or queued).
 * A refusal or conflict is thrown as the ApiError (a form shows it at its fields) and the
 * draft is dropped, the form still holding what was written; with `keep` it stays listed.
 */
export async function submit(d, { keep = false } = {}) {
  const queued = { ...d, state: "queued", attempts: 0, person: person() };
  await idb.put("drafts", queued);
  notify();
  if (blocked(queued, await drafts())) {
    schedule();
    return queued; // sent after the draft it depends on (an observation after its visit)
  }
  const after = await send(queued, "now");
  notify();
  if (!keep && (after.state === "refused" || after.state === "conflict")) {
    await idb.del("drafts", d.id);
    notify();
    throw refusalOf(after);
  }
  schedule();
  return after;
}

/** A kept refusal as the ApiError a form shows. */
export function refusalOf(d) {
  const e = d.error || {};
  return new ApiError(e.status, { code: e.code, message: e.messageTh, message_en: e.messageEn, details: e.details });
}

function blocked(d, all) {
  if (!d.after) return false;
  const first = all.find((x) => x.id === d.after);
  return Boolean(first) && first.state !== "sent";
}

async function flushNow() {
  const all = await drafts();
  for (const d of all) {
    if (d.state === "sent" && Date.now() - Date.parse(d.sent_at) > KEEP_SENT_MS) await idb.del("drafts", d.id);
  }
  for (const d of all) {
    if (d.state !== "queued" || blocked(d, all)) continue;
    const after = await send(d, "later");
    Object.assign(d, after);
    notify();
    if (after.state === "queued" && (after.error?.status === 0 || after.error?.status === 401)) break;
  }
  schedule();
}

/** Send every waiting draft of the signed-in person (one flush at a time, in every tab). */
export function flush() {
  if (!session() || !navigator.onLine) return Promise.resolve();
  if (!flushing) {
    const work = () => flushNow().catch((e) => console.warn(e));
    const run = navigator.locks ? navigator.locks.request("nithet-outbox", work) : work();
    flushing = run.finally(() => { flushing = null; });
  }
  return flushing;
}

async function schedule() {
  clearTimeout(timer);
  const waiting = (await drafts()).some((d) => d.state === "queued");
  if (waiting) timer = setTimeout(flush, RETRY_MS);
}

export function startOutbox() {
  window.addEventListener("online", () => { flush(); notify(); });
  window.addEventListener("offline", notify);
  flush();
}
