/**
 * Charts drawn with Plot (imported from node_modules). Amounts arrive as exact decimal strings; they are turned
 * into numbers here for drawing only, and every label shows the exact string through format.js.
 */
import * as Plot from "@observablehq/plot";
import {formatAmount, formatFloat, formatPct, formatSigned} from "./format.js";
import {STEP} from "./labels.js";
import {h} from "./dom.js";

/**
 * A chart's width: Framework's `width` can be 0 while a page is still laying out (under load), which would give Plot
 * a negative plotting range; never below 320 px.
 * @param {number} w
 */
const atLeast = (w) => Math.max(320, Number.isFinite(w) ? w : 0);

/** @param {unknown} v */
const num = (v) => (v === null || v === undefined || v === "" ? NaN : Number(v));
/** Axis ticks are floats chosen by Plot, not amounts: formatFloat. */
const tickFormat = (/** @type {number} */ d) => formatFloat(d, 0);
/** Percent ticks: small shares need their decimals (0.5, 1.5), the same number on every tick of an axis. @param {number} span */
const pctTickFormat = (span) => (/** @type {number} */ d) => formatFloat(d, span < 1 ? 2 : span < 10 ? 1 : 0);
/**
 * Log-scale ticks at 1, 2 and 5 × 10ⁿ between `lo` and `hi` (given explicitly: d3's own log ticks would drop the
 * labels of 5 × 10ⁿ on a short axis), each with the decimals a value below 1 needs.
 * @param {number} lo @param {number} hi
 */
function logTicks(lo, hi) {
  const ticks = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++)
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** e;
      if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) ticks.push(e < 0 ? Number(v.toFixed(-e)) : v);
    }
  return ticks;
}
const logTickFormat = (/** @type {number} */ d) => formatFloat(d, d >= 1 ? 0 : Math.min(4, Math.ceil(-Math.log10(d))));

/**
 * A linear/log switch for charts whose values span a wide range, with a note saying how wide when they do.
 * The returned element is an input (value "linear" or "log", an "input" event on change), for Framework's view().
 * @param {string[]} values decimal strings of what the chart draws @param {string} initial
 */
export function scaleToggle(values, initial = "linear") {
  const positive = values.map(num).filter((v) => v > 0);
  const ratio = positive.length ? Math.max(...positive) / Math.min(...positive) : 1;
  const form = h("form", {class: "scale-toggle", role: "radiogroup", "aria-label": "纵轴刻度"});
  const choices = [["linear", "线性刻度"], ["log", "对数刻度"]].map(([value, text]) => {
    const input = h("input", {type: "radio", name: "scale", value, checked: value === initial});
    return h("label", {}, input, " ", text);
  });
  const wide = ratio >= 20;
  form.append(h("span", {class: "scale-label"}, "纵轴："), ...choices);
  if (wide) form.append(h("span", {class: "muted scale-hint"}, `（最大值约为最小正值的 ${formatFloat(ratio, 0)} 倍，对数刻度更易看清小的数值）`));
  Object.defineProperty(form, "value", {get: () => /** @type {HTMLInputElement | null} */ (form.querySelector("input:checked"))?.value ?? "linear"});
  form.addEventListener("change", () => form.dispatchEvent(new Event("input", {bubbles: true})));
  form.addEventListener("submit", (e) => e.preventDefault());
  return form;
}

/**
 * Nudges end-of-line labels apart (in data units) so that no two are closer than `gap`: sorted by value, each label
 * is pushed up past the one below it. @param {{y: number}[]} labels @param {number} gap
 */
function dodge(labels, gap) {
  const sorted = labels.slice().sort((a, b) => a.y - b.y);
  for (let i = 1; i < sorted.length; i++) if (sorted[i].y - sorted[i - 1].y < gap) sorted[i].y = sorted[i - 1].y + gap;
  return sorted;
}

/**
 * Lines of `y` (an amount) over fiscal years, one per `z`. A segment touching a synthetic year is dashed (drawn by
 * its own mark with a constant stroke-dasharray), a segment between two real years solid; the legend says so.
 * Values the checks flag as wrong (`d.flagged`) are left out of the lines and the scale unless `showFlagged`, and
 * then drawn as hollow red circles, not joined; `flagNote` lists them with a link to their finding.
 * Returns a <figure> with the chart, its legend and a text alternative (aria-label and a visually hidden list).
 * @param {Record<string, any>[]} rows
 * `annotations` mark points with a text ({fiscal_year, value: decimal string, text}).
 * `id` names the figure (a page's headline chart is found by it).
 * @param {{y?: string, z?: string, width: number, height?: number, title?: (d: any) => string, showFlagged?: boolean, findingHref?: (d: any) => string, caption?: string, annotations?: {fiscal_year: number, value: string, text: string}[], id?: string}} options
 */
