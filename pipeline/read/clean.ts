/**
 * Clean the debris that document conversion leaves in a disclosure's text, deterministically.
 *
 * The result is THE text of the document: every span later stages record points into it. So cleaning only removes
 * what is not the author's text (page furniture, conversion markers, leaders) and re-joins lines a PDF text layer
 * broke; it never rewrites characters inside a sentence, apart from turning runs of full-width spaces into one
 * ASCII space.
 *
 * Steps, in order:
 * 1. Line ends: CRLF and CR become LF; a form feed (pdftotext's page break) becomes a page marker.
 * 2. `[bookmark: …]` markers (Word bookmarks rendered by docx converters) are removed wherever they are.
 * 3. Every line is trimmed of ASCII whitespace, tabs, U+3000 and NBSP (indents carry no meaning and vary by tool);
 *    inside a line, a run of U+3000 becomes one ASCII space.
 * 4. Page furniture goes: `=== page N ===` markers, page-number lines (`- 3 -`, `— 3 —`, `第3页`, `第 3 页 共 10 页`,
 *    `3/10`, and a bare number next to a page marker or standing between blank lines), and running headers/footers:
 *    a short line (≤ 40 chars) that is the first or last line next to at least 3 page boundaries (not a heading, a
 *    sentence, a unit line or a row of amounts). Blank lines at a page boundary go too, so a sentence that runs over
 *    a page break can be re-joined in step 7.
 * 5. Table-of-contents leaders (`……… 12`, `.......3`): leaders and page number go, the heading text stays.
 * 6. Runs of blank lines collapse to one; leading and trailing blank lines go.
 * 7. Hard-wrapped lines are joined (see `joinWrapped`): PDF text layers break lines at the page width, in the middle
 *    of sentences and even of numbers (`24458.43万` / `元`). Headings must stay on their own line, because the
 *    segmenter finds sections by what starts a line. Text written one paragraph per line is left as it is.
 *
 * The output ends with exactly one "\n".
 */
import {displayWidth} from "../lib/display-width.ts";

/** Page widths are measured as the document's CJK font sets its lines. */
const CJK_FONT = {cjkFont: true};

/** Heading and list markers that open a line: 一、 （一） (一) 1、 1． 1.x （1） (1) 第一部分 附件. */
export const HEADING_MARKER = new RegExp(
  "^(?:" +
    [
      "[一二三四五六七八九十]{1,3}、",
      "[（(][一二三四五六七八九十]{1,3}[）)]",
      "\\d{1,2}、",
      // "1.5万元" at the start of a wrapped line is a number, not an item.
      "\\d{1,2}[．.](?!\\d)",
      "[（(]\\d{1,2}[）)]",
      "第[一二三四五六七八九十\\d]{1,3}(?:部分|章|节)",
      "附件",
    ].join("|") +
    ")",
);

const PAGE_MARKER = /^=+\s*page\s*\d*\s*=+$/i;
const PAGE_NUMBER = [
  /^[-—–－~]\s*\d{1,4}\s*[-—–－~]$/, // - 3 -   — 3 —
  /^第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/, // 第3页   第 3 页 共 10 页
  /^\d{1,4}\s*\/\s*\d{1,4}$/, // 3/10
  /^page\s*\d{1,4}(?:\s*of\s*\d{1,4})?$/i,
];
const BARE_NUMBER = /^\d{1,4}$/;
// Leaders: 6+ leader characters, or 3+ followed by a page number. Shorter runs are prose ellipses (“……”).
const TOC_LEADER = /\s*(?:[.…·．・]{6,}\s*\d{0,4}|[.…·．・]{3,}\s*\d{1,4})$/;

const MAX_HEADER_CHARS = 40;
const MIN_HEADER_PAGES = 3;
const MAX_HEADING_CHARS = 30;
const MAX_TITLE_CHARS = 20;

/** Clean converted document text; the result is the text every span points into. */
export function cleanText(raw: string): string {
  const lines = normaliseLines(raw);
  const kept = removePageFurniture(lines).map(stripLeaders);
  return joinWrapped(collapseBlankLines(kept)).join("\n") + "\n";
}

