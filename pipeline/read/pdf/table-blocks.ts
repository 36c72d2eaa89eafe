/**
 * Where the standard tables sit among a PDF's lines: a title ("2023年部门财务收支预算总表", "收入决算表"), the
 * meta line with the unit ("部门：… 单位：万元"), header lines, then body lines holding amounts, until a note, the
 * next title or the end of the page. A page that starts with table rows and no title continues the table of the
 * page before (long tables run over several pages, often repeating their header).
 */
import {unitOf} from "../../tables/unit-line.ts";
import {lineText, type PdfLine} from "./page-items.ts";
import type {TableGrid} from "../../tables/grid.ts";

export interface TableBlock {
  title: string;
  unit: TableGrid["unit"];
  header: PdfLine[];
  /** Body lines per page, top to bottom: wrapped cells are re-joined within a page only. */
  body: PdfLine[][];
  pages: number[];
}

/** A cell that is a number: an amount (1,234.56, 0, -3.5) or a classification code (201, 2013101, 05). */
export const NUMBER_CELL = /^[-－]?\d[\d,]*(?:\.\d+)?$/;
// NOTE: a title may end in a qualifier: "（续）" on a continued table, "财政拨款支出预算表（功能科目）" in Jiangsu.
const TITLE = /表\s*(?:[（(][^（()）]{1,8}[)）])?$/;
const META = /^(?:编制)?(?:部门|单位)\s*[:：]|单位\s*[:：]/;
const NOTE = /^(?:注|说明|备注)\s*[:：\d１-９]/;
const PAGE_NUMBER = /^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|\d{1,4}|第\s*\d{1,4}\s*页.*)$/;
/** A prose line: one run longer than any cell (a paragraph of the narrative). */
const PROSE_CHARS = 40;

const text = (line: PdfLine) => lineText(line).replace(/\s+/g, " ").trim();
const isNumeric = (line: PdfLine) => line.items.some((it) => NUMBER_CELL.test(it.str.replace(/\s/g, "")));
const isTitle = (line: PdfLine) => {
  const t = text(line).replace(/\s/g, "");
  return TITLE.test(t) && [...t].length <= 60 && !/[。；]/.test(t) && !/^\d+[.．、]/.test(t);
};
const isProse = (line: PdfLine) => line.items.length === 1 && [...line.items[0].str].length > PROSE_CHARS;
/** An amount as tables print it: with a thousands separator or decimals (a year or a code has neither). */
const AMOUNT_CELL = /^[-－]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^[-－]?\d+\.\d+$/;

/** Find the table blocks of a document, given each page's physical lines. */
export function findTableBlocks(pages: PdfLine[][]): TableBlock[] {
  const blocks: TableBlock[] = [];
  let open: TableBlock | null = null;
  pages.forEach((raw, p) => {
    const lines = dropPageNumbers(raw);
    let i = 0;
    const headerTexts = new Set(open?.header.map(text) ?? []);
    // NOTE: a continued table may start with a label-only row ("使用非财政拨款结余 … 结余分配", "十四、资源勘探…
    // 支出"): a line of several cells continues it, or one cell starting exactly where the table's cells start; a
    // heading or a paragraph does not.
    const first = lines[0];
    if (open && first && !isProse(first) && !isTitle(first) && (first.items.length >= 2 || alignsWith(first, open))) {
      while (i < lines.length && headerTexts.has(text(lines[i]))) i++;
      const {body, end} = bodyFrom(lines, i);
      open.body.push(body);
      open.pages.push(p + 1);
      i = end;
      if (end < lines.length) open = null;
    } else {
      open = null;
    }
    for (; i < lines.length; i++) {
      if (!isTitle(lines[i])) continue;
      const block = blockAt(lines, i, p + 1);
      if (!block) continue;
      blocks.push(block.block);
      open = block.end >= lines.length ? block.block : null;
      i = block.end - 1;
    }
  });
  return blocks.filter((b) => b.body.some((rows) => rows.length > 0));
}

function alignsWith(line: PdfLine, block: TableBlock): boolean {
  const x = line.items[0].x0;
  return block.body.some((rows) => rows.some((r) => r.items.some((it) => Math.abs(it.x0 - x) < 1)));
}

function blockAt(lines: PdfLine[], t: number, page: number): {block: TableBlock; end: number} | null {
  // NOTE: "第二部分 …部门决算表" heads the part and the table's own title follows it: take the last title before
  // the rows.
  let j = t + 1;
  let title = text(lines[t]);
  let unit: TableGrid["unit"] = null;
  while (j < lines.length && (isTitle(lines[j]) || META.test(text(lines[j])) || unitOf(text(lines[j])))) {
    if (isTitle(lines[j]) && !unitOf(text(lines[j]))) title = text(lines[j]);
    unit ??= unitOf(text(lines[j]));
    j++;
  }
  unit ??= unitOf(title);
  const header: PdfLine[] = [];
  while (j < lines.length && !isNumeric(lines[j]) && !isTitle(lines[j]) && !isProse(lines[j])) header.push(lines[j++]);
  if (j >= lines.length || !isNumeric(lines[j])) return null;
  const {body, end} = bodyFrom(lines, j);
  // NOTE: a table of contents lists the tables' titles; what follows them is headings and prose ("第三部分 …2024
  // 年度…" looks like a row of two cells once), not rows.
  if (!body.some((l) => l.items.some((it) => AMOUNT_CELL.test(it.str)))) return null;
  return {block: {title, unit, header, body: [body], pages: [page]}, end};
}

function bodyFrom(lines: PdfLine[], start: number): {body: PdfLine[]; end: number} {
  let j = start;
  while (j < lines.length && !isTitle(lines[j]) && !NOTE.test(text(lines[j])) && !isProse(lines[j])) j++;
  return {body: lines.slice(start, j), end: j};
}

/** Page numbers printed at the foot or head of a page are no table rows. */
function dropPageNumbers(lines: PdfLine[]): PdfLine[] {
  const isNumber = (l: PdfLine | undefined) => !!l && l.items.length === 1 && PAGE_NUMBER.test(text(l));
  let from = 0;
  let to = lines.length;
  if (isNumber(lines[to - 1])) to--;
  if (isNumber(lines[0]) && to - from > 1) from++;
  return lines.slice(from, to);
}

export {text as blockLineText};