export function lineChart(rows, {y = "amount", z = "unit_name", width, height = 360, title, showFlagged = false, findingHref, caption, annotations = [], id, yLabel = "万元", format = formatAmount, scale = "linear"}) {
  const log = scale === "log";
  const finite = rows.filter((d) => Number.isFinite(num(d[y])));
  // A log scale has no place for zero or a negative value: those are left out and named under the chart.
  const all = log ? finite.filter((d) => num(d[y]) > 0) : finite;
  const unplottable = log ? finite.filter((d) => !(num(d[y]) > 0)) : [];
  const flagged = all.filter((d) => d.flagged);
  const data = all.filter((d) => !d.flagged);
  /** @type {{x1: number, x2: number, y1: number, y2: number, z: any, synthetic: boolean}[]} */
  const segments = [];
  for (const group of groupsOf(data, z)) {
    group.sort((a, b) => a.fiscal_year - b.fiscal_year);
    for (let i = 1; i < group.length; i++) {
      const [a, b] = [group[i - 1], group[i]];
      segments.push({x1: a.fiscal_year, x2: b.fiscal_year, y1: num(a[y]), y2: num(b[y]), z: a[z], synthetic: Boolean(a.is_synthetic || b.is_synthetic)});
    }
  }
  const values = (showFlagged ? all : data).map((d) => num(d[y]));
  // A log domain runs from power of ten to power of ten (what Plot's nice would do), known here so labels dodge right.
  const lo = log ? 10 ** Math.floor(Math.log10(Math.min(...values))) : Math.min(0, ...values);
  const hi = log ? 10 ** Math.ceil(Math.log10(Math.max(...values))) : Math.max(0, ...values);
  const innerHeight = height - 50;
  // Labels are dodged where they are drawn: in log10 space on a log scale.
  const t = log ? Math.log10 : (/** @type {number} */ v) => v;
  const gap = ((t(hi) - t(lo)) || 1) * (14 / innerHeight);
  const ends = dodge(
    groupsOf(data, z).map((g) => {
      const last = g.reduce((a, b) => (b.fiscal_year > a.fiscal_year ? b : a));
      return {x: last.fiscal_year, y: t(num(last[y])), label: String(last[z]), z: last[z]};
    }),
    gap,
  ).map((e) => ({...e, y: log ? 10 ** e.y : e.y}));
  const years = [...new Set(all.map((d) => d.fiscal_year))].sort((a, b) => a - b);
  const tip = title ?? ((d) => `${d[z]} ${d.fiscal_year}${d.is_synthetic ? "（合成）" : "（真实）"}：${format(d[y])}`);
  const chart = Plot.plot({
    width: atLeast(width),
    height,
    marginLeft: 70,
    marginRight: Math.min(160, Math.max(60, Math.max(0, ...ends.map((e) => e.label.length)) * 13 + 10)),
    // On a phone six years side by side run together: every other year is labelled (the points still say theirs).
    x: {label: "年度", tickFormat: "d", ticks: atLeast(width) / Math.max(1, years.length) < 70 ? years.filter((_, i) => (years.length - 1 - i) % 2 === 0) : years},
    y: log
      ? {type: "log", label: `${yLabel}（对数刻度）`, grid: true, ticks: logTicks(lo, hi), tickFormat: logTickFormat, domain: [lo, hi]}
      : {label: yLabel, grid: true, tickFormat: yLabel === "%" ? pctTickFormat(hi - lo) : tickFormat, domain: [lo, hi], nice: true},
    color: {legend: false},
    marks: [
      log ? null : Plot.ruleY([0]),
      Plot.link(segments.filter((s) => !s.synthetic), {x1: "x1", x2: "x2", y1: "y1", y2: "y2", stroke: "z", strokeWidth: 2, className: "mark-real"}),
      Plot.link(segments.filter((s) => s.synthetic), {x1: "x1", x2: "x2", y1: "y1", y2: "y2", stroke: "z", strokeWidth: 1.5, strokeDasharray: "5,3", strokeOpacity: 0.8, className: "mark-synthetic"}),
      Plot.dot(data.filter((d) => !d.is_synthetic), {x: "fiscal_year", y: (d) => num(d[y]), fill: z, stroke: z, r: 3.5, title: tip, tip: true, className: "mark-real"}),
      Plot.dot(data.filter((d) => d.is_synthetic), {x: "fiscal_year", y: (d) => num(d[y]), fill: "white", stroke: z, r: 3.5, title: tip, tip: true, className: "mark-synthetic"}),
      showFlagged ? Plot.dot(flagged, {x: "fiscal_year", y: (d) => num(d[y]), r: 6, fill: "none", stroke: "#c0392b", strokeWidth: 2, title: (d) => `${tip(d)}\n核对标记为错误的数值，未计入折线`, tip: true, className: "mark-flagged"}) : null,
      Plot.text(ends, {x: "x", y: "y", text: "label", fill: "z", textAnchor: "start", dx: 6, lineAnchor: "middle"}),
      annotations.length ? Plot.dot(annotations, {x: "fiscal_year", y: (d) => num(d.value), r: 9, stroke: "#c0392b", strokeWidth: 1.5, fill: "none"}) : null,
      annotations.length
        ? Plot.text(annotations, {x: "fiscal_year", y: (d) => num(d.value), dy: 16, lineAnchor: "top",
            // On a phone the note would run off the right edge: it ends at its point, its parenthesis on a line of its own.
            ...(atLeast(width) < 600 ? {text: (d) => String(d.text).replace("（", "\n（"), textAnchor: "end", dx: 10} : {text: "text", textAnchor: "middle"}), fill: "#8a2b1f", fontWeight: 600, fontSize: 12, stroke: "white", strokeWidth: 3, paintOrder: "stroke", className: "annotation"})
        : null,
    ],
  });
  const legend = h(
    "div",
    {class: "gongkai-legend"},
    h("span", {}, svgSample(false), " 实线：真实文件"),
    h("span", {}, svgSample(true), " 虚线、空心点：合成文件（演示数据）"),
    flagged.length ? h("span", {}, h("span", {class: "flag-sample"}, "○"), " 红圈：核对标记为错误的数值") : null,
  );
  const note = flagged.length
    ? h(
        "p",
        {class: "flag-note"},
        `${showFlagged ? "图中以红圈标出" : "图中未画出"} ${flagged.length} 个被核对标记为错误的数值：`,
        flagged.map((d, i) => [
          i ? "；" : "",
          `${d[z]} ${d.fiscal_year} 年 ${format(d[y])}`,
          findingHref && d.flag_finding != null ? [" （", h("a", {href: findingHref(d), class: "flag-link"}, "查看发现"), "）"] : null,
        ]),
        "。",
      )
    : null;
  const logNote = unplottable.length
    ? h("p", {class: "muted log-note"}, `对数刻度画不出零和负数：${unplottable.map((d) => `${d[z]} ${d.fiscal_year} 年 ${format(d[y])}`).join("；")}。`)
    : null;
  const alt = `折线图：${[...new Set(finite.map((d) => d[z]))].join("、")}，${years[0] ?? ""}–${years.at(-1) ?? ""} 年，单位${yLabel}${log ? "，纵轴为对数刻度" : ""}。`;
  nameMarkGroups(chart);
  chart.setAttribute("role", "img");
  chart.setAttribute("aria-label", alt);
  const list = h(
    "ul",
    {class: "sr-only"},
    finite.map((d) => h("li", {}, `${d[z]} ${d.fiscal_year} 年${d.is_synthetic ? "（合成）" : "（真实）"}：${format(d[y])}${d.flagged ? "（核对标记为错误）" : ""}`)),
  );
  return h("figure", {class: "gongkai-chart", id, "data-scale": log ? "log" : "linear"}, caption ? h("figcaption", {}, caption) : null, chart, legend, note, logNote, list);
}

