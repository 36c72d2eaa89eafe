/** The benchmark's result file and its printed tables: one run, or two side by side. */

interface Part {
  documents: number;
  bytes: number;
  ms: number;
}

export interface PassResult extends Part {
  failed: number;
  rss_mb: number;
  /** The same pass, text files and PDFs apart. */
  text?: Part;
  pdf?: Part;
}

export interface RefreshResult {
  wall_ms: number;
  timing_ms: Record<string, number>;
  peak_rss_mb: Record<string, number>;
  max_rss_mb: number;
  landed: number;
  failed: number;
  extracted: number;
  skipped: number;
  facts: number;
  check_errors: number;
  rebuilt: boolean;
}

/** Two (n) extraction jobs at once into Parquet lakes, then `gongkai load` of them (absent in older results). */
export interface ShardsResult {
  n: number;
  /** Wall time until the last job finished. */
  extract_wall_ms: number;
  jobs: {wall_ms: number; max_rss_mb: number; timing_ms: Record<string, number>; landed: number; facts: number}[];
  lake_bytes: number;
  load: {wall_ms: number; max_rss_mb: number; timing_ms: Record<string, number>; facts: number; check_errors: number};
}

/** The site built from the refresh's warehouse (absent in older results and with --no-site). */
export interface SiteResult {
  wall_ms: number;
  /** Of wall_ms, Framework building the pages; the rest writes the data files and the forwarding pages. */
  framework_ms: number;
  pages: number;
  /** Per-document, per-unit and per-series data files written beside the pages. */
  data_files: number;
  /** The whole output folder. */
  bytes: number;
  files: number;
  /** The page whose HTML, CSS, JS and data add up to the most bytes. */
  heaviest: {page: string; bytes: number} | null;
}

export interface SizeResult {
  documents: number;
  bytes: number;
  forms: Record<string, number>;
  one_thread: {read: PassResult; extract: PassResult};
  refresh: RefreshResult;
  build_bytes: number;
  warehouse_bytes: number;
  unchanged: RefreshResult;
  one_added: RefreshResult;
  shards?: ShardsResult;
  site?: SiteResult;
}

export interface BenchResult {
  machine: {cpus: number; memory_gb: number; node: string; load: number[]};
  commit: string | null;
  sizes: SizeResult[];
}

const MB = 2 ** 20;
const REFRESH_STAGES = ["scan", "extract", "arrow", "load", "models", "checks", "export"];
/** Which sampled stage a timed stage's memory is counted under (models and checks run inside the load stage). */
const RSS_STAGE: Record<string, string> = {models: "load", checks: "load"};

interface Row {
  stage: string;
  ms: number;
  docs?: number;
  bytes?: number;
  rss?: number;
}

/** Rows of one size: the one-thread passes, the refresh's stages, its total, and the incremental refreshes. */
export function rows(s: SizeResult): Row[] {
  const {read, extract} = s.one_thread;
  const out: Row[] = [
    {stage: "read/decode (1 thread)", ms: read.ms, docs: read.documents, bytes: read.bytes, rss: read.rss_mb},
    {stage: "read+extract (1 thread)", ms: extract.ms, docs: extract.documents, bytes: extract.bytes, rss: extract.rss_mb},
  ];
  for (const kind of ["text", "pdf"] as const) {
    const [r, e] = [read[kind], extract[kind]];
    if (!r?.documents || !e) continue;
    out.push({stage: `  read/decode, ${kind}`, ms: r.ms, docs: r.documents, bytes: r.bytes});
    out.push({stage: `  read+extract, ${kind}`, ms: e.ms, docs: e.documents, bytes: e.bytes});
  }
  for (const st of REFRESH_STAGES) {
    const perDoc = st === "scan" || st === "extract";
    const rss = s.refresh.peak_rss_mb[RSS_STAGE[st] ?? st];
    out.push({stage: `refresh: ${st}`, ms: s.refresh.timing_ms[st] ?? 0, docs: perDoc ? s.documents : undefined, bytes: perDoc ? s.bytes : undefined, rss});
  }
  out.push({stage: "refresh: total", ms: s.refresh.wall_ms, docs: s.documents, bytes: s.bytes, rss: s.refresh.max_rss_mb});
  if (s.shards) {
    const sh = s.shards;
    out.push({stage: `${sh.n} shard jobs (1 worker)`, ms: sh.extract_wall_ms, docs: s.documents, bytes: s.bytes, rss: Math.max(...sh.jobs.map((j) => j.max_rss_mb))});
    for (const st of ["load", "models", "checks", "export"]) out.push({stage: `load --from: ${st}`, ms: sh.load.timing_ms[st] ?? 0});
    out.push({stage: "load --from: total", ms: sh.load.wall_ms, rss: sh.load.max_rss_mb});
  }
  if (s.site) {
    out.push({stage: "site: Framework pages", ms: s.site.framework_ms});
    out.push({stage: "site build: total", ms: s.site.wall_ms, docs: s.documents});
  }
  out.push({stage: "refresh, nothing changed", ms: s.unchanged.wall_ms, rss: s.unchanged.max_rss_mb});
  out.push({stage: "refresh, one added", ms: s.one_added.wall_ms, rss: s.one_added.max_rss_mb});
  return out;
}

