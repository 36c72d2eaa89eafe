import {equal} from "../lib/decimal.ts";
import type {ConflictRecord, FactRecord} from "../types.ts";
import type {FactMention} from "./interpret.ts";
import {quoteOf} from "./quote.ts";

/**
 * Mentions of the same fact become one fact row with the count of agreeing mentions. Mentions that state a
 * different amount are never resolved silently: the fact keeps the first-stated amount, is marked `conflict`,
 * and each disagreeing mention is listed in the conflicts table.
 */

/** What makes two mentions the same fact. */
export function factIdentity(f: Pick<FactMention, "key" | "basis" | "code" | "label" | "parent"> & {measure?: FactMention["measure"]}): string {
  const item = f.key === "function_detail" || f.key === "project.item" || f.key === "basic.item" || f.key === "assets.equipment_threshold";
  const what = item ? `${f.parent}|${f.label}` : f.key === "expenditure.function" ? (f.code ?? `label:${f.label}`) : (f.code ?? "");
  // A final account's 年初预算数 and 决算数 of one line are two facts, not a conflict.
  return `${f.key}|${f.basis ?? ""}|${what}${f.measure ? `|${f.measure}` : ""}`;
}

export function reconcile(docId: string, text: string, mentions: FactMention[]): {facts: FactRecord[]; conflicts: ConflictRecord[]} {
  const groups = new Map<string, FactMention[]>();
  for (const m of mentions) {
    const id = factIdentity(m);
    // Pushed, not spread: one fact stated thousands of times must not copy its group for every mention.
    const group = groups.get(id);
    if (group) group.push(m);
    else groups.set(id, [m]);
  }
  const facts: FactRecord[] = [];
  const conflicts: ConflictRecord[] = [];
  for (const group of groups.values()) {
    const [first] = group;
    const agreeing = group.filter((m) => equal(m.token.amount, first.token.amount));
    const others = group.filter((m) => !equal(m.token.amount, first.token.amount));
    facts.push({
      doc_id: docId,
      key: first.key,
      basis: first.basis,
      code: first.code,
      label: first.label,
      parent: first.parent,
      measure: first.measure,
      amount: first.token.amount,
      unit: first.token.unit,
      amount_as_written: first.token.amountAsWritten,
      unit_as_written: first.token.unitAsWritten,
      share_pct: agreeing.find((m) => m.share_pct !== null)?.share_pct ?? null,
      share_pct_as_written: agreeing.find((m) => m.share_pct !== null)?.share_pct_as_written ?? null,
      ...rateOf(agreeing),
      path_as_written: group.find((m) => m.path_as_written !== null)?.path_as_written ?? null,
      section: first.section,
      span: first.token.span,
      quote: quoteOf(text, first.sentence.span, first.token.span),
      mentions: agreeing.length,
      conflict: others.length > 0,
      origin: "text",
      table_name: null,
    });
    for (const o of others) {
      conflicts.push({
        doc_id: docId,
        key: first.key,
        basis: first.basis,
        code: first.code,
        label: first.label,
        parent: first.parent,
        amount: first.token.amount,
        other_amount: o.token.amount,
        span: first.token.span,
        other_span: o.token.span,
        quote: quoteOf(text, first.sentence.span, first.token.span),
        other_quote: quoteOf(text, o.sentence.span, o.token.span),
      });
    }
  }
  return {facts, conflicts};
}

/** The completion rate stated with a fact (完成年初预算的91.14%), when one of its mentions states one. */
function rateOf(group: FactMention[]): {rate_pct?: string; rate_pct_as_written?: string; rate_base?: FactRecord["rate_base"]} {
  const m = group.find((g) => g.rate_pct !== null);
  return m ? {rate_pct: m.rate_pct!, rate_pct_as_written: m.rate_pct_as_written!, rate_base: m.rate_base} : {};
}
