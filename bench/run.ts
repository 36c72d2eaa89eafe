/**
 * `npm run bench`: the pipeline at scale, on generated corpora (see corpus.ts). Performance targets live here, not in
 * timed unit tests. For each corpus size it measures, each in its own process:
 *   - read/decode and read+extract on one thread (extraction as a multiple of the read/decode floor);
 *   - a refresh from scratch, stage by stage (scan, extract, arrow, load, models, checks, export);
 *   - two shard jobs at once (`refresh --shard k/2`, one worker each) and `load` of their lakes;
 *   - the site built from the refresh's warehouse: wall time, output size, the heaviest page (`--no-site` skips it);
 *   - a refresh with nothing changed, and one with a single document added.
 * It prints a table and writes the figures to `bench/results/<name>.json` (default `latest`, git-ignored; name a run
 * to keep it). `--compare a.json b.json` prints two result files side by side.
 *
 *   npm run bench                       # 1,000 and 10,000 documents
 *   npm run bench -- --sizes 1000       # the quick one (a minute or two)
 *   npm run bench -- --large            # adds 100,000
 *   npm run bench -- --out after-pool   # bench/results/after-pool.json
 *   npm run bench -- --compare bench/results/before.json bench/results/latest.json
 */
import {execFileSync, spawn, spawnSync} from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {fileURLToPath} from "node:url";
import {BENCH_ROOT, ensureCorpus, nextDocument, type Corpus} from "./corpus.ts";
import {compareResults, printResult, type BenchResult, type ShardsResult, type SiteResult, type SizeResult} from "./report.ts";

const REPO = fileURLToPath(new URL("../", import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const value = (name: string) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
const log = (s: string) => process.stderr.write(s + "\n");

if (flag("--compare")) {
  const [a, b] = args.slice(args.indexOf("--compare") + 1);
  const read = (f: string) => JSON.parse(fs.readFileSync(f, "utf8")) as BenchResult;
  console.log(compareResults(read(a), read(b), a, b));
  process.exit(0);
}

const sizes = (value("--sizes") ?? "1000,10000").split(",").map(Number);
if (flag("--large")) sizes.push(100_000);
const outName = value("--out") ?? "latest";

const result: BenchResult = {
  machine: {cpus: os.availableParallelism(), memory_gb: Math.round(os.totalmem() / 2 ** 30), node: process.version, load: os.loadavg().map((x) => Math.round(x * 10) / 10)},
  commit: gitCommit(),
  sizes: [],
};

for (const n of sizes) {
  log(`corpus of ${n} documents`);
  const corpus = await ensureCorpus(n, log);
  result.sizes.push(await benchSize(corpus));
  printResult(result.sizes.at(-1)!);
}

const out = path.join(REPO, "bench/results", `${outName}.json`);
fs.mkdirSync(path.dirname(out), {recursive: true});
fs.writeFileSync(out, JSON.stringify(result, null, 2) + "\n");
log(`results: ${path.relative(process.cwd(), out)}`);

async function benchSize(corpus: Corpus): Promise<SizeResult> {
  // One-thread passes over at most 10,000 files: enough for a steady rate, and 100,000 would take half an hour.
  log("  one thread: read/decode, read+extract");
  const stages = child(["bench/stages.ts", corpus.dir, "--limit", "10000"]);
  const run = path.join(BENCH_ROOT, `run-${corpus.documents}`);
  fs.rmSync(run, {recursive: true, force: true});
  const [db, build, exports] = ["warehouse.duckdb", "build", "exports"].map((f) => path.join(run, f));
  const refreshArgs = ["bench/refresh-child.ts", corpus.dir, db, build, exports];
  log("  refresh from scratch");
  const fresh = child(refreshArgs);
  const buildBytes = folderBytes(build);
  const shards = await benchShards(corpus, run);
  let site: SiteResult | undefined;
  if (!flag("--no-site")) {
    log("  site build");
    site = child(["bench/site-child.ts", db, path.join(run, "site")]);
  }
  log("  refresh, nothing changed");
  const unchanged = child(refreshArgs);
  log("  refresh, one document added");
  const extra = await nextDocument(corpus.documents);
  const added = path.join(corpus.dir, extra.path);
  fs.mkdirSync(path.dirname(added), {recursive: true});
  fs.writeFileSync(added, extra.bytes);
  let oneAdded;
  try {
    oneAdded = child(refreshArgs);
  } finally {
    // The corpus on disk is kept for the next run: it must stay as generated.
    fs.rmSync(path.join(corpus.dir, "added"), {recursive: true, force: true});
  }
  return {
    documents: corpus.documents,
    bytes: corpus.bytes,
    forms: corpus.forms,
    one_thread: stages,
    refresh: fresh,
    build_bytes: buildBytes,
    warehouse_bytes: fs.statSync(db).size,
    unchanged,
    one_added: oneAdded,
    shards,
    site,
  };
}

/**
 * The sharded path: two extraction jobs at once, one worker each (as two machines, or two slots of a batch
 * scheduler, would run them), then `load` of their lakes with models, checks and exports.
 */
async function benchShards(corpus: Corpus, run: string): Promise<ShardsResult> {
  const n = 2;
  const lakes = [...Array(n).keys()].map((i) => path.join(run, "lake", `shard-${i + 1}`));
  log(`  ${n} shard jobs at once, one worker each`);
  const t = performance.now();
  const jobs = await Promise.all(lakes.map((lake, i) => childAsync(["bench/shard-child.ts", "shard", String(i + 1), String(n), corpus.dir, lake, "1"])));
  const extractWall = Math.round(performance.now() - t);
  log("  load from the shards");
  const load = child(["bench/shard-child.ts", "load", path.join(run, "sharded.duckdb"), path.join(run, "sharded-exports"), ...lakes]);
  return {n, extract_wall_ms: extractWall, jobs, lake_bytes: lakes.reduce((b, l) => b + folderBytes(l), 0), load};
}

/** child(), without blocking: for jobs that run at the same time. */
function childAsync(argv: string[]): Promise<any> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ["--import", "tsx", ...argv], {cwd: REPO, env: {...process.env, TZ: "Asia/Shanghai"}});
    let out = "";
    let err = "";
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => (err += d));
    p.on("close", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").at(-1)!)) : reject(new Error(`${argv.join(" ")} failed (${code}):\n${err}`))));
  });
}

/** Runs a bench script under tsx in a fresh process and parses the JSON line it prints. */
function child(argv: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", ...argv], {cwd: REPO, encoding: "utf8", maxBuffer: 1 << 26, env: {...process.env, TZ: "Asia/Shanghai"}});
  if (r.status !== 0) throw new Error(`${argv.join(" ")} failed (${r.status}):\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1)!);
}

function folderBytes(dir: string): number {
  let n = 0;
  for (const e of fs.readdirSync(dir, {withFileTypes: true, recursive: true})) {
    if (e.isFile()) n += fs.statSync(path.join(e.parentPath, e.name)).size;
  }
  return n;
}

function gitCommit(): string | null {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], {cwd: REPO, encoding: "utf8"}).trim();
  } catch {
    return null;
  }
}
