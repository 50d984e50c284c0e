// Charts without a library: horizontal bars (HTML rows, so labels wrap by whole words and keep
// a readable size on a phone), stacked bars and a rate ring (inline SVG). Each chart has a
// title for screen readers, and the numbers are printed beside the bars or in a legend, so
// nothing is told by colour alone.

import { h } from "../core/dom.js";
import { number, percent } from "../core/i18n.js";

const PALETTE = ["#1d5fa8", "#c2410c", "#15803d", "#7e22ce", "#b45309", "#0e7490", "#be123c"];

function svgRoot(title, desc, width, height) {
  const titleId = `t${Math.random().toString(36).slice(2, 8)}`;
  return h("svg:svg", {
    viewBox: `0 0 ${width} ${height}`, width: "100%", role: "img",
    "aria-labelledby": `${titleId} ${titleId}d`, preserveAspectRatio: "xMinYMin meet", class: "chart",
  }, h("svg:title", { id: titleId }, title), h("svg:desc", { id: `${titleId}d` }, desc));
}

/**
 * items: [{label, value, max?, display?}] — one bar per item, value / max of the widest. Drawn
 * in HTML, so labels wrap at word boundaries (never cut) and text keeps the page's size on a
 * phone; each bar is a small SVG (no inline style, which the CSP forbids).
 */
export function barChart({ title, items, format = (v) => number(v), max, testid }) {
  const top = max ?? Math.max(1, ...items.map((i) => i.value || 0));
  const rows = items.map((item) => {
    const share = Math.max(0, Math.min(1, (item.value || 0) / top));
    const bar = h("svg:svg", { class: "bar-track", viewBox: "0 0 100 10", preserveAspectRatio: "none", "aria-hidden": "true", focusable: "false" },
      h("svg:rect", { class: "track", x: 0, y: 0, width: 100, height: 10, rx: 1 }),
      h("svg:rect", { x: 0, y: 0, width: share * 100, height: 10, fill: item.color || PALETTE[0], rx: 1 }));
    return h("li", { class: "bar-row" },
      h("span", { class: "bar-label" }, String(item.label ?? "")),
      bar,
      h("span", { class: "bar-value" }, item.display ?? format(item.value)));
  });
  return h("figure", { class: "chart-box", "data-testid": testid }, h("figcaption", {}, title), h("ol", { class: "bars" }, rows));
}

/** segments: [{label, value}] drawn as one stacked bar with a legend (e.g. a pipeline). */
export function stackedBar({ title, segments }) {
  const width = 640;
  const total = segments.reduce((s, x) => s + (x.value || 0), 0) || 1;
  const desc = segments.map((s) => `${s.label}: ${number(s.value)}`).join("; ");
  const svg = svgRoot(title, desc, width, 36);
  let x = 0;
  segments.forEach((s, i) => {
    const w = ((s.value || 0) / total) * width;
    if (w > 0) svg.append(h("svg:rect", { x, y: 4, width: w, height: 28, fill: PALETTE[i % PALETTE.length] }));
    x += w;
  });
  const legend = h("ul", { class: "legend" }, segments.map((s, i) => h("li", {},
    h("span", { class: `swatch s${i % PALETTE.length}`, "aria-hidden": "true" }), `${s.label}: ${number(s.value)}`)));
  return h("figure", { class: "chart-box" }, h("figcaption", {}, title), svg, legend);
}

/** A ring showing one rate (0..1) with the percentage in its middle. */
export function rateRing({ title, rate, caption }) {
  const r = 42;
  const c = 2 * Math.PI * r;
  const value = Math.max(0, Math.min(1, rate || 0));
  const svg = svgRoot(title, `${title}: ${percent(value)}`, 120, 120);
  svg.setAttribute("width", "120");
  svg.append(
    h("svg:circle", { cx: 60, cy: 60, r, class: "ring-track", fill: "none", "stroke-width": 14 }),
    h("svg:circle", { cx: 60, cy: 60, r, fill: "none", stroke: PALETTE[2], "stroke-width": 14,
      "stroke-dasharray": `${c * value} ${c}`, transform: "rotate(-90 60 60)" }),
    h("svg:text", { x: 60, y: 66, "text-anchor": "middle", class: "ring-text" }, percent(value)),
  );
  return h("figure", { class: "ring" }, svg, h("figcaption", {}, title, caption ? h("span", { class: "muted small" }, caption) : null));
}
