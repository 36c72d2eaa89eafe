import type {Span} from "../types.ts";

/** A sentence of the document: the unit of evidence a quote is cut from. */
export interface Sentence {
  span: Span;
  text: string;
}

/** Split on sentence-final punctuation and line ends; the terminator stays with its sentence. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^。！？!?\n]*(?:[。！？!?]+|\n|$)/gu;
  for (const m of text.matchAll(re)) {
    if (!m[0]) continue;
    const start = m.index!;
    const trimmed = m[0].replace(/\n$/, "");
    if (trimmed.trim()) out.push({span: [start, start + trimmed.length], text: trimmed});
  }
  return out;
}

/** Start of the clause that contains `pos`, looking back for a clause delimiter within [min, pos). */
export function clauseStart(text: string, pos: number, min: number, delimiters = /[，,；;：:。\n]/u): number {
  for (let i = pos - 1; i >= min; i--) if (delimiters.test(text[i])) return i + 1;
  return min;
}
