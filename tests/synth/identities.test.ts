import {describe, expect, it} from "vitest";
import {equal, sum} from "../../pipeline/lib/decimal.ts";
import {generateCorpus} from "../../pipeline/synth/corpus.ts";
import {derive, identityViolations, type UnitYearModel} from "../../pipeline/synth/model.ts";
import {cents, dec, pctOf} from "../../pipeline/synth/money.ts";
import {seedModel2023, seedModel2024} from "../../pipeline/synth/seed-model.ts";

const clean = [2024, 7].flatMap((seed) => generateCorpus({seed, units: "all", years: [2020, 2025], anomalyRate: 0}).docs);

/** The model amount a manifest change is about. */
function current(m: UnitYearModel, key: string): string {
  const d = derive(m);
  const by: Record<string, bigint> = {
    "income.total": d.total,
    "income.fiscal": d.total,
    "expenditure.total": d.total,
    "expenditure.basic": d.basic,
    "three_public.overseas": d.threePublic.overseas,
    "three_public.reception": d.threePublic.reception,
    "three_public.vehicle": d.threePublic.vehicle,
    "operating_cost": d.operatingCost,
    "expenditure.gov_fund": 0n,
  };
  if (!(key in by)) throw new Error(`no model amount for ${key}`);
  return dec(by[key]);
}

describe("every clean document satisfies every identity", () => {
  it("holds on the generator's own model, exactly", () => {
    const bad = clean.flatMap((d) => identityViolations(d.model).map((v) => `${d.entry.path}: ${v}`));
    expect(bad).toEqual([]);
  });

  it("states each share as part/total rounded to 2 decimals", () => {
    const bad: string[] = [];
    for (const d of clean) {
      const facts = d.entry.facts;
      const total = (key: string) => facts.find((f) => f.key === key && (f.basis === "total" || f.basis === null))!.amount;
      for (const f of facts.filter((x) => x.share_pct !== undefined)) {
        const whole = f.key.startsWith("income.") ? total("income.total") : total("expenditure.total");
        const want = pctOf(cents(f.amount), cents(whole));
        if (!equal(f.share_pct!, want)) bad.push(`${d.entry.path}: ${f.key} ${f.code ?? ""} 占${f.share_pct}% ≠ ${want}%`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("states each change as this year's amount minus last year's document's, with reasons that add up", () => {
    const bad: string[] = [];
    for (const d of clean) {
      for (const c of d.entry.changes) {
        if (!equal(c.prior, current(d.prior, c.key)) || !equal(sum([c.prior, c.delta]), current(d.model, c.key))) bad.push(`${d.entry.path}: ${c.key} Δ${c.delta} prior ${c.prior}`);
        if (c.reasons && !equal(sum(c.reasons), c.delta)) bad.push(`${d.entry.path}: reasons of ${c.key} sum to ${sum(c.reasons)} ≠ ${c.delta}`);
        if (c.compare_year !== d.year - 1) bad.push(`${d.entry.path}: ${c.key} compared with ${c.compare_year}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe("阿坝州总工会: the real 2024 document anchors its other years", () => {
  const s24 = derive(seedModel2024());
  const s23 = derive(seedModel2023());

  it("models 2024 exactly as the seed states it", () => {
    expect([s24.total, s24.basic, s24.project, s24.personnel, s24.public].map(dec)).toEqual(["3422.23", "581.27", "2840.96", "490.87", "90.40"]);
    expect(s24.classes.map((c) => `${c.code} ${dec(c.amount)}`)).toEqual(["201 3286.67", "208 71.82", "210 28.74", "221 35.00"]);
    expect(dec(s24.lines.find((l) => l.code === "2012901")!.amount)).toBe("445.71");
    expect(dec(s24.threePublic.total)).toBe("27.34");
    expect(identityViolations(seedModel2024())).toEqual([]);
  });

  it("gives 2023 what the seed states and implies about it", () => {
    expect(identityViolations(seedModel2023())).toEqual([]);
    expect([s23.total, s23.threePublic.reception, s23.threePublic.vehicle, s23.operatingCost, s23.personnel].map(dec)).toEqual(["5758.90", "1.38", "25.92", "83.07", "456.21"]);
    expect(dec(seedModel2023().projects.find((p) => p.label === "工会经费")!.amount)).toBe("4980.00");
    // The seed's reasons: 工会经费 −2380, 劳模 +0.42, 国产电脑 +0.92, basic +41.99 (personnel +34.66, public +7.33).
    expect(dec(s24.total - s23.total)).toBe("-2336.67");
    expect(dec(s24.basic - s23.basic)).toBe("41.99");
  });

  it("generates no 2024 document for it, and measures 2025 against the seed", () => {
    const docs = clean.filter((d) => d.unit.name === "阿坝州总工会");
    expect(docs.map((d) => d.year)).toEqual([2020, 2021, 2022, 2023, 2025, 2020, 2021, 2022, 2023, 2025]);
    for (const d of docs.filter((x) => x.year === 2025)) expect(d.entry.changes.find((c) => c.key === "income.total")!.prior).toBe("3422.23");
    for (const d of docs.filter((x) => x.year === 2023)) expect(d.entry.facts.find((f) => f.key === "income.total")!.amount).toMatch(/^5758\.90?$/);
  });
});
