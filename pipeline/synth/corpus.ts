/**
 * The synthetic corpus: for each unit, a model path over the years; for each document, a template, a style, maybe one anomaly,
 * and the rendered text with its manifest entry. Everything is drawn from streams named by (seed, unit, year,
 * purpose), so a subset of units or years gives exactly the documents the full corpus has.
 */
import {docIdOf} from "../extract/extract.ts";
import {applyJump, cannotCarry, planTextAnomaly, type AnomalyPlan} from "./anomalies.ts";
import {unitPath} from "./evolve.ts";
import {ANOMALY_RULES, type AnomalyRule, type Manifest, type ManifestAnomaly, type ManifestDocument} from "./manifest.ts";
import {derive, type UnitYearModel} from "./model.ts";
import {renderDocument} from "./render.ts";
import {Rng} from "./rng.ts";
import {drawStyle} from "./style.ts";
import {drawTemplate, kindOf, type Template} from "./template.ts";
import {isSeedSlot, REGION_DIR, UNITS, type SynthUnit} from "./units.ts";

export interface SynthOptions {
  seed: number;
  /** All 14 units, or the first N (阿坝州总工会 first). */
  units: "all" | number;
  years: [number, number];
  /** Share of documents given one anomaly; 0 for a clean corpus. */
  anomalyRate: number;
  /**
   * Templates each document is drawn from (default: the seed's only, so the demo corpus the site shows stays one
   * series of 预算; the detection tests draw from all of them).
   */
  templates?: readonly Template[];
}

export const DEFAULT_OPTIONS: SynthOptions = {seed: 2024, units: "all", years: [2020, 2025], anomalyRate: 0.15};

export interface SynthDoc {
  unit: SynthUnit;
  year: number;
  text: string;
  bytes: Uint8Array;
  entry: ManifestDocument;
  /** The model the document was written from, and last year's (for identity tests). */
  model: UnitYearModel;
  prior: UnitYearModel;
}

/** The template each model year's document is written in (2020–2025, written or not: next year's anomalies ask). */
export function templatesOf(unit: SynthUnit, seed: number, allowed: readonly Template[] = ["seed"]): Map<number, Template> {
  const out = new Map<number, Template>();
  for (let year = 2020; year <= 2025; year++) {
    // NOTE: the real 2024 seed is a 预算 in the seed's template, and what it says of 2023 (the −2,380 万元 工会经费)
    // is read against 阿坝州总工会's 2023 document: that one stays in the seed's template too.
    const pinned = unit.level === "prefecture" && (year === 2023 || isSeedSlot(unit.name, year));
    out.set(year, pinned ? "seed" : drawTemplate(Rng.for(seed, unit.name, year, "template"), allowed));
  }
  return out;
}

export function docPath(unit: string, year: number): string {
  return [...REGION_DIR, String(year), `${unit}.txt`].join("/");
}

export function generateCorpus(opts: SynthOptions = DEFAULT_OPTIONS): {docs: SynthDoc[]; manifest: Manifest} {
  const units = opts.units === "all" ? UNITS : UNITS.slice(0, opts.units);
  const docs: SynthDoc[] = [];
  for (const unit of units) docs.push(...unitDocs(unit, opts));
  const manifest: Manifest = {generator: "gongkai synth", seed: opts.seed, anomaly_rate: opts.anomalyRate, documents: docs.map((d) => d.entry)};
  return {docs, manifest};
}

