/** `gongkai export`: the warehouse's tables and marts as deterministic CSV and Parquet files. */
import type {Command} from "commander";
import {DEFAULTS} from "../refresh/defaults.ts";
import type {ExportFormat} from "../store/exports.ts";
import type {Io} from "./io.ts";

const HELP = `
Writes facts, changes, reasons, findings, document_versions and the marts (fct_unit_year, yoy_change,
change_waterfall, line_change_explained, implied_prior, peers, trends, composition_function, composition_economic, revisions) to
--out, one file per table and format. Rows are sorted by every column, so the same warehouse contents always give
byte-identical files. The files are written to a temp folder and renamed into place together. \`gongkai refresh\`
runs this at its end.

Examples:
  $ gongkai export
  $ gongkai export --db /tmp/test.duckdb --out /tmp/exports --format parquet`;

/** "csv,parquet" → ["csv", "parquet"]; anything else is a usage error naming the bad format. */
export function parseFormats(list: string): ExportFormat[] {
  const formats = [
    ...new Set(
      list
        .split(",")
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  const bad = formats.filter((f) => f !== "csv" && f !== "parquet");
  if (bad.length || formats.length === 0)
    throw new Error(`--format: expected csv and/or parquet, got ${JSON.stringify(list)}`);
  return formats as ExportFormat[];
}

export function addExportCommand(program: Command, io: Io): void {
  program
    .command("export")
    .description("write the warehouse's tables and marts as CSV and Parquet")
    .option("--db <file>", "warehouse to read", DEFAULTS.db)
    .option("--out <dir>", "folder to write", DEFAULTS.exports)
    .option("--format <list>", "formats, comma-separated", "csv,parquet")
    .addHelpText("after", HELP)
    .action(async (opts: {db: string; out: string; format: string}) => {
      const formats = parseFormats(opts.format);
      const {exportWarehouse} = await import("../store/exports.ts");
      const files = await exportWarehouse({db: opts.db, out: opts.out, formats});
      io.log(`exported ${files.length} files to ${opts.out}`);
    });
}
