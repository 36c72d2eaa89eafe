/**
 * Runs the real `gongkai` launcher (bin/gongkai.mjs → tsx → pipeline/cli/main.ts) as a child process, the way a
 * user would, so exit codes, stdout/stderr separation and argument parsing are all covered.
 */
import {spawnSync} from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {repoRoot} from "./shared.ts";

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export const SEED_NAME = "000_0c50aaeac2231ab5.txt";

export function runCli(args: string[], {cwd, input}: {cwd: string; input?: string}): CliResult {
  // Without GONGKAI_DEBUG, whatever the developer's shell says: the tests check the output users see.
  const env: NodeJS.ProcessEnv = {...process.env, TZ: "Asia/Shanghai"};
  delete env.GONGKAI_DEBUG;
  const r = spawnSync(process.execPath, [path.join(repoRoot, "bin", "gongkai.mjs"), ...args], {
    cwd,
    input,
    env,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return {status: r.status, stdout: r.stdout, stderr: r.stderr};
}

export function tempDir(prefix = "gongkai-cli-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Deterministic "random" bytes (an LCG), so a failure is reproducible byte for byte. */
export function pseudoRandomBytes(n: number, seed = 42): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}
