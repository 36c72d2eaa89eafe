/**
 * Which shard an input file belongs to, for `gongkai refresh --shard K/N`. A file's shard is decided by a hash of
 * its path relative to the input folder (with "/" separators, as `listInputs` gives it), so it depends neither on
 * the order files are listed in nor on the machine, and every version of one document (one path) always falls in
 * the same shard: the shards' version histories never overlap.
 */
import crypto from "node:crypto";

export interface Shard {
  /** 1-based index of this shard. */
  k: number;
  /** How many shards the input is cut into. */
  n: number;
}

/** "K/N" → {k, n}; anything else (3/2, 0/2, 1/0, 1.5/2, "x") is refused with a message saying what is expected. */
export function parseShard(spec: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(spec);
  const expected = `--shard: expected K/N with whole numbers 1 ≤ K ≤ N (e.g. 1/4), got ${JSON.stringify(spec)}`;
  if (!m) throw new Error(expected);
  const [k, n] = [Number(m[1]), Number(m[2])];
  if (n < 1 || k < 1 || k > n || !Number.isSafeInteger(n)) {
    const why = n < 1 ? "N must be at least 1" : k < 1 ? "K counts from 1" : "K cannot exceed N";
    throw new Error(`${expected}: ${why}`);
  }
  return {k, n};
}

export const shardLabel = (s: Shard) => `${s.k}/${s.n}`;

/** The 1-based shard of a relative path among `n`: the first 8 bytes of sha256(path), modulo n. */
export function shardOf(source: string, n: number): number {
  const digest = crypto.createHash("sha256").update(source, "utf8").digest();
  return Number(digest.readBigUInt64BE(0) % BigInt(n)) + 1;
}

export function inShard(source: string, shard: Shard): boolean {
  return shardOf(source, shard.n) === shard.k;
}
