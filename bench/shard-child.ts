/**
 * Child process of the benchmark for the sharded path, printed as JSON like refresh-child.ts:
 *
 *   tsx bench/shard-child.ts shard <k> <n> <input> <lake> <workers>   # one extraction job → its Parquet lake
 *   tsx bench/shard-child.ts load <db> <exports dir> <lake>…          # the warehouse from every shard
 */
import {loadFromLakes} from "../pipeline/refresh/load-lakes.ts";
import {refreshShard} from "../pipeline/refresh/refresh-shard.ts";

const [mode, ...rest] = process.argv.slice(2);
const started = performance.now();
const done = (extra: object) =>
  process.stdout.write(
    JSON.stringify({wall_ms: Math.round(performance.now() - started), max_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024), ...extra}) + "\n",
  );
if (mode === "shard") {
  const [k, n, input, lake, workers] = rest;
  const r = await refreshShard({shard: {k: Number(k), n: Number(n)}, input, lake, workers: Number(workers), isSynthetic: true});
  done({timing_ms: r.timing_ms, landed: r.landed.length, failed: r.failed.length, facts: r.warehouse.facts_after});
} else if (mode === "load") {
  const [db, exportDir, ...lakes] = rest;
  const r = await loadFromLakes({from: lakes, db, exportDir});
  done({timing_ms: r.timing_ms, facts: r.warehouse.facts, documents: r.warehouse.documents, check_errors: r.check_errors.length});
} else throw new Error(`unknown mode ${mode}`);
