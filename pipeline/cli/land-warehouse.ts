/**
 * What `refresh` and `load` share once their options are read: the wait for another run's lock and the exit code
 * their report means. One place, so the two commands cannot come to say different things about the same outcome.
 */
import {EXIT_EXPORT_FAILED, EXIT_FAILED_FILES, EXIT_LOCKED, type Io} from "./io.ts";

/** What a run that lands a warehouse reports about itself, as far as its exit code goes. */
export interface LandedReport {
  failed: readonly unknown[];
  check_errors?: readonly unknown[];
  exports_error?: string | null;
}

/**
 * Runs `run` and sets the exit code from its report: 3 when a file failed or a check could not run, 5 when the
 * warehouse was swapped in but the exports failed, 4 when another run holds the warehouse's lock.
 */
export async function landWarehouse(io: Io, run: () => Promise<LandedReport>): Promise<void> {
  // Loaded on use, as the commands load their stages: `--help` should not pay for it.
  const {LockedError} = await import("../refresh/lock.ts");
  try {
    const report = await run();
    if (report.failed.length || report.check_errors?.length) io.setExitCode(EXIT_FAILED_FILES);
    if (report.exports_error) {
      io.error(`the warehouse was updated, but the exports failed: ${report.exports_error}`);
      io.setExitCode(EXIT_EXPORT_FAILED);
    }
  } catch (err) {
    if (!(err instanceof LockedError)) throw err;
    io.error(err.message);
    io.setExitCode(EXIT_LOCKED);
  }
}

/** `--wait [seconds]` as milliseconds: absent → no wait, given without a value → no limit. */
export function waitMs(wait: string | true | undefined): number {
  if (wait === undefined) return 0;
  if (wait === true) return Number.POSITIVE_INFINITY;
  const s = Number(wait);
  if (!Number.isFinite(s) || s < 0) throw new Error(`--wait: not a number of seconds: ${wait}`);
  return s * 1000;
}
