// Charts drawn as inline SVG (no library): horizontal bars, stacked bars and a rate ring.
// Each chart has a title and description for screen readers, and the numbers are printed
// beside the bars, so nothing is told by colour alone.

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

/** items: [{label, value, max?, display?}] — one bar per item, value / max of the widest. */
export function barChart({ title, items, format = (v) => number(v), max }) {
  const width = 640;
  const row = 34;
  const labelW = 210;
  const height = Math.max(row * items.length + 10, 40);
  const top = max ?? Math.max(1, ...items.map((i) => i.value || 0));
  const desc = items.map((i) => `${i.label}: ${i.display ?? format(i.value)}`).join("; ");
  const svg = svgRoot(title, desc, width, height);
  items.forEach((item, index) => {
    const y = index * row + 6;
    const w = Math.max(0, ((item.value || 0) / top) * (width - labelW - 90));
    svg.append(
      h("svg:text", { x: labelW - 8, y: y + 17, "text-anchor": "end", class: "chart-label" }, truncate(item.label, 26)),
      h("svg:rect", { x: labelW, y: y + 2, width: width - labelW - 90, height: 20, class: "chart-track", rx: 3 }),
      h("svg:rect", { x: labelW, y: y + 2, width: w, height: 20, fill: item.color || PALETTE[0], rx: 3 }),
      h("svg:text", { x: labelW + w + 6, y: y + 17, class: "chart-value" }, item.display ?? format(item.value)),
    );
  });
  return h("figure", { class: "chart-box" }, h("figcaption", {}, title), svg);
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

function truncate(text, n) {
  const s = String(text ?? "");
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
