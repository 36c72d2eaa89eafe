/**
 * Charts drawn with Plot (imported from node_modules). Amounts arrive as exact decimal strings; they are turned
 * into numbers here for drawing only, and every label shows the exact string through format.js.
 */
import * as Plot from "@observablehq/plot";
import {formatAmount, formatFloat, formatSigned} from "./format.js";
import {STEP} from "./labels.js";

/** @param {unknown} v */
const num = (v) => (v === null || v === undefined || v === "" ? NaN : Number(v));
/** Axis ticks are floats chosen by Plot, not amounts: formatFloat. */
const tickFormat = (/** @type {number} */ d) => formatFloat(d, 0);

/**
 * Lines of `y` (an amount) over fiscal years, one per `z`.
 * @param {Record<string, any>[]} rows
 * @param {{y?: string, z?: string, width: number, height?: number, title?: (d: any) => string}} options
 */
export function lineChart(rows, {y = "amount", z = "unit_name", width, height = 360, title}) {
  const data = rows.filter((d) => Number.isFinite(num(d[y])));
  return Plot.plot({
    width,
    height,
    marginLeft: 70,
    marginRight: 110,
    x: {label: "年度", tickFormat: "d", ticks: [...new Set(data.map((d) => d.fiscal_year))]},
    y: {label: "万元", grid: true, tickFormat},
    color: {legend: false},
    marks: [
      Plot.ruleY([0]),
      Plot.line(data, {x: "fiscal_year", y: (d) => num(d[y]), z, stroke: z, strokeOpacity: (d) => (d.is_synthetic ? 0.7 : 1), strokeDasharray: (d) => (d.is_synthetic ? "4,2" : null)}),
      Plot.dot(data, {x: "fiscal_year", y: (d) => num(d[y]), fill: z, r: 3, title: title ?? ((d) => `${d[z]} ${d.fiscal_year}：${formatAmount(d[y])}`), tip: true}),
      Plot.text(data, Plot.selectLast({x: "fiscal_year", y: (d) => num(d[y]), z, text: z, textAnchor: "start", dx: 5, fill: z})),
    ],
  });
}

/**
 * The change waterfall of one stated change: start (last year), each reason's signed delta, the unexplained rest,
 * end (this year). Rows are change_waterfall steps of one (doc_id, change_id).
 * @param {Record<string, any>[]} steps
 * @param {{width: number}} options
 */
export function waterfallChart(steps, {width}) {
  let previous = 0;
  const bars = steps.map((s) => {
    const running = num(s.running_total);
    const isEdge = s.step_kind === "start" || s.step_kind === "end";
    const from = isEdge ? 0 : previous;
    const to = Number.isFinite(running) ? running : previous;
    previous = to;
    const name = s.step_kind === "reason" ? `${STEP.reason} ${s.reason_ordinal}` : STEP[s.step_kind] ?? s.step_kind;
    const text = isEdge ? formatAmount(s.amount) : s.amount === null ? "未述金额" : formatSigned(s.amount);
    return {name, from, to, kind: isEdge ? "total" : num(s.amount) < 0 ? "down" : num(s.amount) > 0 ? "up" : "zero", text, reason: s.reason_text ?? ""};
  });
  return Plot.plot({
    width,
    height: Math.max(120, bars.length * 34 + 40),
    marginLeft: 80,
    marginRight: 120,
    x: {label: "万元", grid: true, tickFormat},
    y: {label: null, domain: bars.map((b) => b.name)},
    color: {domain: ["total", "up", "down", "zero"], range: ["#7f8c8d", "#2e8b57", "#c0392b", "#bbb"]},
    marks: [
      Plot.barX(bars, {x1: "from", x2: "to", y: "name", fill: "kind", insetTop: 4, insetBottom: 4, title: (d) => `${d.name} ${d.text}${d.reason ? `\n${d.reason}` : ""}`}),
      Plot.text(bars, {x: (d) => Math.max(d.from, d.to), y: "name", text: "text", textAnchor: "start", dx: 4}),
      Plot.ruleX([0]),
    ],
  });
}

