/**
 * A build folder belongs to one warehouse. Its Arrow files, extraction caches and manifest copy describe that
 * warehouse only: two warehouses sharing one folder would load each other's Arrow files and restore each other's
 * version history. So the folder's default is derived from --db, and `owner.json` inside it names the warehouse;
 * a refresh of any other warehouse refuses the folder by name instead of mixing data.
 */
import fs from "node:fs";
import path from "node:path";
import {DEFAULTS} from "./defaults.ts";

/** `data/build` for the default warehouse (as always), `<db>.build` beside any other. */
export function defaultBuildDir(db: string): string {
  const abs = path.resolve(db);
  return abs === path.resolve(DEFAULTS.db) ? path.resolve(DEFAULTS.buildDir) : `${abs}.build`;
}

export class BuildDirTakenError extends Error {}

/**
 * Marks `buildDir` as `db`'s, or throws when it is another warehouse's. The mark is created exclusively (O_EXCL), so
 * of two refreshes claiming a fresh folder at once exactly one wins and the other sees whose it is. The caller holds
 * `db`'s lock, so no two refreshes of the same warehouse get here together.
 */
export function claimBuildDir(buildDir: string, db: string): void {
  const owner = path.join(buildDir, "owner.json");
  const mine = path.resolve(db);
  fs.mkdirSync(buildDir, {recursive: true});
  try {
    fs.writeFileSync(owner, JSON.stringify({warehouse: mine}) + "\n", {flag: "wx"});
    return;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
  let theirs: unknown;
  try {
    theirs = (JSON.parse(fs.readFileSync(owner, "utf8")) as {warehouse?: unknown}).warehouse;
  } catch {
    theirs = undefined;
  }
  if (theirs === mine) return;
  throw new BuildDirTakenError(
    `build folder ${buildDir} belongs to warehouse ${String(theirs ?? "(unreadable owner.json)")}, not ${mine}: ` +
      `pass another --build-dir (or remove that folder if its warehouse is gone)`,
  );
}
