import {describe, expect, it} from "vitest";
import {extractBytes} from "../helpers/extract-text.ts";
import {equal} from "../../pipeline/lib/decimal.ts";
import {loadReference} from "../../pipeline/reference/load-reference.ts";
import {describeFact, findChange, readGold, sameFact} from "../helpers/gold.ts";
import {SEED_GOLD_PATH, seedBytes} from "../helpers/fixtures/seed.ts";

describe("seed disclosure against its gold", () => {
  const ref = loadReference();
  const ex = extractBytes(seedBytes(), "data/raw/000_0c50aaeac2231ab5.txt", ref);
  const gold = readGold(SEED_GOLD_PATH);

  it("identifies the document", () => {
    const d = ex.document;
    expect([d.unit, d.year, d.kind, d.published]).toEqual(["阿坝州总工会", 2024, "budget", "2024-01-31"]);
    expect(d.region).toBe("四川省 › 阿坝藏族羌族自治州");
  });

  it("finds every gold fact with its exact amount, key, code, parent and label", () => {
    const missing = gold.facts.filter((g) => !ex.facts.some((f) => sameFact(g, f) && equal(f.amount, g.amount)));
    expect(missing.map(describeFact)).toEqual([]);
  });

  it("states no fact that contradicts the gold", () => {
    const wrong = gold.facts.flatMap((g) =>
      ex.facts.filter((f) => sameFact(g, f, {strictCode: false}) && !equal(f.amount, g.amount)).map((f) => `${describeFact(g)} ≠ ${f.amount}`),
    );
    expect(wrong).toEqual([]);
  });

  it("finds every listed change with its delta and prior", () => {
    const missing = (gold.changes ?? []).filter((g) => !findChange(ex.changes, g));
    expect(missing).toEqual([]);
  });

  it("gives the total's change its four reasons, the last with two parts", () => {
    const change = ex.changes.find((c) => c.key === "income.total")!;
    const reasons = ex.reasons.filter((r) => r.change_id === change.change_id);
    expect(reasons.map((r) => r.delta)).toEqual(["-2380", "0.42", "0.92", "41.99"]);
    expect(JSON.parse(reasons[3].parts)).toEqual([
      {label: "人员经费", delta: "34.66"},
      {label: "公用经费", delta: "7.33"},
    ]);
  });

  it("leaves nothing unplaced and no conflicting mentions", () => {
    expect(ex.unplaced).toEqual([]);
    expect(ex.conflicts).toEqual([]);
  });

  it("points every fact at its exact source text", () => {
    for (const f of ex.facts) {
      const written = ex.document.text.slice(f.span[0], f.span[1]);
      expect(written.startsWith(f.amount_as_written)).toBe(true);
      expect(f.quote.replace(/^…|…$/g, "")).toContain(written);
    }
  });

  it("keeps the misfiled classification path as written", () => {
    const social = ex.facts.find((f) => f.key === "expenditure.function" && f.code === "208" && f.basis === "general_budget");
    expect(social?.path_as_written).toBe("201>20129>社会保障和就业支出");
  });
});
