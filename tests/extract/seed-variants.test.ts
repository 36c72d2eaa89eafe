import {describe, expect, it} from "vitest";
import {extractBytes} from "../helpers/extract-text.ts";
import {equal} from "../../pipeline/lib/decimal.ts";
import {loadReference} from "../../pipeline/reference/load-reference.ts";
import type {Extraction} from "../../pipeline/types.ts";
import {readGold, sameFact, describeFact} from "../helpers/gold.ts";
import {encodeAs, hardWrap, toCRLF, toHalfWidthPunct} from "../helpers/seed-variants.ts";
import {SEED_GOLD_PATH, seedText} from "../helpers/fixtures/seed.ts";

/** A fact's identity and amount, without where it was found (spans differ between variants). */
const essence = (ex: Extraction) =>
  ex.facts.map((f) => [f.key, f.basis, f.code, f.parent, f.label, f.amount, f.mentions].join("|")).sort();
const changes = (ex: Extraction) => ex.changes.map((c) => [c.key, c.basis, c.compare_year, c.delta, c.prior, c.pct].join("|")).sort();
const reasons = (ex: Extraction) => ex.reasons.map((r) => [r.change_key, r.ordinal, r.delta, r.parts].join("|")).sort();

describe("variants of the seed yield the seed's facts", () => {
  const ref = loadReference();
  const seed = seedText();
  const base = extractBytes(encodeAs(seed, "utf-8"), "seed.txt", ref);
  const gold = readGold(SEED_GOLD_PATH);

  const variants: [string, Uint8Array][] = [
    ["GB18030", encodeAs(seed, "gb18030")],
    ["UTF-16LE with BOM", encodeAs(seed, "utf-16le")],
    ["UTF-16BE with BOM", encodeAs(seed, "utf-16be")],
    ["UTF-16LE without BOM", encodeAs(seed, "utf-16le", {bom: false})],
    ["UTF-8 with BOM", encodeAs(seed, "utf-8-bom")],
    ["CRLF line ends", encodeAs(toCRLF(seed), "utf-8")],
    ["hard-wrapped at 40 with page numbers", encodeAs(hardWrap(seed, 40, {pageEvery: 25}), "utf-8")],
    ["half-width punctuation", encodeAs(toHalfWidthPunct(seed), "utf-8")],
    ["all of them at once", encodeAs(toCRLF(hardWrap(toHalfWidthPunct(seed), 40)), "gb18030")],
  ];

  it.each(variants)("%s", (_, bytes) => {
    const ex = extractBytes(bytes, "variant.txt", ref);
    expect(essence(ex)).toEqual(essence(base));
    expect(changes(ex)).toEqual(changes(base));
    expect(reasons(ex)).toEqual(reasons(base));
    expect(ex.unplaced).toEqual([]);
    const missing = gold.facts.filter((g) => !ex.facts.some((f) => sameFact(g, f) && equal(f.amount, g.amount)));
    expect(missing.map(describeFact)).toEqual([]);
  });
});

describe("a document missing whole sections", () => {
  const ref = loadReference();
  const seed = seedText();
  // Drop 六 (basic expenditure) and 七 (三公): from the 六、 heading up to the 八、 heading.
  const cut = seed.slice(0, seed.indexOf("六、一般公共预算基本支出")) + seed.slice(seed.indexOf("八、政府性基金"));
  const ex = extractBytes(encodeAs(cut, "utf-8"), "cut.txt", ref);

  it("yields the facts of the sections it has", () => {
    const keys = new Set(ex.facts.map((f) => f.key));
    for (const k of ["income.total", "expenditure.function", "project.item", "operating_cost", "assets.fixed"]) expect(keys).toContain(k);
  });

  it("and none of the sections it lacks", () => {
    const keys = new Set(ex.facts.map((f) => f.key));
    for (const k of ["basic.personnel", "basic.public", "basic.item", "three_public.total", "three_public.reception"]) expect(keys).not.toContain(k);
    expect(ex.unplaced).toEqual([]);
  });
});