function normaliseLines(raw: string): string[] {
  const text = raw
    .replace(/\r\n?/g, "\n")
    // NOTE: pdftotext separates pages with a form feed; treat it as a page marker.
    .replace(/\f/g, "\n=== page ===\n")
    // NOTE: docx converters (pandoc) render Word bookmarks as `[bookmark: _GoBack]`, often glued to a heading.
    .replace(/\[bookmark:[^\]\n]*\]/g, "");
  // String.prototype.trim also strips U+3000, NBSP and tabs: the indents of Chinese documents.
  return text.split("\n").map((line) => line.trim().replace(/\u3000+/g, " "));
}

/** Remove page markers, page numbers and running headers/footers, with the blank lines around them. */
function removePageFurniture(lines: string[]): string[] {
  const isMarker = lines.map((l) => PAGE_MARKER.test(l));
  const drop = lines.map((l, i) => isMarker[i] || PAGE_NUMBER.some((re) => re.test(l)));
  const blank = (i: number) => i < 0 || i >= lines.length || lines[i] === "";
  const nearest = (i: number, step: 1 | -1) => {
    while (i >= 0 && i < lines.length && lines[i] === "") i += step;
    return i;
  };
  lines.forEach((line, i) => {
    if (!BARE_NUMBER.test(line)) return;
    // NOTE: a bare number is a page number only where one sits: next to a page marker, or alone between blank
    // lines. Elsewhere it may be a table cell ("0", "201"), which is the author's text.
    const prev = nearest(i - 1, -1);
    const next = nearest(i + 1, 1);
    if (isMarker[prev] || isMarker[next] || (blank(i - 1) && blank(i + 1))) drop[i] = true;
  });

  // Page boundaries: runs of dropped and blank lines holding at least one dropped line. Count, per short line, at
  // how many boundaries it is the line just before or just after.
  const boundaries = boundaryRuns(lines, drop);
  const seen = new Map<string, Set<number>>();
  const at = new Map<string, number[]>();
  boundaries.forEach(([start, end], b) => {
    // NOTE: the top of page 1 is no boundary: a cover title that equals the running header stays once, and the
    // identify stage reads the unit's name from it.
    if (start === 0) return;
    for (const i of [start - 1, end]) {
      if (i < 0 || i >= lines.length || !isHeaderCandidate(lines[i])) continue;
      const pages = seen.get(lines[i]) ?? new Set<number>();
      const where = at.get(lines[i]) ?? [];
      pages.add(b);
      where.push(i);
      seen.set(lines[i], pages);
      at.set(lines[i], where);
    }
  });
  for (const [line, pages] of seen) {
    if (pages.size >= MIN_HEADER_PAGES) for (const i of at.get(line)!) drop[i] = true;
  }

  // Drop furniture together with the blank lines around it: a page break is not a paragraph break.
  const out: string[] = [];
  for (const [start, end] of boundaryRuns(lines, drop)) drop.fill(true, start, end);
  lines.forEach((line, i) => drop[i] || out.push(line));
  return out;
}

/** [start, end) of each maximal run of dropped/blank lines that contains a dropped line. */
function boundaryRuns(lines: string[], drop: boolean[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < lines.length; ) {
    if (!drop[i] && lines[i] !== "") {
      i++;
      continue;
    }
    let j = i;
    let any = false;
    for (; j < lines.length && (drop[j] || lines[j] === ""); j++) if (drop[j]) any = true;
    if (any) runs.push([i, j]);
    i = j;
  }
  return runs;
}

function isHeaderCandidate(line: string): boolean {
  return (
    line !== "" &&
    [...line].length <= MAX_HEADER_CHARS &&
    // Headings are the document's structure even when a page happens to start with the same one again.
    !HEADING_MARKER.test(line) &&
    // Headers and footers are titles; a line ending a sentence is the author's text that recurs by chance.
    !SENTENCE_END.test(line) &&
    // NOTE: table pages repeat "部门：… 单位：万元" on every page; the unit is information, keep it.
    !/单位[：:]/.test(line) &&
    // NOTE: a totals row ("合计 156,211,123 …") can end several table pages; amounts are never page furniture.
    !/\d\.\d|\d,\d{3}/.test(line)
  );
}

