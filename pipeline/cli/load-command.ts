/** `gongkai load --from DIR…`: build the warehouse from the shard lakes written by `refresh --shard K/N`. */
import {Option, type Command} from "commander";
import {DEFAULTS} from "../refresh/defaults.ts";
import type {Io} from "./io.ts";
import {landWarehouse, waitMs} from "./land-warehouse.ts";

const HELP = `
Reads the Parquet lakes of every shard of one cut (the folders \`gongkai refresh --shard K/N --lake DIR\` wrote,
each with its shard.json) and builds the warehouse from their union, as a refresh would from the same input: the
tables, then the SQL models and checks inside the new warehouse, which is built aside and swapped in whole; then
the exports. The result equals an unsharded refresh of the same files (a test holds the two to the same bytes).

Refused before anything is built: a folder that is no shard output, shards of different cuts (1/2 beside 1/3), the
same shard twice, a missing shard, shards extracted by different code. The same content at two paths in two shards
lands once, under the first path; the other is reported as a duplicate, as a refresh reports it.

On a batch scheduler, N extraction jobs and one load:
  for k in 1..N:  gongkai refresh --input /data/raw --shard k/N --lake /lake/shard-k
  then:           gongkai load --from /lake/shard-* --db /data/warehouse.duckdb

Exit codes: 0 every file landed · 3 some files failed in a shard, a duplicate was dropped or a check could not
run · 4 another run holds the warehouse's lock · 5 the warehouse was updated but the exports failed · 1 the load
itself failed (the previous warehouse is untouched).

Examples:
  $ gongkai load --from data/lake/shard-1-of-2 data/lake/shard-2-of-2
  $ gongkai load --from lake/* --db /tmp/national.duckdb --no-export`;

interface Opts {
  from: string[];
  db: string;
  buildDir?: string;
  exportDir: string;
  export: boolean;
  format: string;
  wait?: string | true;
}

export function addLoadCommand(program: Command, io: Io): void {
  program
    .command("load")
    .description("build the warehouse from the Parquet lakes of every shard (refresh --shard K/N)")
    .requiredOption("--from <dirs...>", "the shard lakes, one folder per shard")
    .option("--db <file>", "warehouse file to build", DEFAULTS.db)
    .option("--build-dir <dir>", "folder for load-report.json and the manifest copy (default as for refresh)")
    .option("--export-dir <dir>", "folder for the CSV and Parquet exports", DEFAULTS.exports)
    .option("--no-export", "skip the exports")
    .option("--format <list>", "export formats, comma-separated", "csv,parquet")
    .addOption(new Option("--wait [seconds]", "wait for a running refresh or load of the warehouse to finish"))
    .addHelpText("after", HELP)
    .action(async (opts: Opts) => {
      const {loadFromLakes} = await import("../refresh/load-lakes.ts");
      const {parseFormats} = await import("./export-command.ts");
      await landWarehouse(io, () =>
        loadFromLakes({
          from: opts.from,
          db: opts.db,
          buildDir: opts.buildDir,
          exportDir: opts.export ? opts.exportDir : undefined,
          exportFormats: parseFormats(opts.format),
          waitMs: waitMs(opts.wait),
          log: io.log,
        }),
      );
    });
}
