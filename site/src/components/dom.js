/**
 * A tiny element builder, so components need neither htl nor Framework's implicit `html` (which Framework would
 * resolve as an `npm:` import, i.e. from a CDN).
 *
 * h("td", {class: "num", title: "…"}, "3,422.23") → <td class="num" title="…">3,422.23</td>
 */

/**
 * @param {string} tag
 * @param {Record<string, string | number | boolean | null | undefined>} [attrs]
 * @param {...(Node | string | number | null | undefined | false | Array<Node | string | number | null | undefined | false>)} children
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
