/**
 * A tiny element builder, so components need neither htl nor Framework's implicit `html` (which Framework would
 * resolve as an `npm:` import, i.e. from a CDN). Strings become text nodes: nothing is ever parsed as HTML.
 *
 * h("td", {class: "num", title: "…"}, "3,422.23") → <td class="num" title="…">3,422.23</td>
 */

/**
 * @typedef {Node | string | number | null | undefined | false} Child
 * @param {string} tag
 * @param {Record<string, string | number | boolean | null | undefined>} [attrs]
 * @param {...(Child | Child[])} children
 * @returns {HTMLElement}
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === "number" ? String(child) : child);
  }
  return el;
}

/** The 合成 / 真实 badge shown wherever a document or unit appears. @param {boolean} synthetic */
export function originBadge(synthetic) {
  return h("span", {class: synthetic ? "gongkai-badge synthetic" : "gongkai-badge real", title: synthetic ? "演示用合成文件，不是真实公开文本" : "真实公开文本"}, synthetic ? "合成" : "真实");
}

/**
 * A table: `columns` say how to render each cell; `attrs(row)` adds attributes to a row.
 * @template T
 * @param {T[]} rows
 * @param {{label: string, value: (row: T) => Child | Child[], num?: boolean}[]} columns
 * @param {{attrs?: (row: T) => Record<string, string | number | boolean | null | undefined>, empty?: string, caption?: string}} [options]
 */
export function table(rows, columns, {attrs, empty = "（无）", caption} = {}) {
  return h(
    "div",
    {class: "gongkai-table-wrap"},
    h(
      "table",
      {class: "gongkai"},
      caption ? h("caption", {}, caption) : null,
      h("thead", {}, h("tr", {}, columns.map((c) => h("th", {class: c.num ? "num" : null}, c.label)))),
      h(
        "tbody",
        {},
        rows.length
          ? rows.map((row) => h("tr", attrs ? attrs(row) : {}, columns.map((c) => h("td", {class: c.num ? "num" : null}, c.value(row)))))
          : h("tr", {}, h("td", {colspan: columns.length, class: "muted"}, empty)),
      ),
    ),
  );
}

/** A link inside the site: `href` relative to the page it appears on. @param {string} href @param {Child} text */
export const link = (href, text) => h("a", {href}, text);
