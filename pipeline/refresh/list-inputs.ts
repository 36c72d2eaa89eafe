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

/** A path under the input folder that is not read, and why (it goes to the run report). */
export interface SkippedPath {
  source: string;
  reason: string;
}

/**
 * Relative paths with "/" separators (the same on every platform: they become `documents.source`). Only regular
 * files are read: a FIFO would block the refresh forever, a device or socket is no document. A symlink is followed
 * when it leads to a regular file inside the input folder (a disclosure filed under two names); one leading outside
 * is refused, since the input folder is what the user chose to publish. Whatever is passed over lands in `skipped`.
 */
export function listInputs(inputDir: string, skipped: SkippedPath[] = []): string[] {
  if (!fs.existsSync(inputDir) || !fs.statSync(inputDir).isDirectory()) {
    throw new Error(`input folder not found: ${inputDir}`);
  }
  const root = fs.realpathSync(inputDir);
  const out: string[] = [];
  const skip = (source: string, reason: string) => skipped.push({source, reason});
  const walk = (dir: string, rel: string[]) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      // A hidden folder (.git, .cache) is skipped whole, like a hidden file.
      if (entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      const source = [...rel, entry.name].join("/");
      if (entry.isDirectory()) walk(full, [...rel, entry.name]);
      else if (entry.isFile()) {
        if (!isIgnored(entry.name)) out.push(source);
      } else if (entry.isSymbolicLink()) {
        if (isIgnored(entry.name)) continue;
        const why = symlinkProblem(full, root);
        if (why) skip(source, why);
        else out.push(source);
      } else skip(source, `not a regular file (${kindOf(entry)})`);
    }
  };
  walk(inputDir, []);
  skipped.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Why a symlink is not followed, or null when it leads to a regular file inside `root`. */
function symlinkProblem(link: string, root: string): string | null {
  let target: string;
  try {
    target = fs.realpathSync(link);
  } catch {
    return "symlink: broken (its target does not exist)";
  }
  const rel = path.relative(root, target);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return "symlink: refused, it leads outside the input folder";
  const st = fs.statSync(target);
  if (!st.isFile()) return `symlink: refused, it leads to ${st.isDirectory() ? "a folder" : "no regular file"}`;
  return null;
}

function kindOf(entry: fs.Dirent): string {
  if (entry.isFIFO()) return "FIFO";
  if (entry.isSocket()) return "socket";
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return "device";
  return "unknown type";
}
