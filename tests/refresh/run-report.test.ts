import {describe, expect, it} from "vitest";
import {summaryLines, type LandedFile, type RunReport} from "../../pipeline/refresh/run-report.ts";

const landed = (over: Partial<LandedFile>): LandedFile => ({
  source: "a.txt", doc_id: "0", unit: "阿坝州总工会", year: 2024, kind: "budget", scope: "department", identity_warnings: [],
  facts: 1, unplaced: 0, status: "added", version: 1, ...over,
});

const report = (files: LandedFile[]): RunReport => ({
  files_seen: files.length,
  files: {added: files.length, changed: 0, reverted: 0, unchanged: 0, removed: 0, failed: 0},
  landed: files,
  failed: [],
  removed: [],
  extraction: {extracted: files.length, skipped: 0, fingerprint: "x"},
  facts: files.length,
  unplaced: 0,
  warehouse: {documents: files.length, versions: files.length, facts_before: 0, facts_after: 1, facts_added: 1, facts_removed: 0},
  revisions: 0,
  findings: {},
  skipped: [],
  check_errors: [],
  timing_ms: {scan: 0, extract: 0, arrow: 0, load: 0, models: 0, checks: 0, export: 0},
} as RunReport);

describe("run report summary", () => {
  it("names each file whose identity is uncertain, with what was unsure, and only those", () => {
    const lines = summaryLines(
      report([
        landed({source: "sure.txt"}),
        landed({source: "fromname.txt", identity_warnings: ["unit: 金川县总工会 taken from the file name; the text does not state it"]}),
        landed({source: "noyear.txt", year: null}),
      ]),
    );
    const i = lines.indexOf("身份存疑 identity uncertain:");
    expect(i).toBeGreaterThan(-1);
    const listed = lines.slice(i + 1).filter((l) => l.startsWith("  ? "));
    expect(listed).toEqual([
      "  ? fromname.txt: 阿坝州总工会 2024 预算 — unit: 金川县总工会 taken from the file name; the text does not state it",
      "  ? noyear.txt: 阿坝州总工会 年度未识别 预算",
    ]);
  });

  it("says nothing about identity when every file is identified", () => {
    expect(summaryLines(report([landed({})])).some((l) => l.includes("身份存疑"))).toBe(false);
  });
});
