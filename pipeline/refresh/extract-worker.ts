/**
 * The worker side of `IsolatedExtractor`: one file's bytes in, its `InputResult` out. It runs in a worker thread so
 * that a file which makes extraction run away (in time, stack or memory) can be stopped by terminating the worker,
 * without stopping the refresh that waits for it.
 */
import {parentPort} from "node:worker_threads";
import {loadReference, type Reference} from "../reference/load-reference.ts";
import {extractFile} from "../extract/extract-file.ts";
import {fitForStore} from "../store/unfit-amounts.ts";

export interface WorkerRequest {
  id: number;
  bytes: Uint8Array;
  source: string;
  isSynthetic: boolean;
  referenceDir: string;
}

const refs = new Map<string, Reference>();

// Loaded: the time budget of the first file starts now, not while this thread was still importing the readers.
parentPort!.postMessage({ready: true});

parentPort!.on("message", async (req: WorkerRequest) => {
  let ref = refs.get(req.referenceDir);
  if (!ref) refs.set(req.referenceDir, (ref = loadReference(req.referenceDir)));
  try {
    const result = await extractFile(req.bytes, req.source, ref, {isSynthetic: req.isSynthetic, fit: fitForStore});
    parentPort!.postMessage({id: req.id, result});
  } catch (err) {
    parentPort!.postMessage({id: req.id, result: {ok: false, code: "extraction_failed", reason: `extraction_failed: ${(err as Error).message}`}});
  }
});