/**
 * Names each mark's <g> by what it draws (aria-label "real", "synthetic", "flagged" from its `mark-*` class) instead
 * of Plot's mark type ("link", "dot"): Plot's `ariaLabel` option is a per-element channel, not the group's name.
 * Screen readers and tests can then find the synthetic lines and the flagged values. @param {Element} svg
 */
function nameMarkGroups(svg) {
  for (const g of svg.querySelectorAll('g[class*="mark-"]')) {
    const origin = /(?:^|\s)mark-(\w+)/.exec(g.getAttribute("class") ?? "")?.[1];
    if (origin) g.setAttribute("aria-label", origin);
  }
}

/** Rows grouped by `z`, in first-seen order. @param {Record<string, any>[]} rows @param {string} z */
function groupsOf(rows, z) {
  /** @type {Map<any, Record<string, any>[]>} */
  const groups = new Map();
  for (const d of rows) {
    if (!groups.has(d[z])) groups.set(d[z], []);
    groups.get(d[z])?.push(d);
  }
  return [...groups.values()];
}

/**
 * A chart with its text alternative: the plot is an image named by `alt` (role="img", aria-label), and a visually
 * hidden list gives every value it draws, for screen readers and for anyone who cannot tell the colours apart.
 * @param {SVGElement | HTMLElement} chart what Plot.plot returned (an <svg>, or a <figure> when it has a legend)
 * @param {string} alt @param {string[]} lines
 */
