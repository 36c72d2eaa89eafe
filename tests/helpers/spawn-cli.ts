/**
 * The real `gongkai` launcher as a running child process, for tests that must interrupt it (a kill at a chosen
 * moment) or run two at once. `runCli` in cli.ts waits for the end; this one hands back the process while it runs.
 */
import {spawn, type ChildProcess} from "node:child_process";
import path from "node:path";
import {repoRoot} from "./shared.ts";

export interface RunningCli {
  child: ChildProcess;
  /** Everything written to stderr so far. */
  stderr: () => string;
  /** Resolves when stderr matches `re` (rejects if the process ends first or after `timeoutMs`). */
  waitFor: (re: RegExp, timeoutMs?: number) => Promise<void>;
  /** Exit code (null when killed by a signal) and signal. */
  exited: Promise<{code: number | null; signal: NodeJS.Signals | null}>;
}

export function startCli(args: string[], {cwd}: {cwd: string}): RunningCli {
  const env: NodeJS.ProcessEnv = {...process.env, TZ: "Asia/Shanghai"};
  delete env.GONGKAI_DEBUG;
  const child = spawn(process.execPath, [path.join(repoRoot, "bin", "gongkai.mjs"), ...args], {
    cwd,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let err = "";
  const listeners = new Set<() => void>();
  child.stderr!.setEncoding("utf8");
  child.stderr!.on("data", (chunk: string) => {
    err += chunk;
    for (const l of listeners) l();
  });
  child.stdout!.resume();
  const exited = new Promise<{code: number | null; signal: NodeJS.Signals | null}>((resolve) =>
    child.on("exit", (code, signal) => {
      resolve({code, signal});
      for (const l of listeners) l();
    }),
  );
  const waitFor = (re: RegExp, timeoutMs = 60_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => done(new Error(`timed out waiting for ${re}; stderr:\n${err}`)), timeoutMs);
      const check = () => {
        if (re.test(err)) done();
        else if (child.exitCode !== null || child.signalCode !== null)
          done(new Error(`exited before ${re}; stderr:\n${err}`));
      };
      const done = (e?: Error) => {
        clearTimeout(timer);
        listeners.delete(check);
        if (e) reject(e);
        else resolve();
      };
      listeners.add(check);
      check();
    });
  return {child, stderr: () => err, waitFor, exited};
}
