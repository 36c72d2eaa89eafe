import type {SectionRecord, Span} from "../types.ts";

/**
 * Finds the numbered headings of a disclosure and nests them into sections:
 *   第一部分 (level 0) › 一、(1) › （一）(2) › 1．/1、/1.(3) › （1）(4)
 * A heading is recognised only at a line start; its text may run on into the body ("（一）收入预算3422.23万元…").
 */

export interface Heading {
  level: number;
  /** The heading's number as an integer (一 → 1, （三） → 3). */
  number: number;
  title: string;
  span: Span;
}

const CN_DIGITS: Record<string, number> = {零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9};

/** 一 … 九十九 → number; null when not a Chinese numeral. */
export function chineseNumeral(s: string): number | null {
  if (!/^[一二三四五六七八九十]+$/.test(s)) return null;
  if (!s.includes("十")) return s.length === 1 ? CN_DIGITS[s] : null;
  const [tens, ones] = s.split("十");
  return (tens ? CN_DIGITS[tens] : 1) * 10 + (ones ? CN_DIGITS[ones] : 0);
}

const toAscii = (s: string) => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

// Order matters: the bracketed forms must be tried before the bare ones.
const MARKERS: {re: RegExp; level: number; num: (m: RegExpExecArray) => number | null}[] = [
  {re: /^第([一二三四五六七八九十]+)部分\s*/u, level: 0, num: (m) => chineseNumeral(m[1])},
  {re: /^[（(]([一二三四五六七八九十]+)[）)]\s*/u, level: 2, num: (m) => chineseNumeral(m[1])},
  {re: /^([一二三四五六七八九十]+)\s*[、．.]\s*/u, level: 1, num: (m) => chineseNumeral(m[1])},
  {re: /^[（(]([0-9０-９]{1,2})[）)]\s*/u, level: 4, num: (m) => Number(toAscii(m[1]))},
  // NOTE: "1." must not swallow a decimal ("1.5万元"), so a digit may not follow the dot.
  {re: /^([0-9０-９]{1,2})\s*[、．.](?![0-9０-９])\s*/u, level: 3, num: (m) => Number(toAscii(m[1]))},
];

function headingTitle(rest: string): string {
  // The title is the run of text before the first sentence punctuation or amount.
  const cut = rest.search(/[，,。；;：:！？]|[0-9０-９]+(?:[.．][0-9]+)?\s?(?:万元|元|%)/u);
  return (cut >= 0 ? rest.slice(0, cut) : rest).trim().slice(0, 60);
}

/** All headings in document order. */
export function findHeadings(text: string): Heading[] {
  const out: Heading[] = [];
  let pos = 0;
  for (const line of text.split("\n")) {
    for (const {re, level, num} of MARKERS) {
      const m = re.exec(line);
      const n = m ? num(m) : null;
      if (m && n !== null && n > 0) {
        out.push({level, number: n, title: headingTitle(line.slice(m[0].length)), span: [pos, pos + line.length]});
        break;
      }
    }
    pos += line.length + 1;
  }
  return promoteDigitTopHeading(out);
}

/**
 * NOTE: the seed numbers its first section "1、" and the rest "二、三、…". A digit heading that comes before any
 * level-1 heading, and is followed later by a level-1 heading numbered 2, is really level 1.
 */
function promoteDigitTopHeading(hs: Heading[]): Heading[] {
  const firstTop = hs.findIndex((h) => h.level === 1);
  if (firstTop < 0 || hs[firstTop].number !== 2) return hs;
  return hs.map((h, i) => (i < firstTop && h.level === 3 && h.number === 1 && i === 0 ? {...h, level: 1} : h));
}

/** Nest headings into sections with dotted paths ("3", "3.1", "5.3.2"; a 第N部分 part prefixes "P3."). */
export function segmentSections(docId: string, text: string): SectionRecord[] {
  const hs = findHeadings(text);
  const sections: SectionRecord[] = [];
  const stack: {level: number; number: number; index: number}[] = [];
  hs.forEach((h, i) => {
    while (stack.length && stack[stack.length - 1].level >= h.level) stack.pop();
    const numbers = [...stack.map((s) => s.number), h.number];
    const levels = [...stack.map((s) => s.level), h.level];
    const path = numbers.map((n, k) => (levels[k] === 0 ? `P${n}` : String(n))).join(".");
    // A section runs until the next heading at the same or a shallower level.
    const next = hs.slice(i + 1).find((o) => o.level <= h.level);
    const end = next ? next.span[0] : text.length;
    sections.push({doc_id: docId, ordinal: i, path, level: h.level, title: h.title, span: [h.span[0], end], heading_span: h.span});
    stack.push({level: h.level, number: h.number, index: i});
  });
  return sections;
}

/** The chain of sections containing `pos`, outermost first. */
export function sectionChain(sections: SectionRecord[], pos: number): SectionRecord[] {
  return sections.filter((s) => s.span[0] <= pos && pos < s.span[1]).sort((a, b) => a.level - b.level);
}
