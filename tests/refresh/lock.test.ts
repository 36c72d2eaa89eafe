import {spawnSync} from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {acquireLock, LockedError, readHolder} from "../../pipeline/refresh/lock.ts";
import {tempDir} from "../helpers/cli.ts";

describe("refresh lock", () => {
  const dir = tempDir("gongkai-lock-");
  afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));
  const lockPath = path.join(dir, "wh.duckdb.lock");

  it("is held by one owner at a time and says who holds it", async () => {
    const lock = await acquireLock(lockPath);
    expect(readHolder(lockPath)).toMatchObject({pid: process.pid, host: os.hostname()});
    const err = await acquireLock(lockPath).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LockedError);
    expect((err as LockedError).holder?.pid).toBe(process.pid);
    lock.release();
    expect(fs.existsSync(lockPath)).toBe(false);
    (await acquireLock(lockPath)).release();
  });

  it("takes over a lock whose process is gone", async () => {
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid!;
    fs.writeFileSync(lockPath, JSON.stringify({pid: dead, host: os.hostname(), started: "2024-01-01T00:00:00.000Z"}));
    const lock = await acquireLock(lockPath);
    expect(readHolder(lockPath)?.pid).toBe(process.pid);
    lock.release();
  });

  it("does not mistake a recycled pid for the holder", async () => {
    // Our own pid, but a process start time that is not ours: the holder died and the pid was reused.
    fs.writeFileSync(lockPath, JSON.stringify({pid: process.pid, host: os.hostname(), started: "x", proc_start: "1"}));
    const lock = await acquireLock(lockPath);
    expect(readHolder(lockPath)?.started).not.toBe("x");
    lock.release();
  });

  it("waits for the holder to let go when asked to", async () => {
    const held = await acquireLock(lockPath);
    setTimeout(() => held.release(), 300);
    const waits: unknown[] = [];
    const lock = await acquireLock(lockPath, {waitMs: 10_000, pollMs: 50, onWait: (h) => waits.push(h?.pid)});
    expect(waits).toEqual([process.pid]);
    lock.release();
  });
});
