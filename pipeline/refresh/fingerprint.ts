/**
 * The extractor's fingerprint: a hash of the code and data that decide what an extraction contains. A cached
 * extraction is reused only under the same fingerprint, so improving the extractor (or a reference table, or a
 * parsing library) re-extracts everything on the next refresh instead of serving stale facts forever.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import {fileURLToPath} from "node:url";

// NOTE: fileURLToPath, not URL.pathname: a checkout under a path with spaces or CJK characters is percent-encoded
// in `pathname`, and a folder that silently lists as empty would stop the fingerprint from covering the code.
const PIPELINE = fileURLToPath(new URL("../", import.meta.url));
const REPO = fileURLToPath(new URL("../../", import.meta.url));

/** Folders of pipeline/ whose code shapes an extraction, plus the single files that do. */
const CODE_DIRS = ["extract", "identify", "lib", "read", "segment", "reference"];
const CODE_FILES = ["types.ts", "store/schema.ts", "store/arrow-tables.ts", "store/unfit-amounts.ts"];

export function extractorFingerprint(referenceDir: string): string {
  const hash = crypto.createHash("sha256");
  const add = (label: string, file: string) => {
    hash.update(`${label}\0`);
    hash.update(fs.readFileSync(file));
    hash.update("\0");
  };
  for (const dir of CODE_DIRS) {
    for (const rel of listFiles(path.join(PIPELINE, dir))) add(`${dir}/${rel}`, path.join(PIPELINE, dir, rel));
  }
  for (const rel of CODE_FILES) if (fs.existsSync(path.join(PIPELINE, rel))) add(rel, path.join(PIPELINE, rel));
  for (const rel of listFiles(referenceDir)) add(`reference:${rel}`, path.join(referenceDir, rel));
  // Library versions (a PDF or spreadsheet reader upgrade changes what is read).
  const lock = path.join(REPO, "package-lock.json");
  if (fs.existsSync(lock)) add("package-lock.json", lock);
  return hash.digest("hex").slice(0, 16);
}

/** Files under `dir`, relative, sorted. A missing folder is an error: the fingerprint must cover what it names. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) throw new Error(`extractor fingerprint: folder not found: ${dir}`);
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const e of fs.readdirSync(path.join(dir, sub), {withFileTypes: true})) {
      const rel = sub ? `${sub}/${e.name}` : e.name;
      if (e.isDirectory()) walk(rel);
      else if (e.isFile()) out.push(rel);
    }
  };
  walk("");
  return out.sort();
}
