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
  for (const child of children.flat(Infinity)) {
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
 * A table that sorts on a header click (again: reverse), filters by a text box and downloads exactly its rows as CSV
 * (UTF-8 with BOM, so Excel reads the Chinese). Columns say how to render a cell (`value`), what to sort by (`sort`:
 * a decimal string is compared exactly, numbers as numbers, text in 中文 order; default the cell's text) and what to
 * write to the CSV (`csv`: default the cell's text; give amounts as their exact decimal strings).
 * `attrs(row)` adds attributes to a row. `name` names the CSV file; `tools: false` leaves out filter and download.
 * @template T
 * @param {T[]} rows
 * @param {{label: string, value: (row: T) => Child | Child[], num?: boolean, sort?: (row: T) => any, csv?: (row: T) => any}[]} columns
 * @param {{attrs?: (row: T) => Record<string, string | number | boolean | null | undefined>, empty?: string, caption?: string, name?: string, tools?: boolean}} [options]
 */
export function table(rows, columns, {attrs, empty = "（无）", caption, name = "table", tools = true} = {}) {
  const rendered = rows.map((row) => ({row, cells: columns.map((c) => h("td", {class: c.num ? "num" : null}, c.value(row)))}));
  let order = rendered.slice();
  let sortColumn = -1;
  let ascending = true;
  let query = "";
  const tbody = h("tbody", {});
  const headers = columns.map((c, i) => {
    const th = h("th", {class: c.num ? "num sortable" : "sortable", "aria-sort": "none", title: "点击排序"}, c.label);
    th.addEventListener("click", () => {
      ascending = sortColumn === i ? !ascending : true;
      sortColumn = i;
      const key = (/** @type {{row: T, cells: HTMLElement[]}} */ r) => (c.sort ? c.sort(r.row) : r.cells[i].textContent ?? "");
      order = rendered.slice().sort((a, b) => (ascending ? 1 : -1) * compareValues(key(a), key(b)));
      headers.forEach((other, j) => other.setAttribute("aria-sort", j === i ? (ascending ? "ascending" : "descending") : "none"));
      draw();
    });
    return th;
  });
  const visible = () => (query ? order.filter((r) => r.cells.some((td) => normalize(td.textContent ?? "").includes(query))) : order);
  const count = h("span", {class: "muted table-count"});
  function draw() {
    const shown = visible();
    tbody.replaceChildren(
      ...(shown.length
        ? shown.map((r) => h("tr", attrs ? attrs(r.row) : {}, r.cells))
        : [h("tr", {}, h("td", {colspan: columns.length, class: "muted"}, empty))]),
    );
    count.textContent = query ? `显示 ${shown.length} / ${rendered.length} 行` : `${rendered.length} 行`;
  }
  draw();
  const tableEl = h("table", {class: "gongkai"}, caption ? h("caption", {}, caption) : null, h("thead", {}, h("tr", {}, headers)), tbody);
  const wrap = h("div", {class: "gongkai-table-wrap"}, tableEl);
  if (!tools || rows.length === 0) return wrap;
  const filter = /** @type {HTMLInputElement} */ (h("input", {type: "search", placeholder: "筛选…", "aria-label": "筛选表格", class: "table-filter"}));
  filter.addEventListener("input", () => {
    query = normalize(filter.value.trim());
    draw();
  });
  const download = h("button", {type: "button", class: "table-csv"}, "下载 CSV");
  download.addEventListener("click", () => {
    const text = toCsv(columns.map((c) => c.label), visible().map((r) => columns.map((c, i) => (c.csv ? c.csv(r.row) : r.cells[i].textContent ?? ""))));
    const a = h("a", {href: URL.createObjectURL(new Blob([text], {type: "text/csv;charset=utf-8"})), download: `${name}.csv`});
    document.body.append(a);
    a.click();
    a.remove();
  });
  return h("div", {class: "gongkai-table"}, rows.length > 8 ? h("div", {class: "gongkai-table-tools"}, filter, count, download) : h("div", {class: "gongkai-table-tools"}, count, download), wrap);
}

/** The CSV of a table: header and rows, quoted where needed, CRLF, with a BOM. @param {string[]} header @param {any[][]} rows */
export function toCsv(header, rows) {
  const cell = (/** @type {any} */ v) => {
    const s = v == null ? "" : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return "\ufeff" + [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

/** Sort order of two cell keys: exact decimal strings by value, numbers as numbers, else 中文 text order. */
function compareValues(/** @type {any} */ a, /** @type {any} */ b) {
  if (a == null || a === "") return b == null || b === "" ? 0 : 1;
  if (b == null || b === "") return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "boolean" || typeof b === "boolean") return Number(a) - Number(b);
  const [x, y] = [String(a), String(b)];
  if (DECIMAL_TEXT.test(x) && DECIMAL_TEXT.test(y)) return compareDecimalText(x, y);
  return x.localeCompare(y, "zh-CN", {numeric: true});
}

/** Exact comparison of two plain decimal strings (no float). @param {string} a @param {string} b */
function compareDecimalText(a, b) {
  const neg = (/** @type {string} */ s) => s.startsWith("-");
  if (neg(a) !== neg(b)) return neg(a) ? -1 : 1;
  const sign = neg(a) ? -1 : 1;
  const [ai, af = ""] = a.replace("-", "").split(".");
  const [bi, bf = ""] = b.replace("-", "").split(".");
  const ia = ai.replace(/^0+(?=\d)/, "");
  const ib = bi.replace(/^0+(?=\d)/, "");
  if (ia.length !== ib.length) return sign * (ia.length - ib.length);
  const len = Math.max(af.length, bf.length);
  const x = ia + af.padEnd(len, "0");
  const y = ib + bf.padEnd(len, "0");
  return sign * (x < y ? -1 : x > y ? 1 : 0);
}

/**
 * Text for matching: full-width forms folded, quotes, brackets and punctuation dropped, digit separators removed
 * ("“三公”经费" → "三公经费", "2,380" → "2380"), lower case. @param {string} s
 */
export function normalize(s) {
  return s
    .normalize("NFKC")
    .replace(/(\d)[,，](?=\d{3})/g, "$1")
    .replace(/[\s"'“”‘’「」『』《》〈〉（）()【】\[\]、，,。；;：:！!？?·\-—–_]/g, "")
    .toLowerCase();
}

/** A link inside the site: `href` relative to the page it appears on. @param {string} href @param {Child} text */
export const link = (href, text) => h("a", {href}, text);
