/** `gongkai refresh`: rebuild the warehouse from every file under the input folder. */
import type {Command} from "commander";
import {DEFAULTS} from "../refresh/defaults.ts";
import {EXIT_FAILED_FILES, type Io} from "./io.ts";

const HELP = `
Reads every file under --input (sidecars *.json, README.md and hidden files are skipped), extracts each .txt,
writes Arrow files to <build-dir>/arrow and builds the DuckDB warehouse at --db, replacing it only when the new
one is complete. <build-dir>/run-report.json lists what landed and why anything did not.

Exit codes: 0 every file landed · 3 some files failed (the rest landed) · 1 the run itself failed.

Examples:
  $ gongkai refresh
  $ gongkai refresh --input ~/downloads/2024 --db /tmp/test.duckdb --build-dir /tmp/build`;

export function addRefreshCommand(program: Command, io: Io): void {
  program
    .command("refresh")
    .description("extract every disclosure under the input folder and rebuild the warehouse")
    .option("--input <dir>", "folder of raw disclosures", DEFAULTS.input)
    .option("--db <file>", "warehouse file to build", DEFAULTS.db)
    .option("--build-dir <dir>", "folder for Arrow files and run-report.json", DEFAULTS.buildDir)
    .addHelpText("after", HELP)
    .action(async (opts: {input: string; db: string; buildDir: string}) => {
      // Loaded on use: DuckDB and the extractor take most of a second to import, which `--help` should not pay.
      const {refresh} = await import("../refresh/refresh.ts");
      const report = await refresh({input: opts.input, db: opts.db, buildDir: opts.buildDir, log: io.log});
      if (report.failed.length) io.setExitCode(EXIT_FAILED_FILES);
    });
}
