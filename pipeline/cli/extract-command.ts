/** `gongkai extract <files...>`: extract documents without touching the warehouse, print JSON or CSV on stdout. */
import fs from "node:fs";
import type {Command} from "commander";
import {Option} from "commander";
import type {Extraction} from "../types.ts";
import {EXIT_FAILED_FILES, type Io} from "./io.ts";

const EXAMPLES = `
Prints, per file, the document's identity and its facts, changes, reasons and unplaced amounts. Amounts are
decimal strings in 万元; every span [start, end) points into the document's cleaned text. With several files the
JSON is an array. A file that cannot be extracted is named on stderr and the exit code is 3; the others still print.

Examples:
  $ gongkai extract data/raw/四川省/阿坝藏族羌族自治州/2024/阿坝州总工会.txt
  $ gongkai extract --format csv data/raw/**/*.txt > facts.csv`;

export function addExtractCommand(program: Command, io: Io): void {
  program
    .command("extract")
    .description("extract facts from disclosure files and print them (no warehouse needed)")
    .argument("<files...>", "disclosure text files (.txt)")
    .addOption(new Option("--format <format>", "output format").choices(["json", "csv"]).default("json"))
    .addHelpText("after", EXAMPLES)
    .action(async (files: string[], opts: {format: "json" | "csv"}) => {
      // Loaded on use, like the other commands: `--help` should not pay for importing the extractor.
      const {extractFile} = await import("../extract/extract-file.ts");
      const {fitForStore} = await import("../store/unfit-amounts.ts");
      const {loadReference} = await import("../reference/load-reference.ts");
      const {extractionJson, factsCsv} = await import("./extract-output.ts");
      const ref = loadReference();
      const done: Extraction[] = [];
      for (const file of files) {
        let bytes: Uint8Array;
        try {
          bytes = fs.readFileSync(file);
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          io.error(`${file}: ${code === "ENOENT" ? "file not found" : `cannot read (${code ?? (err as Error).message})`}`);
          io.setExitCode(EXIT_FAILED_FILES);
          continue;
        }
        const result = await extractFile(bytes, file, ref, {fit: fitForStore});
        if (result.ok) done.push(result.extraction);
        else {
          io.error(`${file}: ${result.reason}`);
          io.setExitCode(EXIT_FAILED_FILES);
        }
      }
      if (opts.format === "csv") return io.out(factsCsv(done));
      const {findingsFor} = await import("../models/findings-for.ts");
      const findings = await findingsFor(done);
      const json = (ex: Extraction) => extractionJson(ex, findings.get(ex.document.doc_id));
      // One file in, one object out; a list of files always gives an array, even when some failed.
      if (files.length === 1) {
        if (done.length) io.out(JSON.stringify(json(done[0]), null, 2));
      } else io.out(JSON.stringify(done.map(json), null, 2));
    });
}
