/** What a refresh did, file by file: written to `<buildDir>/run-report.json` and summarised on the console. */

export interface LandedFile {
  source: string;
  doc_id: string;
  unit: string | null;
  year: number | null;
  facts: number;
  unplaced: number;
}

export interface FailedFile {
  source: string;
  /** Why the file did not land, in words a reader can act on. */
  reason: string;
}

export interface RunReport {
  /** Files considered (sidecars, dotfiles and READMEs excluded). */
  files_seen: number;
  landed: LandedFile[];
  failed: FailedFile[];
  /** Totals over landed files. */
  facts: number;
  unplaced: number;
  /** Findings of the SQL checks by severity (error, warning, info). */
  findings?: Record<string, number>;
  /** Wall time per stage in milliseconds: reading + extraction, Arrow files, warehouse load. */
  timing_ms: {extract: number; arrow: number; load: number};
}

/** Short bilingual lines: Chinese first (the documents' language), English beside it for everyone else. */
export function summaryLines(r: RunReport): string[] {
  const lines = [
    `入库 ${r.landed.length} · 失败 ${r.failed.length} · 事实 ${r.facts} · 未归位 ${r.unplaced}`,
    `landed ${r.landed.length} · failed ${r.failed.length} · facts ${r.facts} · unplaced ${r.unplaced}`,
  ];
  if (r.failed.length) {
    lines.push(`失败文件 failed files:`, ...r.failed.map((f) => `  ✗ ${f.source}: ${f.reason}`));
  }
  if (r.findings) {
    const f = r.findings;
    lines.push(`发现 findings: error ${f.error ?? 0} · warning ${f.warning ?? 0} · info ${f.info ?? 0}`);
  }
  const t = r.timing_ms;
  lines.push(`用时 time: extract ${t.extract} ms · arrow ${t.arrow} ms · load ${t.load} ms`);
  return lines;
}
