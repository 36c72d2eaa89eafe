/**
 * `shard.json`, the manifest of one shard's lake: which cut of the input it is, which extractor made it, which
 * documents (doc_id and path) and files it holds. `gongkai load` reads the manifests of every folder it is given
 * and refuses a set that is not one whole cut of one input made by one extractor, before it reads a row.
 */
import fs from "node:fs";
import path from "node:path";

export const LAKE_MANIFEST = "shard.json";
/** The column holding each row's position in its shard's table: the load restores the refresh's row order by it. */
export const LAKE_ROW = "lake_row";
const FORMAT = "gongkai-lake/1";

export interface LakeManifest {
  format: typeof FORMAT;
  /** This shard (1-based k) of n. */
  shard: {k: number; n: number};
  /** extractorFingerprint() of the code that extracted it. */
  fingerprint: string;
  /** Every input path of this shard, landed or not, in path order. */
  files: string[];
  /** Every document version in the lake: doc_id and the path it was read from. */
  documents: {doc_id: string; source: string}[];
  /** Files of this shard that did not land, with why. */
  failed: {source: string; reason: string}[];
  /** Rows per table (filled in by the writer). */
  rows?: Record<string, number>;
}

export function lakeManifest(m: Omit<LakeManifest, "format">): LakeManifest {
  return {format: FORMAT, ...m};
}

export interface ReadLake {
  dir: string;
  manifest: LakeManifest;
}

/** The manifests of `dirs`, checked to be exactly the shards 1…n of one cut made by one extractor. */
export function readLakes(dirs: string[]): ReadLake[] {
  if (dirs.length === 0) throw new Error("--from: no shard folder given");
  const lakes = dirs.map((dir) => ({dir, manifest: readManifest(dir)}));
  const [first] = lakes;
  const label = (l: ReadLake) => `${l.dir} (shard ${l.manifest.shard.k}/${l.manifest.shard.n})`;
  for (const l of lakes) {
    if (l.manifest.shard.n !== first.manifest.shard.n)
      throw new Error(`shards of different cuts: ${label(first)} and ${label(l)}; give the shards of one --shard K/N run`);
    if (l.manifest.fingerprint !== first.manifest.fingerprint)
      throw new Error(
        `${label(first)} and ${label(l)} were extracted by different code (fingerprint ${first.manifest.fingerprint} ` +
          `vs ${l.manifest.fingerprint}); run the older shards again`,
      );
  }
  const byK = new Map<number, ReadLake>();
  for (const l of lakes) {
    const twice = byK.get(l.manifest.shard.k);
    if (twice) throw new Error(`shard ${l.manifest.shard.k}/${l.manifest.shard.n} given twice: ${twice.dir} and ${l.dir}`);
    byK.set(l.manifest.shard.k, l);
  }
  const n = first.manifest.shard.n;
  const missing = [...Array(n).keys()].map((i) => i + 1).filter((k) => !byK.has(k));
  if (missing.length)
    throw new Error(
      `missing shard${missing.length > 1 ? "s" : ""} ${missing.map((k) => `${k}/${n}`).join(", ")}: ` +
        "a load builds the whole warehouse, from every shard of the cut",
    );
  return [...byK.keys()].sort((a, b) => a - b).map((k) => byK.get(k)!);
}

function readManifest(dir: string): LakeManifest {
  const file = path.join(dir, LAKE_MANIFEST);
  let m: LakeManifest;
  try {
    m = JSON.parse(fs.readFileSync(file, "utf8")) as LakeManifest;
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === "ENOENT" ? "it has no shard.json" : (err as Error).message;
    throw new Error(`${dir} is not the output of \`gongkai refresh --shard K/N\`: ${why}`);
  }
  if (m.format !== FORMAT) throw new Error(`${file}: unknown format ${JSON.stringify(m.format)} (expected ${FORMAT})`);
  return m;
}

/**
 * The same content under two paths in two shards (each shard saw only one of them) would give one doc_id two
 * documents. As in an unsharded refresh of a fresh warehouse, the first path in code-unit order keeps it; the
 * others are dropped and reported as duplicates. Returns, per lake index, the doc_ids it must not load.
 */
export function duplicateDrops(lakes: ReadLake[]): {drops: Map<number, Set<string>>; failed: {source: string; reason: string}[]} {
  const keeper = new Map<string, {lake: number; source: string}>();
  lakes.forEach((l, lake) => {
    for (const d of l.manifest.documents) {
      const k = keeper.get(d.doc_id);
      if (!k || d.source < k.source) keeper.set(d.doc_id, {lake, source: d.source});
    }
  });
  const drops = new Map<number, Set<string>>();
  const failed: {source: string; reason: string}[] = [];
  lakes.forEach((l, lake) => {
    for (const d of l.manifest.documents) {
      const k = keeper.get(d.doc_id)!;
      if (k.lake === lake && k.source === d.source) continue;
      drops.set(lake, (drops.get(lake) ?? new Set()).add(d.doc_id));
      failed.push({source: d.source, reason: `duplicate of ${k.source}`});
    }
  });
  failed.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  return {drops, failed};
}
