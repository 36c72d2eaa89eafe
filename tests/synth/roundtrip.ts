/**
 * Compares what the extractor reads from a synthetic document with what the generator says it wrote: every manifest
 * fact and change found exactly, no extracted fact contradicting one, and (for clean documents) nothing unplaced.
 */
import {equal} from "../../pipeline/lib/decimal.ts";
import type {ManifestChange, ManifestDocument, ManifestFact} from "../../pipeline/synth/manifest.ts";
import {identityOf} from "../../pipeline/synth/writer.ts";
import type {Extraction, FactRecord} from "../../pipeline/types.ts";

const ITEM_KEYS = new Set(["function_detail", "project.item", "basic.item", "assets.equipment_threshold"]);

function same(g: ManifestFact, f: FactRecord): boolean {
  if (g.key !== f.key || g.basis !== f.basis || g.parent !== f.parent) return false;
  if (g.code !== null && g.code !== f.code) return false;
  return !ITEM_KEYS.has(g.key) || g.label === f.label;
}

const show = (g: ManifestFact) => [g.key, g.basis, g.code, g.parent, g.label, g.amount].filter((x) => x !== null).join(" ");
const showChange = (g: ManifestChange) => `${g.key} ${g.basis ?? ""} ${g.compare_year} Δ${g.delta} prior ${g.prior}`;

export interface RoundTrip {
  missing: string[];
  contradicted: string[];
  changesMissing: string[];
  unplaced: string[];
  /** Extracted facts the manifest does not know (not an error by itself: tells where the manifest is thin). */
  extra: string[];
}

export function roundTrip(entry: ManifestDocument, ex: Extraction): RoundTrip {
  const missing = entry.facts.filter((g) => !ex.facts.some((f) => same(g, f) && equal(f.amount, g.amount))).map(show);
  const ids = new Map(entry.facts.map((g) => [identityOf(g), g]));
  const contradicted = ex.facts
    .filter((f) => ids.has(identityOf(f)) && !equal(ids.get(identityOf(f))!.amount, f.amount))
    .map((f) => `${show(ids.get(identityOf(f))!)} ≠ extracted ${f.amount}`);
  const changesMissing = entry.changes
    .filter((g) => !ex.changes.some((c) => c.key === g.key && c.basis === g.basis && c.compare_year === g.compare_year && equal(c.delta, g.delta) && c.prior !== null && equal(c.prior, g.prior)))
    .map(showChange);
  const unplaced = ex.unplaced.map((u) => `${u.as_written} (${u.reason}) in «${u.quote}»`);
  const extra = ex.facts.filter((f) => !ids.has(identityOf(f))).map((f) => `${f.key} ${f.basis} ${f.code} ${f.parent} ${f.label} ${f.amount}`);
  return {missing, contradicted, changesMissing, unplaced, extra};
}
