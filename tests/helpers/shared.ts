/**
 * Paths into the shared fixtures folder (`../shared` beside the repo): seed documents, real disclosures, gold facts.
 * It is not part of the repo, so tests that read it skip when it is absent.
 */
import {existsSync} from "node:fs";
import {dirname, resolve} from "node:path";
import {fileURLToPath} from "node:url";

/** The repo root: two levels up from tests/helpers. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Absolute path of a file under `../shared`. */
export function sharedPath(...parts: string[]): string {
  return resolve(repoRoot, "..", "shared", ...parts);
}

/** True when `../shared` exists; use with `describe.skipIf(!hasShared)` and the message in `sharedSkipReason`. */
export const hasShared = existsSync(sharedPath());

export const sharedSkipReason = "../shared is absent";
