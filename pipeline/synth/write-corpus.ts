/**
 * Puts a generated corpus on disk: each document beside its `.meta.json` sidecar ({"synthetic": true, …}) and the
 * manifest at `<out>/synthetic-manifest.json`. Files an earlier run generated (their sidecar says so) are removed
 * first, so a smaller run leaves no stale documents behind; a real file is never touched, and the real seed never
 * overwritten.
 */
import fs from "node:fs";
import path from "node:path";
import {writeFileAtomic} from "../lib/atomic.ts";
import {isSyntheticFile, sidecarPath} from "../refresh/sidecar.ts";
import type {SynthDoc} from "./corpus.ts";
import {docPath} from "./corpus.ts";
import type {Manifest} from "./manifest.ts";
import {PREFECTURE_UNIT} from "./units.ts";

export const MANIFEST_NAME = "synthetic-manifest.json";
const SEED_PATH = docPath(PREFECTURE_UNIT, 2024);

export interface WriteResult {
  written: number;
  removed: number;
  manifestPath: string;
}

export function writeCorpus(out: string, docs: SynthDoc[], manifest: Manifest): WriteResult {
  // Every slot is checked before anything is written or removed: a refusal leaves the folder as it was.
  for (const d of docs) {
    if (d.entry.path === SEED_PATH) throw new Error(`refusing to overwrite the real seed ${SEED_PATH}`);
    const file = path.join(out, d.entry.path);
    // A real document in the slot stays: the generator only ever replaces its own files.
    if (fs.existsSync(file) && !isSyntheticFile(file)) throw new Error(`refusing to overwrite real document ${file}`);
  }
  const removed = removeGenerated(out);
  for (const d of docs) {
    const file = path.join(out, d.entry.path);
    fs.mkdirSync(path.dirname(file), {recursive: true});
    writeFileAtomic(file, d.bytes);
    const meta = {synthetic: true, generator: "gongkai synth", seed: manifest.seed, publisher: d.unit.name, kind: d.entry.kind === "final" ? "部门决算" : "部门预算", fiscal_year: d.year, doc_id: d.entry.doc_id};
    writeFileAtomic(sidecarPath(file), JSON.stringify(meta, null, 2) + "\n");
  }
  const manifestPath = path.join(out, MANIFEST_NAME);
  writeFileAtomic(manifestPath, JSON.stringify(manifest, null, 1) + "\n");
  return {written: docs.length, removed, manifestPath};
}

/** Delete documents (and sidecars) that `gongkai synth` wrote earlier under `out`. */
function removeGenerated(out: string): number {
  if (!fs.existsSync(out)) return 0;
  let n = 0;
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith(".txt") && isSyntheticFile(full) && generatedBySynth(full)) {
        fs.rmSync(full);
        fs.rmSync(sidecarPath(full));
        n++;
      }
    }
  };
  walk(out);
  return n;
}

function generatedBySynth(file: string): boolean {
  const meta = JSON.parse(fs.readFileSync(sidecarPath(file), "utf8")) as {generator?: unknown};
  return meta.generator === "gongkai synth";
}
