/**
 * Entry point of the `gongkai` command line: runs the program and turns any error into `gongkai: <message>` on
 * stderr and a non-zero exit code. Stack traces only with GONGKAI_DEBUG=1: users need the message, not our internals.
 */
import {processIo, type Io} from "./io.ts";
import {buildProgram} from "./program.ts";

export async function main(argv = process.argv, io: Io = processIo): Promise<void> {
  try {
    await buildProgram(io).parseAsync(argv);
  } catch (err) {
    io.error(err instanceof Error ? err.message : String(err));
    if (process.env.GONGKAI_DEBUG === "1" && err instanceof Error && err.stack) io.log(err.stack);
    io.setExitCode(1);
  }
}

// `gongkai query … | head` closes the pipe early: that is the reader's choice, not an error worth a stack trace.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});

await main();
