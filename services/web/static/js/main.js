// The app's entry: sign-in state, the header, and the routes of every page module.

import { register, setNotFound, startRouter, render, navigate } from "./core/router.js";
import { onLangChange } from "./core/i18n.js";
import { onSessionChange, session, homePath } from "./core/session.js";
import { renderHeader } from "./ui/layout.js";
import { startNetStatus } from "./ui/netstatus.js";
import { startOutbox, flush } from "./core/outbox.js";
import { forgetKept } from "./core/api.js";
import * as login from "./pages/login.js";
import * as notFound from "./pages/notfound.js";
import * as school from "./pages/school.js";
import * as esa from "./pages/esa.js";
import * as campaigns from "./pages/campaigns.js";
import * as dashboards from "./pages/dashboards.js";
import * as admin from "./pages/admin.js";
import * as visits from "./pages/visits.js";
import "./pages/supervision-home.js";
import * as quality from "./pages/quality.js";
import * as records from "./pages/records.js";
import * as plans from "./pages/plans.js";
import * as media from "./pages/media.js";
import * as modelMedia from "./pages/model-media.js";
import * as mediaFollowups from "./pages/media-followups.js";
import * as curriculumCase from "./pages/curriculum-case.js";
import * as committees from "./pages/committees.js";
import * as subscriptions from "./pages/subscriptions.js";
import * as supervisionSteps from "./pages/supervision-steps.js";
import "./pages/exports.js";
import "./pages/curriculum-home.js";
import "./pages/practice-home.js";
import * as coaching from "./pages/coaching.js";
import * as lessonPlans from "./pages/lesson-plans.js";
import * as forums from "./pages/forums.js";
import * as classAssessments from "./pages/class-assessments.js";
import * as sandboxRecords from "./pages/sandbox-records.js";

const signedIn = () => (session() ? null : `/login?next=${encodeURIComponent(location.pathname)}`);

register(login.routes);
for (const module of [school, esa, campaigns, dashboards, admin, visits, quality, records, plans, media, modelMedia, mediaFollowups, curriculumCase, committees, subscriptions, supervisionSteps, coaching, lessonPlans, forums, classAssessments, sandboxRecords]) {
  register(module.routes.map((route) => ({ guard: signedIn, ...route })));
}
register([{ path: "/", guard: () => (session() ? homePath() : "/login"), render: async () => {} }]);
setNotFound(notFound.render);

onLangChange(() => { renderHeader(); render(); });
onSessionChange((s) => {
  renderHeader();
  if (s) { flush(); return; }
  // Signing out forgets what was kept for offline reading; drafts stay (sent after signing in again).
  if (sessionStorage.getItem("nithet.signedOut") !== "expired") forgetKept();
  navigate("/login", { replaceState: true });
});
renderHeader();
// After each page: the menu shows where one is (aria-current) and folds again on a phone.
document.addEventListener("nithet:rendered", () => renderHeader());
startNetStatus();
startOutbox();
startRouter().then(() => { window.__nithetReady = performance.now(); });
// The app shell works offline: a service worker keeps the page and its assets (sw.js).
if ("serviceWorker" in navigator) navigator.serviceWorker.register("/sw.js").catch((e) => console.warn(e));
