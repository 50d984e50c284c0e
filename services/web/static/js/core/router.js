// History-API routing: each page module lists {path, render}; paths look like
// /esas/:esa/campaigns/:campaign. A render that meets a 404 from a service shows the app's
// not-found page (another tenant's data looks exactly like data that does not exist).

import { replace, h } from "./dom.js";
import { t } from "./i18n.js";
import { ApiError } from "./api.js";
import { showError } from "../ui/errors.js";

const routes = [];
let fallback = null;
let renderToken = 0;

export function register(pages) {
  for (const page of pages) {
    const names = [];
    const pattern = page.path.replace(/:(\w+)/g, (_, name) => {
      names.push(name);
      return "([^/]+)";
    });
    routes.push({ ...page, regex: new RegExp(`^${pattern}/?$`), names });
  }
}

export const setNotFound = (render) => { fallback = render; };

function match(pathname) {
  for (const route of routes) {
    const m = route.regex.exec(pathname);
    if (m) {
      const params = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(m[i + 1])]));
      return { route, params };
    }
  }
  return null;
}

export function navigate(path, { replaceState = false } = {}) {
  if (replaceState) history.replaceState({}, "", path);
  else history.pushState({}, "", path);
  return render();
}

export async function render() {
  const main = document.getElementById("main");
  const mine = ++renderToken;
  const url = new URL(location.href);
  const found = match(url.pathname);
  main.setAttribute("aria-busy", "true");
  window.__staleReads = 0;
  const view = h("div", { class: "page" });
  try {
    if (!found) {
      await fallback(view);
    } else {
      if (found.route.guard) {
        const redirect = found.route.guard(found.params);
        if (redirect) return navigate(redirect, { replaceState: true });
      }
      await found.route.render(view, found.params, url.searchParams);
    }
  } catch (error) {
    if (mine !== renderToken) return;
    replace(view);
    if (error instanceof ApiError && error.status === 404) await fallback(view);
    else showError(view, error);
  }
  if (mine !== renderToken) return;
  replace(main, view);
  main.removeAttribute("aria-busy");
  const heading = main.querySelector("h1");
  document.title = `${heading ? heading.textContent : t("app.name")} — ${t("app.name")}`;
  if (heading) {
    heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: true });
  }
  window.scrollTo(0, 0);
  document.dispatchEvent(new CustomEvent("nithet:rendered", { detail: url.pathname }));
}

export function startRouter() {
  window.addEventListener("popstate", () => render());
  document.addEventListener("click", (event) => {
    const a = event.target.closest("a[href]");
    if (!a || a.target || a.hasAttribute("download") || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const href = a.getAttribute("href");
    if (!href.startsWith("/") || href.startsWith("/api/") || href.startsWith("/static/")) return;
    event.preventDefault();
    navigate(href);
  });
  return render();
}
