import {readdirSync, readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {extractBytes} from "../helpers/extract-text.ts";
import {loadReference} from "../../pipeline/reference/load-reference.ts";
import {describeFact, readGold, scoreFacts} from "../helpers/gold.ts";
import {hasShared, sharedPath} from "../helpers/shared.ts";

/** Narrative-only disclosures: their gold facts are all stated in prose, so recall is measured on them. */
const NARRATIVE = ["001_", "002_", "004_", "006_"];
const MIN_RECALL = 0.84;

describe.skipIf(!hasShared)("real disclosures against their headline gold (skipped: ../shared is absent)", () => {
  const ref = loadReference();
  const golds = hasShared ? readdirSync(sharedPath("gold/real")).sort() : [];
  const rows = golds.map((name) => {
    const gold = readGold(sharedPath("gold/real", name));
    const ex = extractBytes(readFileSync(sharedPath("real", gold.file)), gold.file, ref);
    return {file: gold.file, gold, ex, score: scoreFacts(gold.facts, ex.facts)};
  });

  it.each(rows.map((r) => [r.file, r] as const))("%s: no extracted fact contradicts the gold", (_, r) => {
    expect(r.score.contradicted.map((c) => `${describeFact(c.gold)} ≠ ${c.fact.amount} (${c.fact.quote})`)).toEqual([]);
  });

  it.each(rows.filter((r) => NARRATIVE.some((p) => r.file.startsWith(p))).map((r) => [r.file, r] as const))(
    "%s: finds at least 84% of the gold facts",
    (_, r) => {
      const total = r.score.found.length + r.score.missing.length;
      const recall = r.score.found.length / total;
      expect(recall, `missing: ${r.score.missing.map(describeFact).join("; ")}`).toBeGreaterThanOrEqual(MIN_RECALL);
    },
  );

  it("reports the figures per document", () => {
    const table = rows.map((r) => {
      const total = r.score.found.length + r.score.missing.length;
      return `${r.file.padEnd(54)} found ${String(r.score.found.length).padStart(2)}/${total} · contradicted ${r.score.contradicted.length} · unplaced ${r.ex.unplaced.length}`;
    });
    console.log(table.join("\n"));
    // Over every document, narrative or table rendering: no contradiction, and the narratives' pooled recall.
    expect(rows.reduce((n, r) => n + r.score.contradicted.length, 0)).toBe(0);
    const narrative = rows.filter((r) => NARRATIVE.some((p) => r.file.startsWith(p)));
    const found = narrative.reduce((n, r) => n + r.score.found.length, 0);
    const total = narrative.reduce((n, r) => n + r.score.found.length + r.score.missing.length, 0);
    expect(found / total).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});
