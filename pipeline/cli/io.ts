/**
 * The CLI's effects, passed into each command: data goes to stdout, messages to stderr, and the exit code is set
 * (never `process.exit`) so buffered output is flushed before Node ends.
 */

import {printable} from "../lib/printable.ts";

/** Some input files did not land or extract, or a check could not run; everything else landed. */
export const EXIT_FAILED_FILES = 3;

/** Another refresh or load of the same warehouse is running (its lock file is held by a live process). */
export const EXIT_LOCKED = 4;

/** The warehouse was swapped in (it changed), but writing the exports failed: they are the previous set. */
export const EXIT_EXPORT_FAILED = 5;

export interface Io {
  /** One block of data on stdout (a newline is added). */
  out(text: string): void;
  /** A message line on stderr, prefixed `gongkai: `. */
  error(message: string): void;
  /** A plain progress/summary line on stderr. */
  log(line: string): void;
  setExitCode(code: number): void;
}

export const processIo: Io = {
  out: (text) => void process.stdout.write(text.endsWith("\n") ? text : text + "\n"),
  // A message may quote a file name: escaped, a newline in it cannot print a line of its own.
  error: (message) => void process.stderr.write(`gongkai: ${printable(message)}\n`),
  log: (line) => void process.stderr.write(line + "\n"),
  // The worst code wins: a later success must not hide an earlier failure.
  setExitCode: (code) => void (process.exitCode = Math.max(Number(process.exitCode ?? 0), code)),
};
