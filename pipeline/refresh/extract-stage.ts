/**
 * The extraction stage shared by `refresh` and `refresh --shard`: a pool of isolated workers (each file with a time
 * budget), fed in path order through `landAll`, closed whatever happens.
 */
import {extractorPool} from "./extractor-pool.ts";
import {DEFAULT_TIMEOUT_S} from "./isolated-extract.ts";
import {landAll, type LandContext, type Landing} from "./land.ts";
import type {Plan} from "./plan.ts";
import type {ScannedFile} from "./scan.ts";

export interface ExtractStageOptions extends Omit<LandContext, "extract" | "concurrency"> {
  referenceDir: string;
  /** Seconds one file's extraction may take (default 60). */
  timeoutS?: number;
  workers: number;
}

export async function extractStage(scanned: ScannedFile[], plan: Plan, opts: ExtractStageOptions): Promise<Landing> {
  const {referenceDir, timeoutS, workers, ...ctx} = opts;
  const extractor = extractorPool({referenceDir, timeoutMs: (timeoutS ?? DEFAULT_TIMEOUT_S) * 1000, workers});
  try {
    return await landAll(scanned, plan, {
      ...ctx,
      extract: extractor.extract,
      // Enough files read ahead to keep every worker busy while the main thread writes caches.
      concurrency: workers * 2,
    });
  } finally {
    await extractor.close();
  }
}
