// The warehouse file itself, byte for byte, for download.
import fs from "node:fs";
import {pipeline} from "node:stream/promises";
import {log, run, warehousePath} from "./lib/warehouse.ts";

run(async () => {
  await pipeline(fs.createReadStream(warehousePath()), process.stdout, {end: false});
  log(`${fs.statSync(warehousePath()).size} bytes`);
});
