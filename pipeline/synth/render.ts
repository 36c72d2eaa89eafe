/**
 * One document: its template's sections in order, then the surface variation real files show (half-width punctuation,
 * indents, Windows line ends). The Writer has recorded every stated fact on the way.
 */
import type {AnomalyPlan} from "./anomalies.ts";
import type {DocCtx} from "./context.ts";
import type {ManifestChange, ManifestFact} from "./manifest.ts";
import {derive, type UnitYearModel} from "./model.ts";
import {reasonsBetween} from "./reasons.ts";
import {renderBasic, renderGovFund, renderThreePublic} from "./render-basic.ts";
import {renderBudget, renderFiscal} from "./render-budget.ts";
import {renderGrants} from "./render-grants.ts";
import {renderComposition, renderDuties, renderTitle} from "./render-head.ts";
import {renderOther, renderSignature, renderTerms} from "./render-other.ts";
import type {Rng} from "./rng.ts";
import type {Style} from "./style.ts";
import type {Template} from "./template.ts";
import {renderJiangsu} from "./render-jiangsu.ts";
import {renderShanghaiBudget} from "./render-shanghai-budget.ts";
import {renderShanghaiFinal} from "./render-shanghai-final.ts";
import type {SynthUnit} from "./units.ts";
import {Writer} from "./writer.ts";

export interface Rendered {
  text: string;
  facts: ManifestFact[];
  changes: ManifestChange[];
}

const HALF: Record<string, string> = {"，": ",", "；": ";", "：": ":", "（": "(", "）": ")"};
const toHalf = (s: string) => s.replace(/[，；：（）]/g, (ch) => HALF[ch]);

/** The seed's sections in order (一、基本职能 … 十、名词解释, signature). */
function renderSeed(c: DocCtx): string[] {
  return [
    ...renderTitle(c),
    ...renderDuties(c),
    ...renderComposition(c),
    ...renderBudget(c),
    ...renderFiscal(c),
    ...renderGrants(c),
    ...renderBasic(c),
    ...renderThreePublic(c),
    ...renderGovFund(c),
    ...renderOther(c),
    ...renderTerms(c),
    ...renderSignature(c),
  ];
}

const RENDERERS: Record<Template, (c: DocCtx) => string[]> = {
  seed: renderSeed,
  jiangsu: renderJiangsu,
  shanghai_budget: renderShanghaiBudget,
  shanghai_final: renderShanghaiFinal,
};

export function renderDocument(unit: SynthUnit, m: UnitYearModel, pm: UnitYearModel, style: Style, template: Template, rng: Rng, plan: AnomalyPlan | null): Rendered {
  const w = new Writer(style, rng, plan?.tweaks ?? []);
  const c: DocCtx = {w, rng, unit, year: m.year, m, d: derive(m), pm, pd: derive(pm), reasons: reasonsBetween(pm, m, rng), flags: plan?.flags ?? {}, template};
  const lines = RENDERERS[template](c);
  const surfaced = lines.map((l) => {
    const half = style.punct === "half" || (style.punct === "mixed" && rng.chance(0.3));
    const indent = l && rng.chance(0.3) ? rng.pick(["　　", "　", " "]) : "";
    return indent + (half ? toHalf(l) : l);
  });
  const eol = rng.chance(0.1) ? "\r\n" : "\n";
  return {text: surfaced.join(eol) + eol, facts: w.facts, changes: w.changes};
}
