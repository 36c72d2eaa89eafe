/**
 * What a crash test compares before and after: the warehouse's facts (count and a checksum of every row), and that
 * every output a refresh writes is whole: Arrow files read back, JSON parses, Parquet and CSV open in DuckDB.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import {readArrowTable} from "../../pipeline/store/arrow-io.ts";
import {queryRows} from "../../pipeline/store/query.ts";
import {openDuckDB} from "../../pipeline/store/warehouse.ts";

export async function factsChecksum(db: string): Promise<{n: number; md5: string}> {
  const {rows} = await queryRows(
    db,
    "select count(*) as n, md5(string_agg(f::VARCHAR, chr(10) order by f::VARCHAR)) from facts as f",
  );
  return {n: Number(rows[0][0]), md5: String(rows[0][1])};
}

/** sha256 of every file under `dir`, by relative path; {} when the folder is absent. */
export function hashTree(dir: string): Record<string, string> {
  if (!fs.existsSync(dir)) return {};
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(dir, {recursive: true}) as string[]) {
    const full = path.join(dir, name);
    if (fs.statSync(full).isFile()) out[name] = crypto.createHash("sha256").update(fs.readFileSync(full)).digest("hex");
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Throws naming the first output that is not whole. Temp files (`.tmp-`, `.building-`) are not outputs. */
export async function assertOutputsWhole(buildDir: string, exportDir: string): Promise<void> {
  const isTemp = (name: string) => /\.(tmp|stale|building|old)-\d+/.test(name);
  const arrowDir = path.join(buildDir, "arrow");
  for (const name of fs.existsSync(arrowDir) ? fs.readdirSync(arrowDir) : []) {
    if (!isTemp(name)) readArrowTable(path.join(arrowDir, name));
  }
  const cacheDir = path.join(buildDir, "extractions");
  for (const name of fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir) : []) {
    if (name.endsWith(".json")) JSON.parse(fs.readFileSync(path.join(cacheDir, name), "utf8"));
  }
  const report = path.join(buildDir, "run-report.json");
  if (fs.existsSync(report)) JSON.parse(fs.readFileSync(report, "utf8"));
  const {instance, conn} = await openDuckDB(":memory:");
  try {
    for (const name of fs.existsSync(exportDir) ? fs.readdirSync(exportDir) : []) {
      const reader = name.endsWith(".parquet") ? "read_parquet" : "read_csv";
      await conn.run(`select count(*) from ${reader}($file)`, {file: path.join(exportDir, name)});
    }
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}
