/**
 * Deterministic exports of the warehouse: the published tables (./published.ts, the same list the site offers for
 * download) as CSV and Parquet. The set is written to a temp folder and renamed into place, so a reader sees the
 * previous exports or the new ones.
 */
import fs from "node:fs";
import path from "node:path";
import {pidAlive, replaceAtomic, tempPathFor} from "../lib/atomic.ts";
import {PUBLISH_FORMATS, type PublishFormat, writePublished} from "./published.ts";
import {warehouseMissing} from "./query.ts";
import {openDuckDB} from "./warehouse.ts";

export type ExportFormat = PublishFormat;
export const EXPORT_FORMATS: ExportFormat[] = PUBLISH_FORMATS;

export interface ExportOptions {
  db: string;
  out: string;
  formats?: ExportFormat[];
  log?: (line: string) => void;
}

/** Writes every published table in every format; returns the file names written (relative to `out`), sorted. */
export async function exportWarehouse({
  db,
  out,
  formats = EXPORT_FORMATS,
  log = () => {},
}: ExportOptions): Promise<string[]> {
  if (!fs.existsSync(db)) throw warehouseMissing(db);
  const target = path.resolve(out);
  fs.mkdirSync(path.dirname(target), {recursive: true});
  recoverDir(target);
  const tmp = tempPathFor(target, "tmp");
  fs.mkdirSync(tmp);
  const {instance, conn} = await openDuckDB(db, {readOnly: true});
  let files: string[];
  try {
    files = await writePublished(conn, tmp, {formats, log});
  } catch (err) {
    fs.rmSync(tmp, {recursive: true, force: true});
    throw err;
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
  replaceDir(tmp, target);
  return files;
}

/**
 * Puts the finished folder `tmp` at `target`. A folder cannot be renamed over a non-empty one, so the old one is
 * first moved aside (a crash between the two renames leaves it aside, complete, for the next run to clear away).
 */
export function replaceDir(tmp: string, target: string): void {
  const old = tempPathFor(target, "old");
  if (fs.existsSync(target)) fs.renameSync(target, old);
  replaceAtomic(tmp, target);
  fs.rmSync(old, {recursive: true, force: true});
}

/**
 * Clears what a killed export left beside `target`: unfinished temp folders, and a previous set moved aside. When
 * the kill fell between the two renames, that previous set is put back first, so exports never just vanish.
 */
export function recoverDir(target: string): void {
  const dir = path.dirname(target);
  const base = path.basename(target);
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir).sort()) {
    const m = new RegExp(`^${escape(base)}\\.(tmp|old)-(\\d+)-`).exec(name);
    if (!m || (Number(m[2]) !== process.pid && pidAlive(Number(m[2])))) continue;
    const full = path.join(dir, name);
    if (m[1] === "old" && !fs.existsSync(target)) fs.renameSync(full, target);
    else fs.rmSync(full, {recursive: true, force: true});
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
