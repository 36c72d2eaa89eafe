/**
 * Clears temp files a killed run left behind (`<file>.tmp-<pid>-<random>` from writeFileAtomic, `.stale-` from a
 * lock takeover). They never stand in place of an output, since outputs only appear by rename, but they would pile
 * up. Files of a live process are left alone: they may belong to a refresh of another warehouse.
 */
import fs from "node:fs";
import path from "node:path";
import {pidAlive} from "../lib/atomic.ts";

const TEMP = /\.(tmp|stale)-(\d+)-[0-9a-z]+$/;

export function sweepTemps(dirs: string[]): string[] {
  const removed: string[] = [];
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) continue;
    for (const e of fs.readdirSync(dir, {withFileTypes: true})) {
      const m = TEMP.exec(e.name);
      if (!m || !e.isFile()) continue;
      const pid = Number(m[2]);
      if (pid !== process.pid && pidAlive(pid)) continue;
      fs.rmSync(path.join(dir, e.name), {force: true});
      removed.push(path.join(dir, e.name));
    }
  }
  return removed;
}
