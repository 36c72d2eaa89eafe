/**
 * Arrow IPC files on disk: `<dir>/<table>.arrow` in the IPC *file* format (random access, readable by pyarrow,
 * polars, DuckDB's arrow extension …). Each file is replaced atomically so a crash never leaves half a table.
 */
import fs from "node:fs";
import path from "node:path";
import * as arrow from "apache-arrow";
import {writeFileAtomic} from "../lib/atomic.ts";

export function arrowPath(dir: string, name: string): string {
  return path.join(dir, `${name}.arrow`);
}

export function writeArrowTables(dir: string, tables: Record<string, arrow.Table>): string[] {
  fs.mkdirSync(dir, {recursive: true});
  // Sorted so the write order (and any partial state after a crash) does not depend on object key order.
  return Object.keys(tables)
    .sort()
    .map((name) => {
      const file = arrowPath(dir, name);
      writeFileAtomic(file, arrow.tableToIPC(tables[name], "file"));
      return file;
    });
}

export function readArrowTable(file: string): arrow.Table {
  if (!fs.existsSync(file)) throw new Error(`arrow table not found: ${file}`);
  return arrow.tableFromIPC(fs.readFileSync(file));
}
