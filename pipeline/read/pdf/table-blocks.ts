/**
 * Where the standard tables sit among a PDF's lines: a title ("2023年部门财务收支预算总表", "收入决算表"), the
 * meta line with the unit ("部门：… 单位：万元"), header lines, then body lines holding amounts, until a note, the
 * next title or the end of the page. A page that starts with table rows and no title continues the table of the
 * page before (long tables run over several pages, often repeating their header).
 */
import {unitOf} from "../../lib/money-unit.ts";
import {lineText, type PdfLine} from "./page-items.ts";
import type {TableGrid} from "../grid.ts";

export interface TableBlock {
  title: string;
  unit: TableGrid["unit"];
  header: PdfLine[];
  /** Body lines per page, top to bottom: wrapped cells are re-joined within a page only. */
  body: PdfLine[][];
  pages: number[];
  /** The note printed under the table ("注：…"), joined over its lines. */
  note?: string;
}

/** A cell that is a number: an amount (1,234.56, 0, -3.5) or a classification code (201, 2013101, 05). */
export const NUMBER_CELL = /^[-－]?\d[\d,]*(?:\.\d+)?$/;
// NOTE: a title may end in a qualifier: "（续）" on a continued table, "财政拨款支出预算表（功能科目）" in Jiangsu.
const TITLE = /表\s*(?:[（(][^（()）]{1,8}[)）])?$/;
// NOTE: "部门（单位）：烟台市退役军人事务局" (Shandong) names the unit as 部门 and 单位 at once.
const META = /^(?:编制)?(?:部门|单位)(?:[（(](?:部门|单位)[)）])?\s*[:：]|单位\s*[:：]/;
const NOTE = /^(?:注|说明|备注)\s*[:：\d１-９]/;
/** A line that only numbers the table ("公开01表", "表1", "附表3-2", "预算 05 表"): no title of its own. */
const TABLE_NUMBER = /^(?:公开|预算|决算|附|部门)?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:\s*[-－—]\s*\d{1,2})?\s*表$|^附?表\s*\d{1,2}(?:\s*[-－—]\s*\d{1,2})?$/;
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
      open.note ??= noteAt(lines, end);
      if (end < lines.length) open = null;
    } else {
      open = null;
    }
    for (; i < lines.length; i++) {
      if (!isTitle(lines[i])) continue;
      const block = blockAt(lines, i, p + 1);
      if (!block) continue;
      // NOTE: a long table may repeat its title (and header) on every page: a block with the previous block's
      // title, starting on the page after it ended without a note, continues it.
      const last = blocks.at(-1);
      const b = block.block;
      if (last && !last.note && sameTitle(last.title, b.title) && last.unit === b.unit && last.pages.at(-1)! >= p) {
        last.body.push(...b.body);
        last.pages.push(p + 1);
        last.note = b.note;
        open = block.end >= lines.length ? last : null;
      } else {
        blocks.push(b);
        open = block.end >= lines.length ? b : null;
      }
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
  if (isTableNumber(lines[t])) title = "";
  let unit: TableGrid["unit"] = null;
  while (j < lines.length && (isTitle(lines[j]) || META.test(text(lines[j])) || unitOf(text(lines[j])))) {
    if (isTitle(lines[j]) && !unitOf(text(lines[j])) && !isTableNumber(lines[j])) title = text(lines[j]);
    unit ??= unitOf(text(lines[j]));
    j++;
  }
  if (!title) title = text(lines[t]);
  unit ??= unitOf(title);
  const header: PdfLine[] = [];
  while (j < lines.length && !isNumeric(lines[j]) && !isTitle(lines[j]) && !isProse(lines[j])) header.push(lines[j++]);
  if (j >= lines.length || !isNumeric(lines[j])) return null;
  const {body, end} = bodyFrom(lines, j);
  // NOTE: a table of contents lists the tables' titles; what follows them is headings and prose ("第三部分 …2024
  // 年度…" looks like a row of two cells once), not rows.
  if (!body.some((l) => l.items.some((it) => AMOUNT_CELL.test(it.str)))) return null;
  return {block: {title, unit, header, body: [body], pages: [page], note: noteAt(lines, end)}, end};
}

function bodyFrom(lines: PdfLine[], start: number): {body: PdfLine[]; end: number} {
  let j = start;
  while (j < lines.length && !isTitle(lines[j]) && !NOTE.test(text(lines[j])) && !isProse(lines[j])) j++;
  return {body: lines.slice(start, j), end: j};
}

const isTableNumber = (line: PdfLine) => TABLE_NUMBER.test(text(line).replace(/\s/g, ""));
const sameTitle = (a: string, b: string) => {
  const norm = (t: string) => t.replace(/\s/g, "").replace(/[（(]续(?:表)?[)）]|续表$/g, "");
  return norm(a) === norm(b);
};

/** The note under a table, when the line at `at` opens one: it and the lines after it up to a title or a row. */
function noteAt(lines: PdfLine[], at: number): string | undefined {
  if (at >= lines.length || !NOTE.test(text(lines[at]))) return undefined;
  const out = [text(lines[at])];
  for (let k = at + 1; k < Math.min(lines.length, at + 4); k++) {
    if (isTitle(lines[k]) || NOTE.test(text(lines[k])) || lines[k].items.length > 1) break;
    out.push(text(lines[k]));
  }
  return out.join("");
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
