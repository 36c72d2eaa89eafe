/**
 * Several isolated extractors (one worker thread each) behind the one `Extractor` interface: a file goes to the
 * first idle worker, or waits for one. Each worker still extracts one file at a time with its own time budget, so a
 * runaway file stops only its worker; the size limit is checked before reading, as before.
 *
 * Sized to the machine (os.availableParallelism()): the main thread only reads bytes, writes caches and keeps
 * order, which leaves the cores to the workers.
 */
import os from "node:os";
import type {InputResult} from "../extract/extract-file.ts";
import {isolatedExtractor, type Extractor} from "./isolated-extract.ts";

export function defaultWorkers(): number {
  return Math.max(1, os.availableParallelism());
}

export function extractorPool({referenceDir, timeoutMs, workers = defaultWorkers()}: {referenceDir: string; timeoutMs: number; workers?: number}): Extractor {
  const idle: Extractor[] = [];
  const all: Extractor[] = [];
  const waiting: ((e: Extractor) => void)[] = [];
  // Workers start when first needed: a refresh with nothing to extract starts none.
  const acquire = (): Promise<Extractor> => {
    const free = idle.pop();
    if (free) return Promise.resolve(free);
    if (all.length < workers) {
      const e = isolatedExtractor({referenceDir, timeoutMs});
      all.push(e);
      return Promise.resolve(e);
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const release = (e: Extractor) => {
    const next = waiting.shift();
    if (next) next(e);
    else idle.push(e);
  };
  return {
    async extract(bytes, source, isSynthetic): Promise<InputResult> {
      const e = await acquire();
      try {
        return await e.extract(bytes, source, isSynthetic);
      } finally {
        release(e);
      }
    },
    async close() {
      await Promise.all(all.map((e) => e.close()));
    },
  };
}
