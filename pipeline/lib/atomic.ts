/**
 * Crash-safe file replacement: write beside the target, fsync, then rename. rename(2) within one filesystem is
 * atomic, so a reader (or a crash) only ever sees the old file or the complete new one.
 */
import fs from "node:fs";
import path from "node:path";

/** A temp name next to `final` (same directory, so the same filesystem) that no other writer will pick. */
export function tempPathFor(final: string, tag = "tmp"): string {
  return `${final}.${tag}-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
}

export function writeFileAtomic(final: string, data: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(final), {recursive: true});
  const tmp = tempPathFor(final);
  try {
    const fd = fs.openSync(tmp, "w");
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    replaceAtomic(tmp, final);
  } catch (err) {
    fs.rmSync(tmp, {force: true});
    throw err;
  }
}

/** Moves a finished `tmp` over `final`, then syncs the directory so the rename itself survives a power cut. */
export function replaceAtomic(tmp: string, final: string): void {
  fs.renameSync(tmp, final);
  syncDir(path.dirname(final));
}

function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, "r");
    fs.fsyncSync(fd);
  } catch {
    // Some platforms/filesystems cannot fsync a directory; the rename is still atomic, only less durable.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** True when a process with this pid exists (EPERM means it exists but belongs to someone else). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes leftovers named `<base><marker><pid>…` in `base`'s directory whose writer is gone (crashed builds).
 * Files of live processes are left alone: they may be a concurrent build.
 */
export function removeStale(base: string, marker: string): string[] {
  const dir = path.dirname(base);
  const prefix = path.basename(base) + marker;
  if (!fs.existsSync(dir)) return [];
  const removed: string[] = [];
  for (const name of fs.readdirSync(dir)) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(/^\d+/.exec(name.slice(prefix.length))?.[0]);
    if (Number.isInteger(pid) && pid !== process.pid && pidAlive(pid)) continue;
    fs.rmSync(path.join(dir, name), {force: true, recursive: true});
    removed.push(name);
  }
  return removed;
}