/**
 * Ranked horizontal bars (largest first), `highlight(d)` drawn in red.
 * @param {Record<string, any>[]} rows with `name` and `amount`
 * @param {{width: number, highlight?: (d: any) => boolean, label?: (d: any) => string}} options
 */
export function rankedBars(rows, {width, highlight = () => false, label = (d) => formatAmount(d.amount)}) {
  const data = rows.filter((d) => Number.isFinite(num(d.amount))).map((d) => ({...d, value: num(d.amount), flag: highlight(d) ? "异常" : "正常"}));
  return Plot.plot({
    width,
    height: Math.max(100, data.length * 26 + 40),
    marginLeft: 110,
    marginRight: 160,
    x: {label: "万元", grid: true, tickFormat},
    y: {label: null, domain: data.sort((a, b) => b.value - a.value).map((d) => d.name)},
    color: {domain: ["正常", "异常"], range: ["#4269d0", "#c0392b"], legend: true},
    marks: [
      Plot.barX(data, {x: "value", y: "name", fill: "flag", insetTop: 3, insetBottom: 3}),
      Plot.text(data, {x: "value", y: "name", text: label, textAnchor: "start", dx: 4}),
      Plot.ruleX([0]),
    ],
  });
}

/**
 * One small chart per unit of a key over the years.
 * @param {Record<string, any>[]} rows with unit_name, fiscal_year, amount
 * @param {{width: number, highlight?: (d: any) => boolean}} options
 */
export function smallMultiples(rows, {width, highlight = () => false}) {
  const data = rows.filter((d) => Number.isFinite(num(d.amount)));
  const units = [...new Set(data.map((d) => d.unit_name))];
  const columns = Math.max(1, Math.min(5, Math.floor(width / 200)));
  const index = new Map(units.map((u, i) => [u, i]));
  const fx = (/** @type {any} */ d) => (index.get(d.unit_name) ?? 0) % columns;
  const fy = (/** @type {any} */ d) => Math.floor((index.get(d.unit_name) ?? 0) / columns);
  return Plot.plot({
    width,
    height: Math.ceil(units.length / columns) * 130 + 30,
    marginLeft: 60,
    fx: {axis: null},
    fy: {axis: null},
    x: {label: null, tickFormat: "d", ticks: 3},
    y: {label: null, grid: true, tickFormat, ticks: 3},
    marks: [
      Plot.frame({stroke: "#ddd"}),
      Plot.text(units, {fx: (u) => (index.get(u) ?? 0) % columns, fy: (u) => Math.floor((index.get(u) ?? 0) / columns), text: (u) => u, frameAnchor: "top-left", dx: 4, dy: 4}),
      Plot.lineY(data, {fx, fy, x: "fiscal_year", y: (d) => num(d.amount), stroke: "#4269d0"}),
      Plot.dot(data, {fx, fy, x: "fiscal_year", y: (d) => num(d.amount), r: 2.5, fill: (d) => (highlight(d) ? "#c0392b" : "#4269d0"), title: (d) => `${d.unit_name} ${d.fiscal_year}：${formatAmount(d.amount)}`}),
    ],
  });
}

/**
 * Stacked bars of a composition per year (function or economic classes).
 * @param {Record<string, any>[]} rows with fiscal_year, amount, and `name`
 * @param {{width: number}} options
 */
export function compositionChart(rows, {width}) {
  const data = rows.filter((d) => num(d.amount) > 0);
  return Plot.plot({
    width,
    height: 300,
    marginLeft: 70,
    x: {label: "年度", tickFormat: "d", type: "band"},
    y: {label: "万元", grid: true, tickFormat},
    color: {legend: true},
    marks: [
      Plot.barY(data, {x: "fiscal_year", y: (d) => num(d.amount), fill: "name", title: (d) => `${d.fiscal_year} ${d.name}：${formatAmount(d.amount)}`, insetLeft: 2, insetRight: 2}),
      Plot.ruleY([0]),
    ],
  });
}
