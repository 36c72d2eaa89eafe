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
 *    a short line (≤ 40 chars) that is the first or last line next to at least 3 page boundaries. Blank lines at a
 *    page boundary go too, so a sentence that runs over a page break can be re-joined in step 7.
 * 5. Table-of-contents leaders (`……… 12`, `.......3`): leaders and page number go, the heading text stays.
 * 6. Runs of blank lines collapse to one; leading and trailing blank lines go.
 * 7. Hard-wrapped lines are joined (see `joinWrapped`): PDF text layers break lines at the page width, in the middle
 *    of sentences and even of numbers (`24458.43万` / `元`). Headings must stay on their own line, because the
 *    segmenter finds sections by what starts a line.
 *
 * The output ends with exactly one "\n".
 */

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
      if (!seen.has(lines[i])) seen.set(lines[i], new Set()), at.set(lines[i], []);
      seen.get(lines[i])!.add(b);
      at.get(lines[i])!.push(i);
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
    while (j < lines.length && (drop[j] || lines[j] === "")) any ||= drop[j++];
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
    // NOTE: table pages repeat "部门：… 单位：万元" on every page; the unit is information, keep it.
    !/单位[：:]/.test(line)
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
/** An amount standing alone between spaces; two of them on a line make a table row. */
const AMOUNT_CELL = /(?:^|\s)-?\d[\d,]*\.\d+%?(?=\s|$)/g;

/**
 * Join hard-wrapped lines. A line is joined to the next, with nothing between them (Chinese puts no space between
 * words, and a number split as `1392.80` / `万元` must come back whole), unless:
 * - either line is empty (a paragraph break);
 * - the line ends a sentence: 。！？；：;:!? possibly followed by a closing ）) ” …;
 * - the next line starts with a heading or list marker (`HEADING_MARKER`);
 * - the line is itself a heading: a marker, ≤ 30 chars and no sentence punctuation, or a title-like line of ≤ 20
 *   chars without sentence punctuation (a cover title, a signature, a date);
 * - the lines look like table rows (two or more stand-alone amounts), or the line ends with a stand-alone number
 *   and the next starts with a digit: gluing two table cells would forge a number.
 */
export function joinWrapped(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out.length > 0 ? out[out.length - 1] : null;
    if (last !== null && shouldJoin(last, line)) out[out.length - 1] = last + line;
    else out.push(line);
  }
  return out;
}

function shouldJoin(cur: string, next: string): boolean {
  if (cur === "" || next === "") return false;
  if (SENTENCE_END.test(cur)) return false;
  if (HEADING_MARKER.test(next)) return false;
  if (isHeadingLine(cur) || isTitleLine(cur)) return false;
  // NOTE: table text in PDF layers puts cells on separate lines; those must not be glued into one number.
  if (isTableRow(cur) || isTableRow(next)) return false;
  if (TRAILING_CELL.test(cur) && /^\d/.test(next)) return false;
  return true;
}

function isHeadingLine(line: string): boolean {
  return HEADING_MARKER.test(line) && [...line].length <= MAX_HEADING_CHARS && !SENTENCE_PUNCT.test(line);
}

function isTitleLine(line: string): boolean {
  return [...line].length <= MAX_TITLE_CHARS && !SENTENCE_PUNCT.test(line);
}

function isTableRow(line: string): boolean {
  return (line.match(AMOUNT_CELL) ?? []).length >= 2;
}
