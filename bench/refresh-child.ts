/**
 * Child process of the benchmark: one `refresh()` of a corpus into a warehouse, printed as JSON — the run report's
 * per-stage times and counts, the wall time, and the peak RSS of each stage. Its own process, so a run's peak RSS is
 * not inflated by the runs before it. RSS is sampled every 20 ms and at each stage change (worker threads share the
 * process, so their memory counts too).
 *
 *   tsx bench/refresh-child.ts <input> <db> <build dir> [<exports dir>]
 */
import {refresh} from "../pipeline/refresh/refresh.ts";

const [input, db, buildDir, exportDir] = process.argv.slice(2);
const peak: Record<string, number> = {};
let stage = "start";
const sample = () => {
  const rss = process.memoryUsage.rss();
  if (rss > (peak[stage] ?? 0)) peak[stage] = rss;
};
const timer = setInterval(sample, 20);
const started = performance.now();
const report = await refresh({
  input,
  db,
  buildDir,
  exportDir: exportDir || undefined,
  isSynthetic: true,
  log: (line) => {
    const m = /^stage (\w+)/.exec(line);
    if (m) {
      sample();
      stage = m[1];
    }
  },
});
sample();
clearInterval(timer);
const mb = (b: number) => Math.round(b / 2 ** 20);
process.stdout.write(
  JSON.stringify({
    wall_ms: Math.round(performance.now() - started),
    timing_ms: report.timing_ms,
    peak_rss_mb: Object.fromEntries(Object.entries(peak).map(([k, v]) => [k, mb(v)])),
    max_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    landed: report.landed.length,
    failed: report.failed.length,
    failures: report.failed.slice(0, 5),
    extracted: report.extraction.extracted,
    skipped: report.extraction.skipped,
    facts: report.warehouse.facts_after,
    check_errors: report.check_errors.length,
    rebuilt: (report as {rebuilt?: boolean}).rebuilt ?? true,
  }) + "\n",
);