function withText(chart, alt, lines) {
  const svg = chart.tagName.toLowerCase() === "svg" ? chart : chart.querySelector(":scope > svg");
  svg?.setAttribute("role", "img");
  svg?.setAttribute("aria-label", alt);
  return h("figure", {class: "gongkai-chart"}, chart, h("ul", {class: "sr-only"}, lines.map((l) => h("li", {}, l))));
}

/** A tiny inline SVG line sample for the legend. @param {boolean} dashed */
function svgSample(dashed) {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  // Decoration: the text beside it says what it means.
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("width", "28");
  svg.setAttribute("height", "10");
  const line = document.createElementNS("http://www.w3.org/2000/svg", "line");
  for (const [k, v] of Object.entries({x1: "0", x2: "28", y1: "5", y2: "5", stroke: "currentColor", "stroke-width": "2"})) line.setAttribute(k, v);
  if (dashed) line.setAttribute("stroke-dasharray", "5,3");
  svg.append(line);
  return svg;
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
  const chart = Plot.plot({
    width: atLeast(width),
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
  return withText(chart, `瀑布图：从上年数经各条原因到本年数，单位万元，共 ${bars.length} 步。`, bars.map((b) => `${b.name}：${b.text}${b.reason ? `（${b.reason}）` : ""}`));
}

/**
 * Ranked horizontal bars (largest first), `highlight(d)` drawn in red.
 * @param {Record<string, any>[]} rows with `name` and `amount`
 * @param {{width: number, highlight?: (d: any) => boolean, label?: (d: any) => string}} options
 */
export function rankedBars(rows, {width, highlight = () => false, label = (d) => formatAmount(d.amount), scale = "linear"}) {
  const log = scale === "log";
  const finite = rows.filter((d) => Number.isFinite(num(d.amount)));
  // On a log scale a bar starts at the smallest value's power of ten; zero and negatives cannot be drawn.
  const data = finite.filter((d) => !log || num(d.amount) > 0).map((d) => ({...d, value: num(d.amount), flag: highlight(d) ? "异常" : "正常"}));
  const base = log && data.length ? 10 ** Math.floor(Math.log10(Math.min(...data.map((d) => d.value)))) : 0;
  const top = log && data.length ? 10 ** Math.ceil(Math.log10(Math.max(...data.map((d) => d.value)))) : 0;
  const chart = Plot.plot({
    width: atLeast(width),
    height: Math.max(100, data.length * 26 + 40),
    marginLeft: 110,
    marginRight: 160,
    x: log ? {type: "log", label: "万元（对数刻度）", grid: true, ticks: logTicks(base, top), tickFormat: logTickFormat, domain: [base, top]} : {label: "万元", grid: true, tickFormat},
    y: {label: null, domain: data.sort((a, b) => b.value - a.value).map((d) => d.name)},
    color: {domain: ["正常", "异常"], range: ["#4269d0", "#c0392b"], legend: true},
    marks: [
      Plot.barX(data, {x1: base, x2: "value", y: "name", fill: "flag", insetTop: 3, insetBottom: 3}),
      Plot.text(data, {x: "value", y: "name", text: label, textAnchor: "start", dx: 4}),
      log ? null : Plot.ruleX([0]),
    ],
  });
  // data is sorted largest first by the y domain above.
  chart.setAttribute?.("data-scale", log ? "log" : "linear");
  return withText(chart, `条形图：${data.length} 个单位按金额从大到小排列，单位万元${log ? "，横轴为对数刻度" : ""}；红色为同类比较中的异常值。`, data.map((d, i) => `${i + 1}. ${d.name}：${label(d)}${d.flag === "异常" ? "（异常）" : ""}`));
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
  const chart = Plot.plot({
    width: atLeast(width),
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
  const lines = units.map((u) => `${u}：${data.filter((d) => d.unit_name === u).map((d) => `${d.fiscal_year} 年 ${formatAmount(d.amount)}${highlight(d) ? "（异常）" : ""}`).join("，")}`);
  return withText(chart, `小多图：${units.length} 个单位各自的历年走势，单位万元，纵轴各自缩放。`, lines);
}

/**
 * Stacked bars of a composition per year (function or economic classes).
 * @param {Record<string, any>[]} rows with fiscal_year, amount, and `name`
 * @param {{width: number}} options
 */
export function compositionChart(rows, {width}) {
  const data = rows.filter((d) => num(d.amount) > 0);
  const chart = Plot.plot({
    width: atLeast(width),
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
  const years = [...new Set(data.map((d) => d.fiscal_year))].sort((a, b) => a - b);
  const lines = years.map((y) => `${y} 年：${data.filter((d) => d.fiscal_year === y).map((d) => `${d.name} ${formatAmount(d.amount)}`).join("，")}`);
  return withText(chart, `堆叠柱状图：各年支出按类别的构成，单位万元，${years[0] ?? ""}–${years.at(-1) ?? ""} 年。`, lines);
}

/**
 * Each unit's ratio (ratio_pct, a percentage) as a bar, largest first, with a tick at its peer group's median
 * (median_pct): a unit against its peers at a glance. Rows whose ratio the checks flag are left to the caller.
 * @param {Record<string, any>[]} rows peers rows with unit_name, ratio_pct, median_pct, peer_group
 * @param {{width: number, highlight?: (d: any) => boolean}} options
 */
export function ratioBars(rows, {width, highlight = () => false}) {
  const data = rows
    .filter((d) => Number.isFinite(num(d.ratio_pct)))
    .map((d) => ({...d, value: num(d.ratio_pct), median: num(d.median_pct), flag: highlight(d) ? "异常" : "正常"}))
    .sort((a, b) => b.value - a.value);
  const hi = Math.max(0, ...data.map((d) => Math.max(d.value, Number.isFinite(d.median) ? d.median : 0)));
  const chart = Plot.plot({
    width: atLeast(width),
    height: Math.max(100, data.length * 26 + 40),
    marginLeft: 110,
    marginRight: atLeast(width) < 600 ? 60 : 90,
    x: {label: "%", grid: true, domain: [0, hi], nice: true, tickFormat: pctTickFormat(hi)},
    y: {label: null, domain: data.map((d) => d.unit_name)},
    color: {domain: ["正常", "异常"], range: ["#4269d0", "#c0392b"]},
    marks: [
      Plot.barX(data, {x: "value", y: "unit_name", fill: "flag", insetTop: 3, insetBottom: 3, title: (d) => `${d.unit_name}：${formatPct(d.ratio_pct)}（同类中位数 ${formatPct(d.median_pct)}）`}),
      Plot.tickX(data.filter((d) => Number.isFinite(d.median)), {x: "median", y: "unit_name", stroke: "#222", strokeWidth: 2, strokeDasharray: "3,2", className: "mark-median"}),
      Plot.text(data, {x: "value", y: "unit_name", text: (d) => formatPct(d.ratio_pct), textAnchor: "start", dx: 4, stroke: "white", strokeWidth: 3, paintOrder: "stroke", fill: "currentColor"}),
      Plot.ruleX([0]),
    ],
  });
  nameMarkGroups(chart);
  // A unit without a peer group (or one too small) has no median: no tick, and it does not count as a group here.
  const withMedian = data.filter((d) => Number.isFinite(d.median));
  const medians = [...new Set(withMedian.map((d) => formatPct(d.median_pct)))];
  const legend = h("div", {class: "gongkai-legend"}, h("span", {}, h("span", {class: "median-sample", "aria-hidden": "true"}, "┆"), ` 虚竖线：同类中位数（${medians.length === 1 ? medians[0] : medians.length ? "各组不同，见表" : "无"}）`), h("span", {}, h("span", {class: "flag-sample"}, "■"), " 红色：同类比较中的异常值"));
  const figure = withText(chart, `条形图：${data.length} 个单位的比例从大到小排列，单位%，虚竖线为同类中位数；红色为同类比较中的异常值。`, data.map((d, i) => `${i + 1}. ${d.unit_name}：${formatPct(d.ratio_pct)}，同类中位数 ${formatPct(d.median_pct)}${d.flag === "异常" ? "（异常）" : ""}`));
  figure.insertBefore(legend, figure.querySelector(".sr-only"));
  return figure;
}
