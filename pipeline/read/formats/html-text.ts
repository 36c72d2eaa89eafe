/**
 * Parsed HTML → the narrative as lines (one per block element) and its data tables as grids.
 *
 * Decision on tables: a data table's text stays OUT of the narrative. Its rows become a TableGrid, which the table
 * mapper turns into facts tagged origin "table"; were the cells also in the text, the text extractor would read the
 * same amounts again as stray mentions (unplaced, or facts without their row's code), and the text_vs_table check
 * would compare a table with itself. The lines just above a table (its title, "单位：万元") stay in the text:
 * they are the author's words and carry no amounts.
 */
import type {CheerioAPI} from "cheerio";
import type {AnyNode, Element} from "domhandler";
import type {TableGrid} from "../grid.ts";
import {isTitleLike, splitHeading, titlePart, unitOf} from "./grid-heading.ts";
import {isDataTable, tableRows} from "./html-table.ts";
import {boxLines, positionedBoxes} from "./html-positioned.ts";
import {buildGrid} from "../pdf/grid-build.ts";
import {lineText, type PdfLine} from "../pdf/page-items.ts";
import {findTableBlocks} from "../pdf/table-blocks.ts";

/** Page furniture and non-content. */
const DROP = new Set(["script", "style", "noscript", "template", "nav", "aside", "iframe", "object", "embed", "svg"]);
const DROP_ALWAYS = new Set([...DROP, "head", "input", "select", "button", "textarea", "canvas", "map"]);
const DROP_ROLES = new Set(["navigation", "banner", "contentinfo", "search", "complementary"]);
const BLOCK = new Set(
  (
    "address article blockquote body caption center dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 " +
    "h5 h6 header hr html li main ol p pre section table tbody thead tfoot tr td th ul"
  ).split(" "),
);

export interface HtmlContent {
  lines: string[];
  tables: TableGrid[];
}

export function htmlContent($: CheerioAPI, where: (n: number) => string = (n) => `table ${n}`): HtmlContent {
  const lines: string[] = [];
  const tables: TableGrid[] = [];
  /** Pages of positioned text (a PDF's layout converted), read together: their tables may run over pages. */
  const pages: PdfLine[][] = [];
  let current = "";
  const flush = () => {
    const line = current.replace(/^[ ]+|[ ]+$/g, "");
    // One line per block, no blank lines: a .txt disclosure is written the same way, one paragraph per line.
    if (line !== "") lines.push(line);
    current = "";
  };

  const walk = (node: AnyNode, pre: boolean) => {
    if (node.type === "text") {
      const data = (node as unknown as {data: string}).data;
      if (!pre) current += data.replace(/[ \t\r\n\f]+/g, " ");
      else {
        const [first, ...rest] = data.split(/\r?\n/);
        current += first;
        for (const part of rest) {
          flush();
          current = part;
        }
      }
      return;
    }
    if (node.type !== "tag" && node.type !== "root") return;
    const el = node as Element;
    if (node.type === "tag" && isDropped(el)) return;
    if (node.type === "tag" && el.name === "br") return flush();
    if (node.type === "tag" && el.name === "table" && isDataTable($, el)) {
      flush();
      tables.push(gridOf($, el, lines, where(tables.length + 1)));
      return;
    }
    const boxes = node.type === "tag" ? positionedBoxes($, el) : null;
    if (boxes) {
      flush();
      const page = boxLines(boxes);
      pages.push(page);
      // Its lines go to the text as a PDF's do, after a page marker (the cleaner drops page numbers there).
      lines.push("=== page ===", ...page.map(lineText));
      return;
    }
    const block = node.type === "tag" && BLOCK.has(el.name);
    if (block) flush();
    for (const child of el.children) walk(child, pre || el.name === "pre");
    if (block) flush();
  };
  walk($.root().get(0)!, false);
  flush();
  tables.push(...findTableBlocks(pages).map(buildGrid));
  return {lines, tables};
}

function isDropped(el: Element): boolean {
  if (DROP_ALWAYS.has(el.name)) return true;
  const role = el.attribs?.role;
  if (role && DROP_ROLES.has(role)) return true;
  if (el.name === "header" || el.name === "footer") {
    // NOTE: an <article>'s own <header> holds its title (the unit and year identify reads); only the page's
    // header and footer are furniture.
    for (let p = el.parent; p; p = p.parent)
      if (p.type === "tag" && (p.name === "article" || p.name === "main")) return false;
    return true;
  }
  return false;
}

/** A data table as a grid: title from its caption, its own first rows, or the lines above it. */
function gridOf($: CheerioAPI, table: Element, before: string[], location: string): TableGrid {
  const caption = $(table).children("caption").first().text().replace(/\s+/g, " ").trim();
  const head = splitHeading(tableRows($, table));
  let title = caption ? titlePart(caption) : head.title;
  let unit = (caption ? unitOf(caption) : null) ?? head.unit;
  // The lines above, nearest first, until a sentence: "收支预算总表" then "单位：万元".
  for (let i = before.length - 1, seen = 0; i >= 0 && seen < 3; i--, seen++) {
    const line = before[i];
    unit ??= unitOf(line);
    if (title === null && isTitleLike(line)) title = titlePart(line);
    if (title !== null && unit !== null) break;
    if (!isTitleLike(line) && unitOf(line) === null) break;
  }
  return {title: title ?? location, unit, rows: head.rows, location};
}
