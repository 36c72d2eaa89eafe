/**
 * Renderers state every amount through a Writer, which formats it in the document's style and records it as the
 * manifest fact it is — in text order, first mention wins, exactly as the extractor reconciles mentions. Anomalies
 * reach the text only through tweaks the Writer applies, so the manifest always says what the text says.
 */
import {trimDec} from "../lib/decimal.ts";
import type {Basis, Measure} from "../types.ts";
import type {ManifestChange, ManifestFact} from "./manifest.ts";
import {dec, type Cents} from "./money.ts";
import type {Rng} from "./rng.ts";
import type {Style} from "./style.ts";

export interface FactSpec {
  key: string;
  basis?: Basis | null;
  code?: string | null;
  parent?: string | null;
  label?: string | null;
  /** A 决算's figure: actual (决算数), budget_initial (年初预算数); absent for a budget document's 预算数. */
  measure?: Measure | null;
}

/** A deliberate error: replace the n-th mention's amount (or every mention's), a share, or a stated change. */
export type Tweak =
  | {kind: "amount"; match: FactSpec; nth: number | "all"; value: string}
  | {kind: "share"; match: FactSpec; value: string}
  | {kind: "delta"; match: FactSpec; value: Cents};

const ITEM_KEYS = new Set(["function_detail", "project.item", "basic.item", "assets.equipment_threshold"]);

/** The extractor's notion of "the same fact" (pipeline/extract/reconcile.ts factIdentity). */
export function identityOf(f: FactSpec): string {
  const what = ITEM_KEYS.has(f.key) ? `${f.parent ?? null}|${f.label ?? null}` : f.key === "expenditure.function" ? (f.code ?? `label:${f.label}`) : (f.code ?? "");
  return `${f.key}|${f.basis ?? ""}|${what}${f.measure ? `|${f.measure}` : ""}`;
}

/** A tweak names the fact as a budget names it; in a 决算 it hits the 决算数 (actual), never the 年初预算数. */
function matches(m: FactSpec, f: FactSpec): boolean {
  if (m.measure) return identityOf(m) === identityOf(f);
  return identityOf(m) === identityOf({...f, measure: null}) && (!f.measure || f.measure === "actual");
}

export class Writer {
  readonly facts: ManifestFact[] = [];
  readonly changes: ManifestChange[] = [];
  private readonly byId = new Map<string, ManifestFact>();
  private readonly mentions = new Map<string, number>();

  constructor(
    readonly style: Style,
    private readonly rng: Rng,
    private readonly tweaks: Tweak[] = [],
  ) {}

  /** A decimal string as this document writes numbers. */
  num(s: string): string {
    const trim = this.style.numbers === "trim" || (this.style.numbers === "mixed" && this.rng.chance(0.5));
    const out = trim ? trimDec(s) : s;
    if (!this.style.thousands) return out;
    const [int, frac] = out.split(".");
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return frac === undefined ? grouped : `${grouped}.${frac}`;
  }

  /** State a money amount: returns "3422.23万元" and records the fact (or facts: 收支总预算 names two). */
  money(spec: FactSpec | FactSpec[], c: Cents): string {
    const specs = Array.isArray(spec) ? spec : [spec];
    const written = this.num(this.tweaked(specs[0], dec(c)));
    for (const s of specs) this.record(s, written.replace(/,/g, ""));
    return `${written}万元`;
  }

  /** State that there is none of a line ("没有使用政府性基金预算拨款安排的支出"): the extractor reads a stated zero. */
  none(spec: FactSpec): void {
    this.record(spec, "0");
  }

  /** State a count ("3辆", "5个"). */
  count(spec: FactSpec, n: number, unit: string): string {
    const written = this.tweaked(spec, String(n));
    this.record(spec, written);
    return `${written}${unit}`;
  }

  /** State the share of `spec` (already stated) as "16.99%"; `pct` has two decimals. */
  share(spec: FactSpec, pct: string): string {
    const t = this.tweaks.find((x) => x.kind === "share" && matches(x.match, spec));
    const written = this.num(t && t.kind === "share" ? t.value : pct).replace(/,/g, "");
    const f = this.byId.get(identityOf(spec));
    if (f && f.share_pct === undefined) f.share_pct = written;
    return `${written}%`;
  }

  /** The delta a change states: the true one unless a tweak says otherwise. */
  delta(spec: FactSpec, d: Cents): Cents {
    const t = this.tweaks.find((x) => x.kind === "delta" && matches(x.match, spec));
    return t && t.kind === "delta" ? t.value : d;
  }

  /**
   * Record a change the text states (about `spec`, whose current amount was just stated); `priorMeasure` names the
   * prior's figure where the text does (比上年决算数, 预算执行数).
   */
  change(spec: FactSpec, compareYear: number, delta: Cents, current: Cents, reasons?: Cents[], priorMeasure?: Measure): void {
    // The extractor keeps one change per fact and delta, however often the text repeats it.
    if (this.changes.some((c) => c.key === spec.key && c.basis === (spec.basis ?? null) && c.delta === dec(delta))) return;
    const c: ManifestChange = {key: spec.key, basis: spec.basis ?? null, compare_year: compareYear, delta: dec(delta), prior: dec(current - delta)};
    if (reasons?.length) c.reasons = reasons.map(dec);
    if (priorMeasure) c.prior_measure = priorMeasure;
    this.changes.push(c);
  }

  private tweaked(spec: FactSpec, value: string): string {
    const id = identityOf(spec);
    const n = this.mentions.get(id) ?? 0;
    this.mentions.set(id, n + 1);
    const t = this.tweaks.find((x) => x.kind === "amount" && matches(x.match, spec) && (x.nth === "all" || x.nth === n));
    return t && t.kind === "amount" ? t.value : value;
  }

  private record(spec: FactSpec, amount: string): void {
    const id = identityOf(spec);
    if (this.byId.has(id)) return;
    const f: ManifestFact = {key: spec.key, basis: spec.basis ?? null, code: spec.code ?? null, parent: spec.parent ?? null, label: spec.label ?? null, amount};
    if (spec.measure) f.measure = spec.measure;
    this.byId.set(id, f);
    this.facts.push(f);
  }
}
