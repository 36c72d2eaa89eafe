/**
 * One impossible number must not sink its document: an amount beyond DECIMAL(24,6) is unplaced with its reason and
 * the rest of the document lands; scientific notation is never read as an amount.
 */
import {describe, expect, it} from "vitest";
import {scanAmounts} from "../../pipeline/extract/amount-scan.ts";
import {extractFile} from "../../pipeline/extract/extract-file.ts";
import {fitForStore} from "../../pipeline/store/unfit-amounts.ts";
import {DEFAULT_REFERENCE_DIR, loadReference} from "../../pipeline/reference/load-reference.ts";
import {seedBytes} from "../helpers/fixtures/seed.ts";

const ref = loadReference(DEFAULT_REFERENCE_DIR);

describe("amounts that cannot be stored or are no amounts", () => {
  it("unplaces an amount too large for DECIMAL(24,6) and lands the rest of the document", async () => {
    const good = await extractFile(seedBytes(), "seed.txt", ref, {fit: fitForStore});
    if (!good.ok) throw new Error(good.reason);
    const text = seedBytes().toString("utf8").replace(/上年结转[0-9.]+万元/, "上年结转99999999999999999999.999999万元");
    expect(text).toContain("上年结转99999999999999999999.999999万元");
    const r = await extractFile(Buffer.from(text), "seed.txt", ref, {fit: fitForStore});
    if (!r.ok) throw new Error(`the whole document failed: ${r.reason}`);
    const u = r.extraction.unplaced.find((x) => x.as_written.startsWith("99999999999999999999.999999"));
    expect(u?.reason).toMatch(/amount too large to store: 99999999999999999999.999999万元 does not fit DECIMAL\(24,6\)/);
    expect(r.extraction.facts.some((f) => f.amount.startsWith("99999999999999999999"))).toBe(false);
    // Only what carried the huge amount is gone: every other fact is still there.
    expect(r.extraction.facts.length).toBeGreaterThanOrEqual(good.extraction.facts.length - 2);
  });

  it("never reads scientific notation as an amount", () => {
    for (const s of ["1e-308万元", "1E+5万元", "2.5e3元", "1e308万元", "１e-3万元"]) expect(scanAmounts(`收入${s}。`)).toEqual([]);
    expect(scanAmounts("收入-308万元。").map((t) => t.amount)).toEqual(["-308"]);
    expect(scanAmounts("类型e5万元").map((t) => t.amount)).toEqual(["5"]);
  });
});
