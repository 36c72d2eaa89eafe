/**
 * A composition that drills down from 类 to 款 to 项: for one document (one unit and year), the lines below the
 * chosen code as ranked bars, a breadcrumb back up, and a sortable table with its CSV. Rows are functionTree rows
 * (site/src/data/lib/unit-queries.ts): code, level, parent_code, name, amount (exact decimal string), derived,
 * share_of_parent_pct. A line with lines below it is a button (keyboard and pointer) that opens them.
 */
import * as Plot from "@observablehq/plot";
import {h, table} from "./dom.js";
import {compareDecimal, formatAmount, formatFloat, formatPct} from "./format.js";

const LEVEL_BELOW = {0: "类", 3: "款", 5: "项"};

/**
 * @param {Record<string, any>[]} rows one document's lines
 * @param {{width: number, path?: string, onPath?: (code: string) => void, name?: string}} options
 *   `path` is the opened code ("" for the 类), `onPath` is told each time the reader opens or closes a level.
 */
export function compositionDrill(rows, {width, path = "", onPath, name = "构成"}) {
  const byCode = new Map(rows.map((d) => [d.code, d]));
  const childrenOf = (/** @type {string} */ code) =>
    rows
      .filter((d) => (code === "" ? d.level === "类" : d.parent_code === code))
      .sort((a, b) => compareDecimal(b.amount, a.amount) || a.code.localeCompare(b.code));
  const root = h("div", {class: "composition-drill", id: "composition-drill"});
  let current = path && byCode.has(path) && childrenOf(path).length ? path : "";

  const go = (/** @type {string} */ code) => {
    current = code;
    draw();
    onPath?.(code);
    root.querySelector(".drill-crumbs button:last-of-type, .drill-crumbs [aria-current]")?.focus?.();
  };

  function draw() {
    const trail = [];
    for (let c = current; c; c = byCode.get(c)?.parent_code ?? "") trail.unshift(c);
    const crumbs = h(
      "nav",
      {class: "drill-crumbs", "aria-label": "构成层级"},
      current === "" ? h("span", {"aria-current": "true", tabindex: "-1"}, "全部类") : crumbButton("全部类", ""),
      trail.map((c, i) => {
        const d = byCode.get(c);
        const text = `${c} ${d?.name ?? ""}`;
        return [" › ", i === trail.length - 1 ? h("span", {"aria-current": "true", tabindex: "-1"}, text) : crumbButton(text, c)];
      }),
    );
    const children = childrenOf(current);
    const level = LEVEL_BELOW[current.length] ?? "项";
    const parent = byCode.get(current);
    const heading = h(
      "p",
      {class: "drill-heading"},
      parent ? `${parent.code} ${parent.name ?? ""} ${formatAmount(parent.amount)}${parent.derived ? "（文件未单列，由下级合计）" : ""}，其下各${level}：` : `各${level}：`,
    );
    const positive = children.filter((d) => Number(d.amount) > 0);
    // On a phone the bars keep most of the width: names are cut to what fits (the table has them whole), shares
    // are left to the table.
    const narrow = width < 600;
    const maxChars = narrow ? 7 : 16;
    const short = (/** @type {string} */ c) => {
      const n = byCode.get(c)?.name ?? c;
      return n.length > maxChars ? `${n.slice(0, maxChars - 1)}…` : n;
    };
    const bars = positive.length
      ? Plot.plot({
          width: Math.max(320, width),
          height: positive.length * 30 + 40,
          marginLeft: Math.max(60, Math.max(...positive.map((d) => short(d.code).length)) * 13 + 12),
          marginRight: narrow ? 90 : 170,
          x: {label: "万元", grid: true, tickFormat: (/** @type {number} */ v) => formatFloat(v, 0), ticks: Math.max(3, Math.floor(width / 110))},
          y: {label: null, domain: positive.map((d) => d.code), tickFormat: short},
          marks: [
            Plot.barX(positive, {x: (d) => Number(d.amount), y: "code", fill: (d) => (childrenOf(d.code).length ? "#4269d0" : "#8da9e6"), insetTop: 3, insetBottom: 3, title: (d) => `${d.code} ${d.name ?? ""}：${formatAmount(d.amount)}`}),
            Plot.text(positive, {x: (d) => Number(d.amount), y: "code", text: (d) => `${formatAmount(d.amount)}${narrow || d.share_of_parent_pct == null ? "" : `（${formatPct(d.share_of_parent_pct)}）`}`, textAnchor: "start", dx: 4}),
            Plot.ruleX([0]),
          ],
        })
      : null;
    if (bars) {
      bars.setAttribute("role", "img");
      bars.setAttribute("aria-label", `条形图：${parent ? `${parent.code} ${parent.name ?? ""}` : "支出"}下各${level}的金额，单位万元，共 ${positive.length} 项。`);
      // A bar with lines below it opens them on click (the buttons below do the same for keyboards).
      bars.querySelectorAll("g[aria-label='bar'] rect").forEach((rect, i) => {
        const d = positive[i];
        if (d && childrenOf(d.code).length) {
          rect.setAttribute("style", "cursor: pointer");
          rect.addEventListener("click", () => go(d.code));
        }
      });
    }
    const openers = children.filter((d) => childrenOf(d.code).length);
    const buttons = openers.length
      ? h("p", {class: "drill-open"}, `展开下一级：`, openers.map((d) => h("button", {type: "button", class: "drill-button", "data-code": d.code}, `${d.code} ${d.name ?? ""}`)))
      : h("p", {class: "muted"}, current ? "这一级以下文件没有再细分。" : "");
    buttons.querySelectorAll("button.drill-button").forEach((b) => b.addEventListener("click", () => go(b.getAttribute("data-code") ?? "")));
    const list = h("ul", {class: "sr-only"}, children.map((d) => h("li", {}, `${d.code} ${d.name ?? ""}：${formatAmount(d.amount)}`)));
    const grid = table(children, [
      {label: "功能分类", value: (d) => [`${d.code} ${d.name ?? ""}`, d.label && d.label !== d.name ? h("span", {class: "secondary-code"}, ` 原文：${d.label}`) : null], sort: (d) => d.code, csv: (d) => `${d.code} ${d.name ?? ""}`},
      {label: "层级", value: (d) => d.level},
      {label: "金额", value: (d) => formatAmount(d.amount), num: true, sort: (d) => d.amount, csv: (d) => d.amount},
      {label: current ? "占上级" : "占各类之和", value: (d) => formatPct(d.share_of_parent_pct), num: true, sort: (d) => d.share_of_parent_pct, csv: (d) => d.share_of_parent_pct},
      {label: "来源", value: (d) => (d.derived ? "由下级合计" : "文件所列")},
    ], {name: `${name}-${current || "类"}`, attrs: (d) => ({class: "drill-row", "data-code": d.code})});
    root.replaceChildren(...[crumbs, heading, bars ? h("figure", {class: "gongkai-chart"}, bars, list) : null, buttons, grid].filter((x) => x !== null));
  }

  /** @param {string} text @param {string} code */
  function crumbButton(text, code) {
    const b = h("button", {type: "button", class: "drill-crumb", "data-code": code}, text);
    b.addEventListener("click", () => go(code));
    return b;
  }

  draw();
  return root;
}