function stripLeaders(line: string): string {
  return TOC_LEADER.test(line) ? line.replace(TOC_LEADER, "").trimEnd() : line;
}

function collapseBlankLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (line === "" && (out.length === 0 || out[out.length - 1] === "")) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out;
}

/** Sentence-final punctuation, optionally followed by closing brackets or quotes. */
const SENTENCE_END = /[。！？；：;:!?][）)”’"'」』》〉】]*$/;
/** Sentence punctuation that a title never contains. */
const SENTENCE_PUNCT = /[，。；：！？;:!?]|,(?!\d)/;
/** A number standing alone as a table cell at the end of a line ("合计 24,458.43"). */
const TRAILING_CELL = /(?:^|\s)[-+]?\d[\d,]*(?:\.\d+)?%?$/;
/** The two halves of an amount split before its unit: "24458.43万" / "元", "1392.80" / "万元", "17.31" / "%". */
const SPLIT_AMOUNT_HEAD = /\d[万亿千]?$/;
const SPLIT_AMOUNT_TAIL = /^(?:[万亿千]?元|%|％)/;
/** A function-classification level marker that continues the previous line: （类） （款） （项） （项目）. */
const CLASS_LEVEL_TAIL = /^[（(]\d{0,3}(?:类|款|项目?)[）)]/;
/** An amount standing alone between spaces; two of them on a line make a table row. */
const AMOUNT_CELL = /(?:^|\s)-?\d[\d,]*\.\d+%?(?=\s|$)/g;

/**
 * Join hard-wrapped lines. A line is joined to the next, with nothing between them (Chinese puts no space between
 * words, and a number split as `1392.80` / `万元` must come back whole), unless:
 * - either line is empty (a paragraph break);
 * - the line ends a sentence: 。！？；：;:!? possibly followed by a closing ）) ” …;
 * - the next line starts with a heading or list marker (`HEADING_MARKER`);
 * - the line is itself a heading: a marker, ≤ 30 chars and no sentence punctuation, or a title-like line of ≤ 20
 *   chars without sentence punctuation (a cover title, a signature, a date), or the next line is title-like —
 *   unless the line fills the page width (see `wrapWidth`): then it is wrapped, whatever it looks like;
 * - in a hard-wrapped text, the line stops short of 3/4 of the page width: it ended there;
 * - the lines look like table rows (two or more stand-alone amounts), or the line ends with a stand-alone number
 *   and the next starts with a digit: gluing two table cells would forge a number.
 * An amount split before its unit (`24458.43万` / `元`) is always joined: it is one token. Text written one
 * paragraph per line (`isParagraphPerLine`) is not joined at all.
 */
export function joinWrapped(lines: string[]): string[] {
  // NOTE: text from a web page or a .docx has one line per paragraph; a line there that lacks its 。 is a title, a
  // label ("更新时间：…") or a list item, and joining it would only do harm.
  if (isParagraphPerLine(lines)) return lines;
  const width = wrapWidth(lines);
  const out: string[] = [];
  // Judge the last physical line, not the joined one: "九、…支出预算" + "情况说明" is a heading wrapped in two, and
  // "情况说明" must not run on into the paragraph below it.
  let last: string | null = null;
  for (const line of lines) {
    if (last !== null && shouldJoin(last, line, width)) out[out.length - 1] += line;
    else out.push(line);
    last = line;
  }
  return out;
}

