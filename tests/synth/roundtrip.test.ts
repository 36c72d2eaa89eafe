import {describe, expect, it} from "vitest";
import {extractBytes} from "../helpers/extract-text.ts";
import {loadReference} from "../../pipeline/reference/load-reference.ts";
import {generateCorpus, type SynthDoc} from "../../pipeline/synth/corpus.ts";
import {roundTrip} from "./roundtrip.ts";

// ~290 documents: the shipped demo corpus (seed 2024, default anomaly rate), two clean corpora, and half of an
// anomaly-heavy one, so every phrasing variant and every anomaly type is read back at least once.
const corpora: SynthDoc[] = [
  ...generateCorpus({seed: 2024, units: "all", years: [2020, 2025], anomalyRate: 0.15}).docs,
  ...generateCorpus({seed: 7, units: "all", years: [2020, 2025], anomalyRate: 0}).docs,
  ...generateCorpus({seed: 99, units: "all", years: [2020, 2025], anomalyRate: 0}).docs,
  ...generateCorpus({seed: 1, units: 7, years: [2020, 2025], anomalyRate: 0.5}).docs,
];

describe("round trip: the extractor reads back what the generator wrote", () => {
  const ref = loadReference();
  const results = corpora.map((d) => {
    const ex = extractBytes(d.bytes, d.entry.path, ref, true);
    return {d, ex, rt: roundTrip(d.entry, ex)};
  });
  const problems = (pick: (r: ReturnType<typeof roundTrip>) => string[], docs = results) =>
    docs.flatMap(({d, rt}) => pick(rt).map((p) => `${d.entry.path}: ${p}`));
  const clean = results.filter(({d}) => d.entry.anomalies.length === 0);

  it("covers about 300 documents, some with anomalies", () => {
    expect(corpora.length).toBeGreaterThan(280);
    expect(clean.length).toBeLessThan(corpora.length);
  });

  it("identifies every document's unit, year and region, and marks it synthetic", () => {
    const wrong = results.filter(({d, ex}) => ex.document.unit !== d.unit.name || ex.document.year !== d.year || !ex.document.region?.startsWith("四川省 › 阿坝藏族羌族自治州") || !ex.document.is_synthetic || ex.document.doc_id !== d.entry.doc_id);
    expect(wrong.map(({d, ex}) => `${d.entry.path}: ${ex.document.unit} ${ex.document.year} ${ex.document.region}`)).toEqual([]);
  });

  it("finds every manifest fact with its exact amount", () => {
    expect(problems((r) => r.missing)).toEqual([]);
  });

  it("extracts no fact that contradicts the manifest", () => {
    expect(problems((r) => r.contradicted)).toEqual([]);
  });

  it("finds every manifest change with its delta and prior", () => {
    expect(problems((r) => r.changesMissing)).toEqual([]);
  });

  it("leaves nothing unplaced in clean documents, and extracts nothing the manifest does not state", () => {
    expect(problems((r) => r.unplaced, clean)).toEqual([]);
    expect(problems((r) => r.extra, clean)).toEqual([]);
  });

  it("reports a conflict exactly where a fact is stated twice differently", () => {
    const wrong = results.filter(({d, ex}) => d.entry.anomalies.some((a) => a.rule === "conflicting_mentions") !== ex.conflicts.length > 0);
    expect(wrong.map(({d}) => d.entry.path)).toEqual([]);
  });
});
