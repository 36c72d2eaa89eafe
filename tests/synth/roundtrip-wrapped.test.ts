import {describe, expect, it} from "vitest";
import {extractDocument} from "../../pipeline/extract/extract.ts";
import {loadReference} from "../../pipeline/reference/load-reference.ts";
import {generateCorpus} from "../../pipeline/synth/corpus.ts";
import {hardWrap} from "../helpers/seed-variants.ts";
import {roundTrip} from "./roundtrip.ts";

/**
 * The demo corpus as a PDF text layer would give it: every line hard-wrapped at 38 characters with page numbers.
 * List items, reasons and their parts that a wrap puts at a line start must still be read whole.
 */
describe("round trip of hard-wrapped synthetic documents", () => {
  const ref = loadReference();
  const docs = generateCorpus({seed: 2024, units: "all", years: [2020, 2025], anomalyRate: 0.15}).docs;
  const results = docs.map((d) => {
    const ex = extractDocument({raw: hardWrap(d.text, 38), encoding: "utf-8", source: d.entry.path, docId: d.entry.doc_id}, ref);
    return {d, rt: roundTrip(d.entry, ex)};
  });
  const problems = (pick: (r: ReturnType<typeof roundTrip>) => string[]) =>
    results.flatMap(({d, rt}) => pick(rt).map((p) => `${d.entry.path}: ${p}`));

  it("finds every fact and change, contradicts none", () => {
    expect(docs.length).toBeGreaterThan(80);
    expect(problems((r) => [...r.missing, ...r.contradicted, ...r.changesMissing])).toEqual([]);
  });

  it("leaves nothing unplaced in clean documents", () => {
    expect(results.filter(({d}) => d.entry.anomalies.length === 0).flatMap(({d, rt}) => rt.unplaced.map((u) => `${d.entry.path}: ${u}`))).toEqual([]);
  });
});
