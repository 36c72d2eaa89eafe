// The downloads (data/downloads/<table>.csv and .parquet): DuckDB COPY writes both formats, so DECIMAL amounts
// keep their exact values and types. One process and one connection for every table. As in pipeline/store/exports.ts,
// one thread and preserve_insertion_order are pinned so the writer keeps the ORDER BY ALL order and fixed row groups:
// the same warehouse gives the same bytes.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {DOWNLOADS, downloadSql} from "./lib/downloads.ts";
import {tar} from "./lib/tar.ts";
import {run, withWarehouse} from "./lib/warehouse.ts";

const FORMATS = [
  ["csv", "FORMAT csv, HEADER true"],
  ["parquet", "FORMAT parquet, COMPRESSION zstd"],
] as const;

run(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gongkai-downloads-"));
  try {
    const files: [string, Buffer][] = [];
    await withWarehouse(async (conn) => {
      await conn.run("SET threads = 1; SET preserve_insertion_order = true;");
      for (const {name} of DOWNLOADS) {
        for (const [ext, options] of FORMATS) {
          const file = path.join(dir, `${name}.${ext}`);
          await conn.run(`COPY (${downloadSql(name)}) TO '${file.replaceAll("'", "''")}' (${options})`);
          files.push([`${name}.${ext}`, fs.readFileSync(file)]);
        }
      }
    });
    process.stdout.write(tar(files));
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
});
