/**
 * What a file's `*.meta.json` sidecar says about it, as far as a refresh needs to know: whether `gongkai synth` made
 * it. A missing or unreadable sidecar says nothing (the file is then taken as real).
 */
import fs from "node:fs";

/** `data/raw/…/马尔康市总工会.txt` → `data/raw/…/马尔康市总工会.meta.json`. */
export function sidecarPath(file: string): string {
  return file.replace(/\.[^./\\]*$/, "") + ".meta.json";
}

export function isSyntheticFile(file: string): boolean {
  try {
    const meta = JSON.parse(fs.readFileSync(sidecarPath(file), "utf8")) as {synthetic?: unknown};
    return meta.synthetic === true;
  } catch {
    return false;
  }
}
