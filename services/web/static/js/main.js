// The app's entry: sign-in state, the header, and the routes of every page module.

import { register, setNotFound, startRouter, render, navigate } from "./core/router.js";
import { onLangChange } from "./core/i18n.js";
import { onSessionChange, session, homePath } from "./core/session.js";
import { renderHeader } from "./ui/layout.js";
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
import * as curriculumCase from "./pages/curriculum-case.js";
import * as committees from "./pages/committees.js";
import * as subscriptions from "./pages/subscriptions.js";
import "./pages/exports.js";
import "./pages/curriculum-home.js";

const signedIn = () => (session() ? null : `/login?next=${encodeURIComponent(location.pathname)}`);

register(login.routes);
for (const module of [school, esa, campaigns, dashboards, admin, visits, quality, records, plans, media, curriculumCase, committees, subscriptions]) {
  register(module.routes.map((route) => ({ guard: signedIn, ...route })));
}
register([{ path: "/", guard: () => (session() ? homePath() : "/login"), render: async () => {} }]);
setNotFound(notFound.render);

onLangChange(() => { renderHeader(); render(); });
onSessionChange((s) => { renderHeader(); if (!s) navigate("/login", { replaceState: true }); });
renderHeader();
// After each page: the menu shows where one is (aria-current) and folds again on a phone.
document.addEventListener("nithet:rendered", () => renderHeader());
startRouter().then(() => { window.__nithetReady = performance.now(); });
