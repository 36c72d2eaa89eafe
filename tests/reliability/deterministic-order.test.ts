/**
 * Every window has a total order: two reasons with the same ordinal (a document numbering its reasons twice) get the
 * same waterfall steps whatever order the rows were loaded in. Before, `row_number() over (… order by r.ordinal)`
 * left the tie to the insertion order and the steps, running totals and exports flipped.
 */
import {describe, expect, it} from "vitest";
import {change, doc, reason, sqlFixture} from "../helpers/sql-fixture.ts";

const D = "0123456789abcdef";
const REASONS = [
  reason({doc_id: D, change_id: 0, change_key: "income.total", ordinal: 1, text: "一是工会经费基数调整", delta: "-30", span_start: 100, span_end: 110}),
  reason({doc_id: D, change_id: 0, change_key: "income.total", ordinal: 1, text: "一是人员增加", delta: "10", span_start: 120, span_end: 126}),
  reason({doc_id: D, change_id: 0, change_key: "income.total", ordinal: 1, text: "一是项目减少", delta: "-5", span_start: 130, span_end: 136}),
  reason({doc_id: D, change_id: 0, change_key: "income.total", ordinal: 2, text: "二是其他", delta: "5", span_start: 140, span_end: 144}),
];

/** A seeded shuffle, so a failure names the order that showed it. */
function shuffled<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  let x = seed;
  for (let i = out.length - 1; i > 0; i--) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

async function waterfall(reasons: typeof REASONS): Promise<string> {
  const fx = await sqlFixture({
    documents: [doc({doc_id: D, unit: "阿坝州总工会", year: 2024})],
    changes: [change({doc_id: D, change_id: 0, key: "income.total", basis: "total", delta: "-20", prior: "100", current: "80"})],
    reasons,
  });
  try {
    return JSON.stringify(await fx.rows("select step, reason_text, amount::VARCHAR as a, running_total::VARCHAR as r from change_waterfall order by all"));
  } finally {
    fx.close();
  }
}

describe("change_waterfall step order", () => {
  it("is the same for the rows loaded forward, backward and in shuffled orders", async () => {
    const orders = [REASONS, [...REASONS].reverse(), ...[1, 2, 3, 4].map((s) => shuffled(REASONS, s))];
    const results = [];
    for (const o of orders) results.push(await waterfall(o));
    for (const r of results) expect(r).toBe(results[0]);
    // Ties go by position in the text: the first-written reason is step 1.
    expect(results[0]).toContain(`"step":1,"reason_text":"一是工会经费基数调整"`);
  }, 120_000);
});
