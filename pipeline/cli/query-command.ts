/** `gongkai query [sql]`: read-only SQL against the warehouse. */
import type {Command} from "commander";
import {Option} from "commander";
import {DEFAULTS} from "../refresh/defaults.ts";
import type {QueryFormat} from "../store/query.ts";
import type {Io} from "./io.ts";

const HELP = `
Runs one SQL statement against the warehouse, opened read-only. Only a single SELECT (or FROM, WITH, DESCRIBE,
SUMMARIZE, SHOW, EXPLAIN) is accepted: COPY, EXPORT, ATTACH, SET, CHECKPOINT, INSERT … and a second statement are
refused before anything runs, and no file or other database can be read or written. --allow-files lets the SELECT
read local files (read_csv, read_parquet); writing stays refused. CSV output prefixes text cells that start with
= + - @ (a spreadsheet formula) with ' . Without [sql] the statement is read from stdin. Amounts are exact decimals (DECIMAL in DuckDB, strings in JSON).
Tables: documents, sections, mentions, facts, changes, reasons, unplaced, conflicts, and ref_* reference tables.

Examples:
  $ gongkai query "select key, label, amount from facts where key = 'income.total'"
  $ gongkai query --format csv "select * from facts" > facts.csv
  $ echo "select count(*) from documents" | gongkai query --db /tmp/test.duckdb`;

export function addQueryCommand(program: Command, io: Io, readStdin: () => Promise<string>): void {
  program
    .command("query")
    .description("run read-only SQL against the warehouse")
    .argument("[sql]", "SQL statement (default: read from stdin)")
    .option("--db <file>", "warehouse file to read", DEFAULTS.db)
    .addOption(new Option("--format <format>", "output format").choices(["table", "csv", "json"]).default("table"))
    .option("--allow-files", "let the SELECT read local files (read_csv, read_parquet …)", false)
    .addHelpText("after", HELP)
    .action(async (sql: string | undefined, opts: {db: string; format: QueryFormat; allowFiles: boolean}) => {
      const text = (sql ?? (await readStdin())).trim();
      if (!text) throw new Error("no SQL given: pass it as an argument or on stdin");
      const {runQuery} = await import("../store/query.ts");
      io.out(await runQuery(opts.db, text, {format: opts.format, allowFiles: opts.allowFiles}));
    });
}
