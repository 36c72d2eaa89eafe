/**
 * Compares extracted facts with a hand-checked gold file (format: ../shared/gold/README.md). A gold field that is
 * absent is not compared, except `code`: a gold fact without a code must be extracted without one.
 */
import {readFileSync} from "node:fs";
import {agreesAtPrecision, equal} from "../../pipeline/lib/decimal.ts";
import type {ChangeRecord, FactRecord} from "../../pipeline/types.ts";

export interface GoldFact {
  key: string;
  basis?: string;
  code?: string;
  label?: string;
  parent?: string;
  amount: string;
  measure?: string;
}

export interface GoldChange {
  key: string;
  basis?: string;
  compare_year: number;
  delta: string;
  prior: string;
}

export interface Gold {
  file: string;
  document: {unit: string; year: number; kind: string; published?: string};
  facts: GoldFact[];
  changes?: GoldChange[];
}

export function readGold(path: string): Gold {
  return JSON.parse(readFileSync(path, "utf8"));
}

/** Same fact, whatever the amount: key, and basis/code/parent/label where the gold states them. */
export function sameFact(g: GoldFact, f: FactRecord, {strictCode = true} = {}): boolean {
  if (g.key !== f.key) return false;
  // As the scorer: a missing measure is the budgeted amount, on both sides.
  if ((g.measure ?? "budget") !== (f.measure ?? "budget")) return false;
  if (g.basis !== undefined && g.basis !== f.basis) return false;
  if (strictCode ? (g.code ?? null) !== f.code : g.code !== undefined && g.code !== f.code) return false;
  if (g.parent !== undefined && g.parent !== f.parent) return false;
  if (g.label !== undefined && g.key !== "expenditure.function" && !g.key.startsWith("income.") && g.label !== f.label) return false;
  return true;
}

export function describeFact(g: GoldFact): string {
  return [g.key, g.basis, g.code, g.parent, g.label, g.amount].filter((x) => x !== undefined).join(" ");
}

/** Gold facts found with the exact amount, and gold facts contradicted (same identity, different amount). */
export function scoreFacts(gold: GoldFact[], facts: FactRecord[]) {
  const found: GoldFact[] = [];
  const missing: GoldFact[] = [];
  const contradicted: {gold: GoldFact; fact: FactRecord}[] = [];
  for (const g of gold) {
    const same = facts.filter((f) => sameFact(g, f, {strictCode: false}));
    if (same.some((f) => equal(f.amount, g.amount))) found.push(g);
    else missing.push(g);
    // A fact stated to fewer decimals than the gold (a narrative rounding a table in 元) contradicts it only when
    // the gold, rounded to the fact's stated precision, differs.
    // An amount written in 元 (or 亿元) is exact once converted: it agrees only when equal.
    for (const f of same) if (!equal(f.amount, g.amount) && (f.unit_as_written !== "万元" || !agreesAtPrecision(f.amount_as_written, g.amount))) contradicted.push({gold: g, fact: f});
  }
  return {found, missing, contradicted};
}

export function findChange(changes: ChangeRecord[], g: GoldChange): ChangeRecord | undefined {
  return changes.find(
    (c) =>
      c.key === g.key &&
      (g.basis === undefined || c.basis === g.basis) &&
      c.compare_year === g.compare_year &&
      equal(c.delta, g.delta) &&
      c.prior !== null &&
      equal(c.prior, g.prior),
  );
}
