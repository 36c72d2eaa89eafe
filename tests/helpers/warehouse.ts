/** Builds a throwaway warehouse from extractions in a temp dir, hands its paths to `fn`, then removes it all. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type {Extraction} from "../../pipeline/types.ts";
import {extractionsToArrow} from "../../pipeline/store/arrow-tables.ts";
import {writeArrowTables} from "../../pipeline/store/arrow-io.ts";
import {buildWarehouse} from "../../pipeline/store/warehouse.ts";

export interface TempWarehouse {
  dir: string;
  arrowDir: string;
  referenceDir: string;
  dbPath: string;
}

/** `reference` maps file names (e.g. "regions.csv") to CSV text written into the reference folder. */
export async function withWarehouse<T>(
  exs: Extraction[],
  fn: (wh: TempWarehouse) => Promise<T>,
  {reference = {} as Record<string, string>} = {},
): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gongkai-wh-"));
  try {
    const wh: TempWarehouse = {
      dir,
      arrowDir: path.join(dir, "arrow"),
      referenceDir: path.join(dir, "reference"),
      dbPath: path.join(dir, "warehouse.duckdb"),
    };
    fs.mkdirSync(wh.referenceDir);
    for (const [name, csv] of Object.entries(reference)) fs.writeFileSync(path.join(wh.referenceDir, name), csv);
    writeArrowTables(wh.arrowDir, extractionsToArrow(exs));
    await buildWarehouse({arrowDir: wh.arrowDir, referenceDir: wh.referenceDir, dbPath: wh.dbPath});
    return await fn(wh);
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
}
