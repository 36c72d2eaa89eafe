// The downloads (data/downloads/<table>.csv and .parquet): the published tables of pipeline/store/published.ts,
// written by the same function as `gongkai export`, so a file of one name has the same columns and bytes in both.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {writePublished} from "../../../pipeline/store/published.ts";
import {tar} from "./lib/tar.ts";
import {run, withWarehouse} from "./lib/warehouse.ts";

run(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gongkai-downloads-"));
  try {
    const names = await withWarehouse((conn) => writePublished(conn, dir));
    process.stdout.write(tar(names.map((name) => [name, fs.readFileSync(path.join(dir, name))])));
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
});
