/** `gongkai synth`: write a seeded synthetic corpus with its ground-truth manifest; `--check` scores the checks on it. */
import type {Command} from "commander";
import {DEFAULTS} from "../refresh/defaults.ts";
import {TEMPLATES, type Template} from "../synth/template.ts";
import type {Io} from "./io.ts";

const HELP = `
Writes budget disclosures (部门预算, and with --templates 部门决算) of 阿坝州总工会 and the 13 county union
federations of 阿坝州 to
<out>/四川省/阿坝藏族羌族自治州/<year>/<unit>.txt, each with a <unit>.meta.json sidecar ({"synthetic": true, …}),
and <out>/synthetic-manifest.json: every fact and change each document states, and the anomalies injected.
Each document is written in one of the --templates, drawn per document: seed (the real 2024 document's wording),
jiangsu (江苏 省级部门预算), shanghai_budget (上海 区级部门预算), shanghai_final (上海 部门决算: 年初预算数/决算数);
the manifest records which. The same --seed gives byte-identical files. The real 2024 document of 阿坝州总工会 is never generated or touched;
files an earlier run generated are replaced.

--check reads the manifest and the findings of the last refresh and prints precision and recall per anomaly rule.

Examples:
  $ gongkai synth                                 # 83 documents into data/raw, ~15% with one anomaly
  $ gongkai synth --clean --units 3 --years 2022-2025 --out /tmp/synth
  $ gongkai synth --templates all --anomaly-rate 0.5 --out /tmp/synth
  $ gongkai synth && gongkai refresh && gongkai synth --check`;

interface Opts {
  out: string;
  seed: string;
  units: string;
  years: string;
  anomalyRate: string;
  templates: string;
  clean?: boolean;
  check?: boolean;
  db: string;
}

export function addSynthCommand(program: Command, io: Io): void {
  program
    .command("synth")
    .description("generate a seeded synthetic corpus with a ground-truth manifest")
    .option("--out <dir>", "corpus folder", DEFAULTS.input)
    .option("--seed <n>", "random seed", "2024")
    .option("--units <all|N>", "all 14 units, or the first N (阿坝州总工会 first)", "all")
    .option("--years <from-to>", "fiscal years", "2020-2025")
    .option("--anomaly-rate <r>", "share of documents given one anomaly", "0.15")
    .option("--clean", "no anomalies (same as --anomaly-rate 0)")
    .option("--templates <list|all>", "templates drawn from, comma-separated (seed, jiangsu, shanghai_budget, shanghai_final) or all", "seed")
    .option("--check", "score the last refresh's findings against the manifest instead of generating")
    .option("--db <file>", "warehouse to read findings from (with --check)", DEFAULTS.db)
    .addHelpText("after", HELP)
    .action(async (opts: Opts) => {
      if (opts.check) return check(opts, io);
      const {generateCorpus} = await import("../synth/corpus.ts");
      const {writeCorpus} = await import("../synth/write-corpus.ts");
      const started = performance.now();
      const options = parseOptions(opts);
      const {docs, manifest} = generateCorpus(options);
      const r = writeCorpus(opts.out, docs, manifest);
      const anomalous = docs.filter((d) => d.entry.anomalies.length).length;
      io.log(`合成 ${r.written} 份 · 异常 ${anomalous} · 替换旧文件 ${r.removed}`);
      io.log(`synthesised ${r.written} documents (${anomalous} with an anomaly, ${r.removed} earlier ones replaced) in ${Math.round(performance.now() - started)} ms`);
      io.log(`manifest ${r.manifestPath}`);
    });
}

export function parseOptions(o: Opts) {
  const seed = Number(o.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${o.seed}`);
  const units = o.units === "all" ? ("all" as const) : Number(o.units);
  if (units !== "all" && !(Number.isInteger(units) && units >= 1 && units <= 14)) throw new Error(`--units must be "all" or 1–14, got ${o.units}`);
  const m = /^(20\d\d)(?:-(20\d\d))?$/.exec(o.years);
  if (!m) throw new Error(`--years must look like 2020-2025, got ${o.years}`);
  const years: [number, number] = [Number(m[1]), Number(m[2] ?? m[1])];
  if (years[0] < 2020 || years[1] > 2025 || years[0] > years[1]) throw new Error(`--years must lie within 2020-2025, got ${o.years}`);
  const anomalyRate = o.clean ? 0 : Number(o.anomalyRate);
  if (!(anomalyRate >= 0 && anomalyRate <= 1)) throw new Error(`--anomaly-rate must be between 0 and 1, got ${o.anomalyRate}`);
  const templates = o.templates === "all" ? TEMPLATES : (o.templates ?? "seed").split(",").map((t) => t.trim());
  const unknown = templates.filter((t) => !(TEMPLATES as string[]).includes(t));
  if (!templates.length || unknown.length) throw new Error(`--templates must name ${TEMPLATES.join(", ")} or all, got ${o.templates}`);
  return {seed, units, years, anomalyRate, templates: templates as Template[]};
}

async function check(opts: Opts, io: Io): Promise<void> {
  const fs = await import("node:fs");
  const path = await import("node:path");
  const {MANIFEST_NAME} = await import("../synth/write-corpus.ts");
  const {scoreFindings} = await import("../synth/score.ts");
  const {queryRows} = await import("../store/query.ts");
  const file = path.join(opts.out, MANIFEST_NAME);
  if (!fs.existsSync(file)) throw new Error(`no manifest at ${file} (run \`gongkai synth\` first)`);
  const manifest = JSON.parse(fs.readFileSync(file, "utf8"));
  const tables = await queryRows(opts.db, "select table_name from information_schema.tables where table_name = 'findings'");
  if (!tables.rows.length) return io.log("checks not yet available: the warehouse has no findings table (run `gongkai refresh`)");
  // Only failures are claims of an error; insufficient_data says a check could not look.
  const r = await queryRows(opts.db, "select rule_id, doc_id, key from findings where status = 'fail'");
  const findings = r.rows.map(([rule_id, doc_id, key]) => ({rule_id: String(rule_id), doc_id: doc_id as string | null, key: key as string | null}));
  const scores = scoreFindings(manifest, findings);
  const pct = (x: number | null) => (x === null ? "  —  " : `${(x * 100).toFixed(1)}%`.padStart(6));
  io.out(["rule                     tp   fp   fn  precision  recall", ...Object.entries(scores).map(([rule, s]) => `${rule.padEnd(24)} ${String(s.tp).padStart(3)}  ${String(s.fp).padStart(3)}  ${String(s.fn).padStart(3)}  ${pct(s.precision)}     ${pct(s.recall)}`)].join("\n"));
}
