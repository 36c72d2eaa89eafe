/** `gongkai refresh`: bring the warehouse up to date with every file under the input folder. */
import {Option, type Command} from "commander";
import {DEFAULTS} from "../refresh/defaults.ts";
import type {Io} from "./io.ts";
import {landWarehouse, waitMs} from "./land-warehouse.ts";

const HELP = `
Reads every file under --input (sidecars *.json, README.md and hidden files are skipped). A manifest of content
hashes, kept inside the warehouse (table document_versions; a copy in <build-dir>/manifest.json restores the
version history if the warehouse is deleted), decides what to do with each file:
  unchanged   its cached extraction (<build-dir>/extractions) is reused: no extraction work
  added       a new path: extracted, version 1
  changed     new content at a known path (a republished disclosure): extracted as version 2, 3 …; the old
              versions keep their facts, and the \`revisions\` model lists what changed
  removed     the file is gone: its document and all its versions leave the warehouse
  failed      cannot be read or understood: reported with the reason; a known document keeps its previous versions
Arrow files go to <build-dir>/arrow; the DuckDB warehouse at --db is built aside and replaced only when complete,
so a crash or kill at any moment leaves the previous one intact. Then the exports (CSV and Parquet, byte-identical
for the same inputs) are written to --export-dir, and <build-dir>/run-report.json says what happened.

Only one refresh of a warehouse runs at a time (lock file <db>.lock); a lock left by a dead process is taken over.

Exit codes: 0 every file landed · 3 some files failed or a check could not run (every other file landed; the run
report names them) · 4 another refresh is running (nothing was changed; retry, or use --wait) · 5 the warehouse was
updated but the exports failed (the previous exports stay; run-report.json says why) · 1 the run itself failed (the
previous warehouse is untouched).

The build folder belongs to one warehouse (<build-dir>/owner.json): by default data/build for data/warehouse.duckdb
and <db>.build for any other --db; a refresh of another warehouse refuses it. Files larger than --max-file-mb or
taking longer than --timeout seconds to extract fail with too_large / timeout; the others land.

Sharded (extraction as N independent jobs, e.g. on a batch scheduler): --shard K/N reads only the files whose
relative path hashes to shard K of N (the same files on every machine, whatever order they are listed in), extracts
them and writes a Hive-partitioned Parquet dataset to --lake (default data/lake/shard-K-of-N):
<lake>/<table>/fiscal_year=…/region=…/data_0.parquet with exact DECIMAL columns, and <lake>/shard.json. No
warehouse, models, checks or exports: \`gongkai load --from\` builds them from every shard. The shard's build
folder (default <lake>.build) keeps its extraction cache and version history.

Examples:
  $ gongkai refresh
  $ gongkai refresh --shard 3/8 --lake lake/3    # one of eight jobs; then: gongkai load --from lake/*
  $ gongkai refresh --wait 600          # in cron: queue behind a running refresh for up to 10 minutes
  $ gongkai refresh --input ~/downloads/2024 --db /tmp/test.duckdb --build-dir /tmp/build --no-export`;

interface Opts {
  input: string;
  db: string;
  buildDir?: string;
  exportDir: string;
  export: boolean;
  format: string;
  wait?: string | true;
  maxFileMb: string;
  timeout: string;
  workers?: string;
  shard?: string;
  lake?: string;
}

export function addRefreshCommand(program: Command, io: Io): void {
  program
    .command("refresh")
    .description("bring the warehouse up to date with every disclosure under the input folder")
    .option("--input <dir>", "folder of raw disclosures", DEFAULTS.input)
    .option("--db <file>", "warehouse file to build", DEFAULTS.db)
    .option("--build-dir <dir>", "folder for Arrow files, extraction caches and run-report.json (default: data/build for the default --db, else <db>.build)")
    .option("--export-dir <dir>", "folder for the CSV and Parquet exports", DEFAULTS.exports)
    .option("--no-export", "skip the exports")
    .option("--format <list>", "export formats, comma-separated", "csv,parquet")
    .option("--max-file-mb <mb>", "a larger input file fails with too_large, unread", "50")
    .option("--timeout <seconds>", "one file's extraction taking longer fails with timeout", "60")
    .option("--workers <n>", "extraction worker threads (default: the machine's available parallelism)")
    .option("--shard <K/N>", "extract only shard K of N of the input into a Parquet lake (see below)")
    .option("--lake <dir>", "with --shard: folder of the shard's Parquet lake (default: data/lake/shard-K-of-N)")
    .addOption(new Option("--wait [seconds]", "wait for a running refresh to finish (default: without limit)"))
    .addHelpText("after", HELP)
    .action(async (opts: Opts) => {
      // Loaded on use: DuckDB and the extractor take most of a second to import, which `--help` should not pay.
      const {refresh} = await import("../refresh/refresh.ts");
      const {barProgress} = await import("../refresh/progress.ts");
      const {parseFormats} = await import("./export-command.ts");
      // A bad shard spec is refused before anything is read or locked.
      const {parseShard} = await import("../refresh/shard.ts");
      const shard = opts.shard === undefined ? undefined : parseShard(opts.shard);
      const common = {
        input: opts.input,
        waitMs: waitMs(opts.wait),
        maxFileMb: positive("--max-file-mb", opts.maxFileMb),
        timeoutS: positive("--timeout", opts.timeout),
        workers: opts.workers === undefined ? undefined : Math.max(1, Math.floor(positive("--workers", opts.workers))),
        log: io.log,
        // A bar on a terminal; plain per-file lines in CI logs and pipes.
        progress: process.stderr.isTTY ? barProgress(process.stderr) : undefined,
      };
      if (opts.lake !== undefined && opts.shard === undefined) throw new Error("--lake: only with --shard K/N");
      await landWarehouse(io, async () => {
        if (shard) {
          const {refreshShard} = await import("../refresh/refresh-shard.ts");
          return refreshShard({...common, shard, lake: opts.lake, buildDir: opts.buildDir});
        }
        return refresh({
          ...common,
          db: opts.db,
          buildDir: opts.buildDir,
          exportDir: opts.export ? opts.exportDir : undefined,
          exportFormats: parseFormats(opts.format),
        });
      });
    });
}

function positive(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${flag}: not a positive number: ${value}`);
  return n;
}
