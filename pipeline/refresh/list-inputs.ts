/**
 * The files a refresh reads: everything under the input folder except what describes the files rather than being
 * one. Sorted by relative path (code-unit order, not locale) so the run, its log and its report never depend on the
 * order the filesystem happens to list entries in.
 */
import fs from "node:fs";
import path from "node:path";

/** Sidecars (`*.meta.json` and any other JSON), notes and hidden files are not disclosures. */
export function isIgnored(name: string): boolean {
  return name.startsWith(".") || name.toLowerCase().endsWith(".json") || name.toLowerCase() === "readme.md";
}

/** Relative paths with "/" separators (the same on every platform: they become `documents.source`). */
export function listInputs(inputDir: string): string[] {
  if (!fs.existsSync(inputDir) || !fs.statSync(inputDir).isDirectory()) {
    throw new Error(`input folder not found: ${inputDir}`);
  }
  const out: string[] = [];
  const walk = (dir: string, rel: string[]) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      // A hidden folder (.git, .cache) is skipped whole, like a hidden file.
      if (entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full, [...rel, entry.name]);
      else if (entry.isFile() && !isIgnored(entry.name)) out.push([...rel, entry.name].join("/"));
    }
  };
  walk(inputDir, []);
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