function unitDocs(unit: SynthUnit, opts: SynthOptions): SynthDoc[] {
  const path = unitPath(unit, opts.seed);
  const [from, to] = opts.years;
  const out: SynthDoc[] = [];
  // Anomalies are decided for every model year in order (not only the years written): a jump changes the model
  // that next year's changes are measured against.
  const plans = new Map<number, {rule: AnomalyRule; anomaly?: ManifestAnomaly} | null>();
  const templates = templatesOf(unit, opts.seed, opts.templates);
  // A change is checked against last year's document of the same kind: a 决算 after a 预算 (or the reverse) offers none.
  const sameKindAsPrior = (year: number) => year > 2020 && kindOf(templates.get(year)!) === kindOf(templates.get(year - 1)!);
  for (let year = 2020; year <= 2025; year++) {
    const rng = Rng.for(opts.seed, unit.name, year, "anomaly");
    const hit = rng.next() < opts.anomalyRate && !isSeedSlot(unit.name, year);
    const order = rng.shuffle(ANOMALY_RULES);
    plans.set(year, hit ? {rule: order[0]} : null);
    // NOTE: 阿坝州总工会 2023 is pinned by what the real 2024 document says about it; its amounts stay as they are.
    // A jump in 2020 would be against 2019, of which no document exists: it could not be seen.
    // A jump is judged against the unit's peers of the same kind of document: 预算 only (a 决算 after a 决算 is too
    // rare in a mixed corpus to have peers), and not right after a jump (it would be one against a jumped year).
    const afterJump = plans.get(year - 1)?.anomaly?.rule === "three_public_jump";
    const jumpable = sameKindAsPrior(year) && kindOf(templates.get(year)!) === "budget" && !afterJump;
    if (hit && order[0] === "three_public_jump" && jumpable && !(unit.level === "prefecture" && year === 2023)) {
      const jumped = applyJump(path.get(year)!, rng);
      if (jumped) {
        path.set(year, jumped.model);
        plans.set(year, {rule: "three_public_jump", anomaly: jumped.anomaly});
      }
    }
  }
  for (let year = Math.max(from, 2020); year <= Math.min(to, 2025); year++) {
    if (isSeedSlot(unit.name, year)) continue;
    const m = path.get(year)!;
    const pm = path.get(year - 1)!;
    const style = drawStyle(Rng.for(opts.seed, unit.name, year, "style"));
    const template = templates.get(year)!;
    const rng = Rng.for(opts.seed, unit.name, year, "anomaly-plan");
    const planned = plans.get(year);
    let plan: AnomalyPlan | null = null;
    const anomalies: ManifestAnomaly[] = [];
    const skipped: {rule: AnomalyRule; reason: string}[] = [];
    if (planned?.anomaly) anomalies.push(planned.anomaly);
    else if (planned) {
      if (planned.rule === "three_public_jump") skipped.push({rule: planned.rule, reason: "no 预算 of last year to jump from, or last year jumped"});
      // Rules that find no place in this document fall through to the next one in a fixed order.
      const rules = [planned.rule, ...ANOMALY_RULES.filter((r) => r !== planned.rule && r !== "three_public_jump")];
      for (const rule of rules) {
        // NOTE: last year's document must be one this corpus writes: the real 2024 seed is not among them.
        const cannot = cannotCarry(rule, template, sameKindAsPrior(year) && !isSeedSlot(unit.name, year - 1));
        if (cannot) {
          skipped.push({rule, reason: cannot});
          continue;
        }
        const priorTemplate = year > 2020 ? templates.get(year - 1)! : null;
        const seedYears = [...templates].filter(([y, t]) => y !== year && t === "seed" && !isSeedSlot(unit.name, y)).length;
        plan = planTextAnomaly(rule, {firstYear: !sameKindAsPrior(year), m, d: derive(m), pd: derive(pm), style, template, priorTemplate, seedYears, rng});
        if (plan) break;
      }
      if (plan) anomalies.push(plan.anomaly);
    }
    const r = renderDocument(unit, m, pm, style, template, Rng.for(opts.seed, unit.name, year, "render"), plan);
    const bytes = new TextEncoder().encode(r.text);
    const entry: ManifestDocument = {path: docPath(unit.name, year), unit: unit.name, year, template, kind: kindOf(template), doc_id: docIdOf(bytes), facts: r.facts, changes: r.changes, anomalies};
    if (skipped.length) entry.skipped = skipped;
    out.push({unit, year, text: r.text, bytes, entry, model: m, prior: pm});
  }
  return out;
}
