import type {Span} from "../types.ts";

const MAX = 160;

/**
 * The evidence shown for an amount: its sentence, or a window of it around the amount when the sentence is long
 * (lists of twenty items are one sentence). Ellipses mark where the window cuts.
 */
export function quoteOf(text: string, sentence: Span, token: Span): string {
  let [a, b] = sentence;
  if (b - a > MAX) {
    a = Math.max(a, token[0] - MAX / 2);
    b = Math.min(b, Math.max(token[1] + MAX / 2, a + MAX));
  }
  const body = text.slice(a, b).trim();
  return (a > sentence[0] ? "…" : "") + body + (b < sentence[1] ? "…" : "");
}
