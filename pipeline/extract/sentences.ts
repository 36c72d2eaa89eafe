import {HEADING_MARKER} from "../read/clean.ts";
import type {Span} from "../types.ts";

/** A sentence of the document: the unit of evidence a quote is cut from. */
export interface Sentence {
  span: Span;
  text: string;
}

const FINAL = /[。！？!?]/u;
const CLAUSE_PUNCT = /[，,；;：:、。！？!?]/u;
const REASON_INTRO_TEXT = /主要原因|原因(?:是|为)/u;
const UNFINISHED_PATH = /（款）[^（）()，,；;：:、。！？!?\s]+$/u;
const REASON_MARKER = /^(?:[（(][一二三四五六七八九十0-9]{1,2}[）)]|[0-9]{1,2}[、．.](?![0-9])|[一二三四五六七八九十]是)/u;

/**
 * Whether the line break between `prev` and `next` ends a sentence. A break after a clause delimiter (；，：) or in
 * the middle of a word is a wrap the cleaner left (list items on their own lines, "…占2.79%;住" / "房保障支出…"); a
 * break before a heading, after a heading or title line, or around a blank line ends the sentence.
 */
function breakEndsSentence(prev: string, next: string, inReasons: boolean, wholeLine = true): boolean {
  const p = prev.trim();
  const n = next.trim();
  if (!p || !n || FINAL.test(p[p.length - 1])) return true;
  // NOTE: inside a list of reasons ("主要原因：（1）…；" / "（2）…；"), a numbered line continues the list even
  // when a hard wrap puts its marker at a line start.
  if (inReasons && /[；;，,：:]$/u.test(p) && REASON_MARKER.test(n)) return false;
  if (HEADING_MARKER.test(n)) return true;
  // NOTE: a numbered classification path wrapped before its 项 ("8.社会保障和就业（类）行政事业单位离退休（款）离退休" /
  // "人员管理机构（项）。年初预算为…") is one sentence, not a title line: the line ends inside a 项 name begun after
  // its 款 tag, and the next line closes it with （项） before any full stop.
  if (UNFINISHED_PATH.test(p) && /^[^。！？!?]*（项）/u.test(n)) return false;
  // A heading or title line ("（一）收入预算情况", "阿坝州总工会") stands alone.
  if (HEADING_MARKER.test(p) && !CLAUSE_PUNCT.test(p.replace(HEADING_MARKER, ""))) return true;
  // NOTE: only a whole short line is a title; the short tail of a line after a "。" ("…占比6.73%。按经济分类划分" /
  // "为基本支出…") begins a wrapped sentence.
  if (wholeLine && [...p].length <= 20 && !CLAUSE_PUNCT.test(p)) return true;
  return false;
}

/** Split on sentence-final punctuation, and on line ends that end a sentence; the terminator stays with it. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const body = text.slice(start, end);
    const lead = body.length - body.trimStart().length;
    const trimmed = body.trim();
    if (trimmed) out.push({span: [start + lead, start + lead + trimmed.length], text: trimmed});
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (FINAL.test(c)) {
      // Keep a run of terminators together ("？！").
      while (i + 1 < text.length && FINAL.test(text[i + 1])) i++;
      push(i + 1);
      start = i + 1;
    } else if (c === "\n") {
      const lineStart = text.lastIndexOf("\n", i - 1) + 1;
      const nextEnd = text.indexOf("\n", i + 1);
      const prev = text.slice(Math.max(lineStart, start), i);
      const next = text.slice(i + 1, nextEnd < 0 ? text.length : nextEnd);
      if (breakEndsSentence(prev, next, REASON_INTRO_TEXT.test(text.slice(start, i)), start <= lineStart || !text.slice(lineStart, start).trim())) {
        push(i);
        start = i + 1;
      }
    }
  }
  push(text.length);
  return out;
}

/** Start of the clause that contains `pos`: the last clause delimiter within [min, pos). Line breaks inside a
 * sentence are wraps, not delimiters. */
export function clauseStart(text: string, pos: number, min: number, delimiters = /[，,；;：:。]/u): number {
  for (let i = pos - 1; i >= min; i--) if (delimiters.test(text[i])) return i + 1;
  return min;
}
