/**
 * One refresh per warehouse at a time: `<db>.lock` holds the pid, host and start time of the refresh that owns it.
 * The file is written complete under a temp name and hard-linked into place, so it appears atomically (link(2) fails
 * with EEXIST like O_EXCL) and a reader never sees half a lock. A lock whose process is gone is taken over.
 */
import fs from "node:fs";
import os from "node:os";
import {pidAlive, tempPathFor} from "../lib/atomic.ts";

export interface LockHolder {
  pid: number;
  host: string;
  /** ISO time the holder started its refresh. */
  started: string;
  /** Kernel start time of the holder's process (Linux), so a recycled pid is not mistaken for the holder. */
  proc_start?: string;
}

/** Another refresh holds the lock: the CLI turns this into a message and exit code 4. */
export class LockedError extends Error {
  constructor(
    readonly lockPath: string,
    readonly holder: LockHolder | null,
  ) {
    const who = holder ? `pid ${holder.pid} on ${holder.host}, started ${holder.started}` : "unknown process";
    super(`another refresh is running (${who}); lock ${lockPath}. Wait for it, or run with --wait`);
  }
}

export interface Lock {
  path: string;
  release: () => void;
}

export const lockPathFor = (dbPath: string) => `${dbPath}.lock`;

/** Takes the lock or throws LockedError; with `waitMs`, polls until it is free or the time is up. */
export async function acquireLock(
  lockPath: string,
  {waitMs = 0, pollMs = 200, onWait}: {waitMs?: number; pollMs?: number; onWait?: (h: LockHolder | null) => void} = {},
): Promise<Lock> {
  const deadline = Date.now() + waitMs;
  let told = false;
  for (;;) {
    const holder = tryLock(lockPath);
    if (holder === "ours") return {path: lockPath, release: () => releaseLock(lockPath)};
    if (Date.now() >= deadline) throw new LockedError(lockPath, holder);
    if (!told) onWait?.(holder);
    told = true;
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

/** "ours" when taken, else who holds it (null when the file vanished or cannot be read). */
function tryLock(lockPath: string): "ours" | LockHolder | null {
  const me: LockHolder = {
    pid: process.pid,
    host: os.hostname(),
    started: new Date().toISOString(),
    proc_start: procStart(process.pid),
  };
  const tmp = tempPathFor(lockPath);
  fs.writeFileSync(tmp, JSON.stringify(me) + "\n");
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        fs.linkSync(tmp, lockPath);
        return "ours";
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      }
      const holder = readHolder(lockPath);
      if (holder === null || isAlive(holder)) return holder;
      takeOver(lockPath, holder);
    }
    return readHolder(lockPath);
  } finally {
    fs.rmSync(tmp, {force: true});
  }
}

/**
 * Moves a dead holder's lock aside. Two processes may both see it dead: the rename lets only one move it, and if
 * what we moved turns out to be a live process's fresh lock, it is linked straight back.
 */
function takeOver(lockPath: string, stale: LockHolder): void {
  const aside = tempPathFor(lockPath, "stale");
  try {
    fs.renameSync(lockPath, aside);
  } catch {
    return; // someone else moved it first
  }
  const moved = readHolder(aside);
  if (moved && (moved.pid !== stale.pid || moved.started !== stale.started)) {
    try {
      fs.linkSync(aside, lockPath);
    } catch {
      // The path was taken again meanwhile; the live holder we moved keeps running and releases by pid check.
    }
  }
  fs.rmSync(aside, {force: true});
}

export function readHolder(lockPath: string): LockHolder | null {
  try {
    return JSON.parse(fs.readFileSync(lockPath, "utf8")) as LockHolder;
  } catch {
    return null;
  }
}

/** A lock from another host cannot be checked from here: it counts as live. */
function isAlive(h: LockHolder): boolean {
  if (h.host !== os.hostname()) return true;
  if (!pidAlive(h.pid)) return false;
  const now = procStart(h.pid);
  return !(h.proc_start && now && now !== h.proc_start);
}

/** Releases only a lock that is still ours (a takeover by a wrongly-judged peer must not be undone by us). */
function releaseLock(lockPath: string): void {
  const h = readHolder(lockPath);
  if (h && h.pid === process.pid && h.host === os.hostname()) fs.rmSync(lockPath, {force: true});
}

/** Field 22 of /proc/<pid>/stat (start time in clock ticks since boot); undefined off Linux. */
function procStart(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may contain spaces and parentheses: count fields after its closing ")".
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}
