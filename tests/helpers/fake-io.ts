/** An `Io` that records instead of printing, for running CLI commands in-process. */
import type {Io} from "../../pipeline/cli/io.ts";

export interface FakeIo extends Io {
  stdout: string[];
  stderr: string[];
  exitCode: number;
}

export function fakeIo(): FakeIo {
  const io: FakeIo = {
    stdout: [],
    stderr: [],
    exitCode: 0,
    out: (text) => void io.stdout.push(text),
    error: (message) => void io.stderr.push(`gongkai: ${message}`),
    log: (line) => void io.stderr.push(line),
    setExitCode: (code) => void (io.exitCode = Math.max(io.exitCode, code)),
  };
  return io;
}
