import {describe, expect, it} from "vitest";
import {generateCorpus} from "../../pipeline/synth/corpus.ts";
import {Rng} from "../../pipeline/synth/rng.ts";

const bytesOf = (seed: number, rate = 0.15) => generateCorpus({seed, units: "all", years: [2020, 2025], anomalyRate: rate}).docs.map((d) => Buffer.from(d.bytes).toString("hex"));

describe("determinism", () => {
  it("gives byte-identical documents and manifest for the same seed", () => {
    const a = generateCorpus({seed: 2024, units: "all", years: [2020, 2025], anomalyRate: 0.15});
    const b = generateCorpus({seed: 2024, units: "all", years: [2020, 2025], anomalyRate: 0.15});
    expect(b.docs.map((d) => Buffer.from(d.bytes).toString("hex"))).toEqual(a.docs.map((d) => Buffer.from(d.bytes).toString("hex")));
    expect(JSON.stringify(b.manifest)).toBe(JSON.stringify(a.manifest));
  });

  it("gives different documents for a different seed", () => {
    const a = bytesOf(2024);
    const b = bytesOf(2025);
    expect(a.filter((x, i) => x === b[i])).toEqual([]);
  });

  it("makes a subset of units or years exactly the documents the full corpus has", () => {
    const full = generateCorpus({seed: 5, units: "all", years: [2020, 2025], anomalyRate: 0.3}).docs;
    const part = generateCorpus({seed: 5, units: 3, years: [2022, 2023], anomalyRate: 0.3}).docs;
    expect(part.length).toBe(6);
    for (const d of part) expect(d.bytes).toEqual(full.find((f) => f.entry.path === d.entry.path)!.bytes);
  });

  it("writes the default corpus: 14 units × 2020–2025 less the real seed's slot", () => {
    const {docs, manifest} = generateCorpus();
    expect(docs.length).toBe(83);
    expect(manifest.documents.some((d) => d.path === "四川省/阿坝藏族羌族自治州/2024/阿坝州总工会.txt")).toBe(false);
    const anomalous = docs.filter((d) => d.entry.anomalies.length).length;
    expect(anomalous).toBeGreaterThan(4);
    expect(anomalous).toBeLessThan(25);
  });

  it("draws the same numbers from the same named stream", () => {
    const a = Rng.for(1, "x", 2020);
    const b = Rng.for(1, "x", 2020);
    expect([a.next(), a.int(0, 9), a.next()]).toEqual([b.next(), b.int(0, 9), b.next()]);
    expect(Rng.for(1, "x", 2021).next()).not.toBe(Rng.for(1, "x", 2020).next());
  });
});
