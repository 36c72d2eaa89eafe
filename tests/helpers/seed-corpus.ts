/**
 * Corpora made from the seed for refresh tests: `n` copies, each with one amount varied (差旅费) so every file has
 * its own content hash, written in the order asked for. Nothing is checked in: the seed stays the only source.
 */
import fs from "node:fs";
import path from "node:path";
import {seedText} from "./fixtures/seed.ts";

export {seedText};

/** The seed with 差旅费 18.2 → 18.2 + i/100 (i = 0 is the seed itself). */
export function seedVariant(i: number): string {
  const text = seedText();
  return i === 0 ? text : text.replaceAll("差旅费18.2万元", `差旅费${(18.2 + i / 100).toFixed(2)}万元`);
}

/** Relative path of variant `i`: spread over folders like a real `data/raw`. */
export const variantPath = (i: number) =>
  `区${String(i % 7).padStart(2, "0")}/2024/单位${String(i).padStart(4, "0")}.txt`;

export interface CorpusOptions {
  /** Write files in reverse order (different directory entry order and inode order). */
  reverse?: boolean;
  /** Give each file this modification time (seconds since the epoch); default: now. */
  mtime?: (i: number) => number;
}

/** Writes variants 0 … n−1 under `dir`; returns their relative paths in index order. */
export function writeSeedCorpus(dir: string, n: number, {reverse = false, mtime}: CorpusOptions = {}): string[] {
  const order = [...Array(n).keys()];
  if (reverse) order.reverse();
  for (const i of order) {
    const file = path.join(dir, variantPath(i));
    fs.mkdirSync(path.dirname(file), {recursive: true});
    fs.writeFileSync(file, seedVariant(i));
    if (mtime) fs.utimesSync(file, mtime(i), mtime(i));
  }
  return [...Array(n).keys()].map(variantPath);
}
