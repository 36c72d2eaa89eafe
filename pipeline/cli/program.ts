/**
 * The `gongkai` program: every command and its options, declared in one place. Each command lives in its own module
 * and receives its effects (`Io`) from here, so tests can run a command without a child process.
 */
import {Command} from "commander";
import {addCheckCommand} from "./check-command.ts";
import {addExportCommand} from "./export-command.ts";
import {addExtractCommand} from "./extract-command.ts";
import {addLoadCommand} from "./load-command.ts";
import {processIo, type Io} from "./io.ts";
import {addQueryCommand} from "./query-command.ts";
import {addRefreshCommand} from "./refresh-command.ts";
import {addSynthCommand} from "./synth-command.ts";

const HELP = `
Examples:
  $ gongkai refresh                 # data/raw → data/warehouse.duckdb
  $ gongkai refresh --shard 1/4      # one of four extraction jobs → data/lake/shard-1-of-4 (Parquet)
  $ gongkai load --from data/lake/shard-*-of-4   # the warehouse from every shard
  $ gongkai query "select count(*) from facts"
  $ gongkai extract some-disclosure.txt
  $ gongkai check --severity warning
  $ gongkai export                  # data/warehouse.duckdb → data/exports (CSV, Parquet)
  $ gongkai synth                   # a seeded synthetic corpus with its ground truth

Run \`gongkai <command> --help\` for a command's options and examples.
Set GONGKAI_DEBUG=1 to see stack traces.`;

export function buildProgram(io: Io = processIo): Command {
  const program = new Command("gongkai")
    .description(
      "公开 gongkai — turn Chinese government budget disclosures (预算/决算公开) into exact, traceable data",
    )
    .showHelpAfterError("(run with --help for usage)")
    // commander's own errors (unknown option, missing argument) get the same prefix as ours.
    .configureOutput({outputError: (str, write) => write(str.replace(/^error: /, "gongkai: "))})
    .addHelpText("after", HELP);
  addExtractCommand(program, io);
  addRefreshCommand(program, io);
  addLoadCommand(program, io);
  addSynthCommand(program, io);
  addQueryCommand(program, io, readStdin);
  addCheckCommand(program, io);
  addExportCommand(program, io);
  return program;
}

async function readStdin(): Promise<string> {
  // An interactive terminal would wait forever for input nobody knows is expected.
  if (process.stdin.isTTY) return "";
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