/** Whether physical line `cur` runs on into `next`. */
function shouldJoin(cur: string, next: string, width: number): boolean {
  if (cur === "" || next === "") return false;
  if (SENTENCE_END.test(cur)) return false;
  if (HEADING_MARKER.test(next)) return false;
  // NOTE: a classification path broken before its level marker ("…行政运行" / "（项）支出6106.99万元") is one
  // phrase: "（项）" never starts a line of its own.
  if (CLASS_LEVEL_TAIL.test(next)) return true;
  // NOTE: table text in PDF layers puts cells on separate lines; those must not be glued into one number.
  if (isTableRow(cur) || isTableRow(next)) return false;
  if (TRAILING_CELL.test(cur) && /^\d/.test(next)) return false;
  // NOTE: an amount broken before its unit ("24458.43万" / "元", "1392.80" / "万元") is one token, whatever the
  // line looks like otherwise.
  if (SPLIT_AMOUNT_HEAD.test(cur) && SPLIT_AMOUNT_TAIL.test(next)) return true;
  const w = displayWidth(cur, CJK_FONT);
  // NOTE: in a hard-wrapped text a line that stops well short of the page width ended there: a heading, a title,
  // the last line of a paragraph that lacks its 。.
  if (Number.isFinite(width) && w < EARLY_END * width) return false;
  // NOTE: "6．负责党和国家领导人、党中央各部委和各省市自治区党" looks like a short heading but fills the page
  // width: it is the first line of a wrapped item, as is the first half of a heading too long for one line.
  const full = w >= width * (1 - WIDTH_SLACK);
  if (!full && (isHeadingLine(cur) || isTitleLine(cur) || isTitleLine(next))) return false;
  return true;
}

function isHeadingLine(line: string): boolean {
  return HEADING_MARKER.test(line) && [...line].length <= MAX_HEADING_CHARS && !SENTENCE_PUNCT.test(line);
}

function isTitleLine(line: string): boolean {
  // A bare amount ("1392.80") is a piece of a sentence, never a title.
  return [...line].length <= MAX_TITLE_CHARS && !SENTENCE_PUNCT.test(line) && /[\u4e00-\u9fff]/.test(line);
}

function isTableRow(line: string): boolean {
  return (line.match(AMOUNT_CELL) ?? []).length >= 2;
}

/** Share of the page width a line may fall short by and still count as full (justification, kinsoku). */
const WIDTH_SLACK = 0.1;
/** Share of the page width below which a line of a hard-wrapped text is taken to end there. */
const EARLY_END = 0.75;
/** Narrower "page widths" are table columns, not a hard-wrapped text. */
const MIN_WRAP_WIDTH = 40;

/**
 * The page width a hard-wrapped text was broken at, in display columns (CJK 2, ASCII 1), or Infinity when there is
 * too little evidence. It is measured on lines that run on into the next line (no sentence end, next line not
 * empty): in a PDF text layer most of them are as wide as the page.
 */
export function wrapWidth(lines: string[]): number {
  const counts = new Map<number, number>();
  let total = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i] === "" || lines[i + 1] === "" || SENTENCE_END.test(lines[i])) continue;
    const w = displayWidth(lines[i], CJK_FONT);
    counts.set(w, (counts.get(w) ?? 0) + 1);
    total++;
  }
  // Justified lines vary by a few columns (glyph widths, a half-width digit shifting the break), so widths are
  // counted with their neighbours within two columns. The page width is the widest such cluster that is at least
  // half as common as the most common one: table text and headings make clusters of narrower lines.
  const near = (w: number) => {
    let n = 0;
    for (let d = -2; d <= 2; d++) n += counts.get(w + d) ?? 0;
    return n;
  };
  const most = Math.max(0, ...[...counts.keys()].map(near));
  const width = Math.max(0, ...[...counts.keys()].filter((w) => near(w) >= most / 2));
  return width >= MIN_WRAP_WIDTH && most >= 5 && most >= 0.1 * total ? width : Infinity;
}

/**
 * True when the text is not hard-wrapped: nearly all its long lines (> 30 chars) end a sentence. In a PDF text layer
 * most long lines run on (about 1 in 10 ends a sentence); written one paragraph per line, nearly all do.
 */
export function isParagraphPerLine(lines: string[]): boolean {
  const long = lines.filter((line) => [...line].length > MAX_HEADING_CHARS);
  return long.length >= 5 && long.filter((line) => SENTENCE_END.test(line)).length >= 0.7 * long.length;
}