const f1 = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

export function printResult(s: SizeResult): void {
  const lines = [
    `\n${s.documents} documents, ${(s.bytes / MB).toFixed(1)} MB (${Object.entries(s.forms).filter(([, n]) => n).map(([f, n]) => `${f} ${n}`).join(", ")})`,
    `${"stage".padEnd(26)} ${"wall s".padStart(8)} ${"docs/s".padStart(8)} ${"MB/s".padStart(7)} ${"peak RSS MB".padStart(12)}`,
  ];
  for (const r of rows(s)) {
    const sec = r.ms / 1000;
    lines.push(
      `${r.stage.padEnd(26)} ${sec.toFixed(2).padStart(8)} ${(r.docs ? f1(r.docs / sec) : "").padStart(8)} ${(r.bytes ? f1(r.bytes / MB / sec) : "").padStart(7)} ${String(r.rss ?? "").padStart(12)}`,
    );
  }
  const {read, extract} = s.one_thread;
  const times = (k: "text" | "pdf") => (read[k]?.ms ? ` (${k} ${(extract[k]!.ms / read[k]!.ms).toFixed(1)}×)` : "");
  lines.push(
    `read+extract = ${(extract.ms / read.ms).toFixed(1)}× reading+decoding the same bytes on one thread${times("text")}${times("pdf")}`,
    `build folder ${(s.build_bytes / MB).toFixed(0)} MB (${(s.build_bytes / s.bytes).toFixed(1)}× the input), warehouse ${(s.warehouse_bytes / MB).toFixed(0)} MB`,
    ...(s.shards ? [`shard lakes ${(s.shards.lake_bytes / MB).toFixed(0)} MB (${(s.shards.lake_bytes / s.bytes).toFixed(1)}× the input); load: facts ${s.shards.load.facts}, check errors ${s.shards.load.check_errors}`] : []),
    ...(s.site
      ? [`site: ${s.site.pages} pages and ${s.site.data_files} data files, ${(s.site.bytes / MB).toFixed(1)} MB in ${s.site.files} files; heaviest page ${s.site.heaviest?.page} ${((s.site.heaviest?.bytes ?? 0) / MB).toFixed(2)} MB`]
      : []),
    `landed ${s.refresh.landed}, failed ${s.refresh.failed}, facts ${s.refresh.facts}, check errors ${s.refresh.check_errors}`,
    `nothing changed: extracted ${s.unchanged.extracted}, rebuilt ${s.unchanged.rebuilt}; one added: extracted ${s.one_added.extracted}`,
  );
  console.log(lines.join("\n"));
}

export function compareResults(a: BenchResult, b: BenchResult, nameA: string, nameB: string): string {
  const lines = [`${nameA} (${a.commit}) → ${nameB} (${b.commit})`];
  for (const sb of b.sizes) {
    const sa = a.sizes.find((s) => s.documents === sb.documents);
    if (!sa) continue;
    lines.push(`\n${sb.documents} documents`, `${"stage".padEnd(26)} ${"wall s".padStart(17)} ${"peak RSS MB".padStart(15)}`);
    const ra = rows(sa);
    for (const r of rows(sb)) {
      const o = ra.find((x) => x.stage === r.stage);
      const wall = `${o ? (o.ms / 1000).toFixed(2) : "—"} → ${(r.ms / 1000).toFixed(2)}`;
      lines.push(`${r.stage.padEnd(26)} ${wall.padStart(17)} ${`${o?.rss ?? "—"} → ${r.rss ?? "—"}`.padStart(15)}`);
    }
  }
  return lines.join("\n");
}
