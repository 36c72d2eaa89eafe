import {neg} from "../lib/decimal.ts";
import type {AmountToken} from "./amount-scan.ts";
import {DOWN_VERBS as DOWN, UP_VERBS as UP} from "./direction-verbs.ts";

/**
 * Reasons of a stated change: “主要原因:一是…减少2380万元；二是…增加0.42万元：三是…；四是…增加41.99万元，
 * 其中：人员经费增加34.66万元，公用经费增加7.33万元。” Each reason gets its own signed amount and sub-parts.
 */

/** Where a reason block starts: the phrase that introduces reasons. */
export const REASON_INTRO = /主要原因(?:是|为|有|如下)?\s*[:：]?|原因(?:是|为)\s*[:：]?|主要是由于|主要由于|主要是因为/gu;

// NOTE: reasons are enumerated many ways: 一是/二是, 其一, （1）, 1、 — and separated by ；, ：(a typo in the seed) or ，.
const ORDINAL = /(?:^|(?<=[；;：:，,。]))\s*(?=[一二三四五六七八九十]是|其[一二三四五六七八九十][，,、]|[（(][一二三四五六七八九十0-9]{1,2}[）)]|[0-9]{1,2}[、．.](?![0-9]))/gu;
const VERB_RE = new RegExp(`(${UP}|${DOWN})(?!.*(?:${UP}|${DOWN}))`, "u");
const DOWN_RE = new RegExp(`^(?:${DOWN})$`, "u");
const VERB_END_RE = new RegExp(`(${UP}|${DOWN})$`, "u");
const PART_DELIMITER = /[，,；;：:、]/u;

/** Sign of the last direction verb in `text`: +1, -1, or 0 when there is none. */
export function directionOf(text: string): number {
  const m = VERB_RE.exec(text);
  if (!m) return 0;
  return DOWN_RE.test(m[1]) ? -1 : 1;
}

/** Just after the last part delimiter in [min, pos), else `min`: scans back from `pos`, never from the text's start. */
function partClauseStart(text: string, pos: number, min: number): number {
  for (let i = pos - 1; i >= min; i--) if (PART_DELIMITER.test(text[i])) return i + 1;
  return min;
}

export interface ParsedReason {
  ordinal: number;
  text: string;
  span: [number, number];
  delta: string | null;
  /** The token that carries `delta`. */
  deltaToken: AmountToken | null;
  parts: {label: string; delta: string; token: AmountToken}[];
  /** Money tokens of this reason that could not be given a signed meaning. */
  loose: AmountToken[];
}

/** Split the block [start, end) of `text` into reasons, with the amount tokens that fall inside each. */
export function parseReasons(text: string, start: number, end: number, tokens: AmountToken[]): ParsedReason[] {
  const block = text.slice(start, end);
  const cuts = [0, ...[...block.matchAll(ORDINAL)].map((m) => m.index!).filter((i) => i > 0), block.length];
  const bounds = [...new Set(cuts)].sort((a, b) => a - b);
  const out: ParsedReason[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const s = start + bounds[i];
    const e = start + bounds[i + 1];
    const raw = text.slice(s, e);
    const body = raw.replace(/^[\s；;：:，,。]+|[\s；;：:，,。]+$/gu, "");
    if (!body) continue;
    const bodyStart = s + raw.indexOf(body);
    const toks = tokens.filter((t) => t.span[0] >= s && t.span[1] <= e && t.kind === "money");
    const qi = body.search(/其中[:：]?/u);
    const splitAt = qi >= 0 ? bodyStart + qi : Infinity;
    const head = toks.filter((t) => t.span[0] < splitAt);
    const tail = toks.filter((t) => t.span[0] >= splitAt);
    const r: ParsedReason = {ordinal: out.length + 1, text: body, span: [bodyStart, bodyStart + body.length], delta: null, deltaToken: null, parts: [], loose: []};
    // A reason states one amount; with several we cannot tell which is the reason's own, so none is taken.
    if (head.length === 1) {
      const sign = directionOf(text.slice(bodyStart, head[0].span[0]));
      if (sign !== 0) {
        r.delta = sign < 0 ? neg(head[0].amount) : head[0].amount;
        r.deltaToken = head[0];
      } else r.loose.push(head[0]);
    } else r.loose.push(...head);
    for (const t of tail) {
      const clause = text.slice(partClauseStart(text, t.span[0], splitAt), t.span[0]);
      const verb = VERB_END_RE.exec(clause);
      const sign = directionOf(clause);
      if (!verb || sign === 0) {
        r.loose.push(t);
        continue;
      }
      const label = clause.slice(0, verb.index).replace(/^其中[:：]?/u, "").trim();
      r.parts.push({label, delta: sign < 0 ? neg(t.amount) : t.amount, token: t});
    }
    out.push(r);
  }
  return out;
}

/** End of a reason block that starts at `from`: the sentence end, or a ；that is not followed by another reason. */
export function reasonBlockEnd(text: string, from: number, sentenceEnd: number): number {
  const re = /[；;]/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < sentenceEnd; m = re.exec(text)) {
    const next = text.slice(m.index + 1, m.index + 8);
    if (!/^\s*(?:[一二三四五六七八九十]是|其[一二三四五六七八九十]|[（(][一二三四五六七八九十0-9]{1,2}[）)]|[0-9]{1,2}[、．.](?![0-9]))/u.test(next)) return m.index;
  }
  return sentenceEnd;
}
