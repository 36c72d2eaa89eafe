/**
 * Extraction of one file at a time in a worker thread, with a time budget. A file that runs past it (a pathological
 * text, a parser stuck on deep nesting) gets `timeout`: the worker is terminated and a fresh one serves the next
 * file, so one runaway file never hangs the refresh. A worker that dies (out of memory) fails only its file.
 *
 * Why a worker and not a child process: the bytes move without a pipe protocol, termination is immediate, and the
 * warehouse code never runs in it. Why not in-process: synchronous extraction code cannot be interrupted.
 */
import {Worker} from "node:worker_threads";
import type {InputResult} from "../extract/extract-file.ts";

export interface Extractor {
  extract(bytes: Uint8Array, source: string, isSynthetic: boolean): Promise<InputResult>;
  close(): Promise<void>;
}

export const DEFAULT_TIMEOUT_S = 60;
export const DEFAULT_MAX_FILE_MB = 50;

const BOOT = new URL("./extract-worker-boot.mjs", import.meta.url);

export function isolatedExtractor({referenceDir, timeoutMs}: {referenceDir: string; timeoutMs: number}): Extractor {
  let worker: Worker | null = null;
  let ready: Promise<void> = Promise.resolve();
  let next = 0;
  const start = () => {
    const w = new Worker(BOOT);
    // An idle worker must not keep the process alive after the refresh is done.
    w.unref();
    // Settles when the worker has loaded (or died trying: the request below then sees its error or exit).
    ready = new Promise<void>((resolve) => {
      const settle = () => {
        w.off("message", onReady);
        w.off("error", settle);
        w.off("exit", settle);
        resolve();
      };
      const onReady = (m: {ready?: boolean}) => m.ready && settle();
      w.on("message", onReady);
      w.once("error", settle);
      w.once("exit", settle);
    });
    return w;
  };
  const stop = async () => {
    const w = worker;
    worker = null;
    if (w) await w.terminate();
  };
  return {
    async extract(bytes, source, isSynthetic) {
      const w = (worker ??= start());
      const id = next++;
      await ready;
      if (w.threadId === -1) return {ok: false, code: "extraction_failed", reason: "extraction_failed: the extraction worker could not start"};
      return new Promise<InputResult>((resolve) => {
        const done = (result: InputResult) => {
          clearTimeout(timer);
          w.off("message", onMessage);
          w.off("error", onError);
          w.off("exit", onExit);
          resolve(result);
        };
        const onMessage = (m: {id: number; result: InputResult}) => {
          if (m.id === id) done(m.result);
        };
        const onError = (err: Error) => {
          if (worker === w) worker = null;
          const code = /out of memory|ERR_WORKER_OUT_OF_MEMORY/i.test(`${(err as NodeJS.ErrnoException).code} ${err.message}`) ? "too_large" : "extraction_failed";
          done({ok: false, code, reason: `${code}: extraction stopped: ${err.message}`});
        };
        const onExit = () => {
          if (worker === w) worker = null;
          done({ok: false, code: "extraction_failed", reason: "extraction_failed: the extraction worker ended unexpectedly"});
        };
        const timer = setTimeout(() => {
          if (worker === w) worker = null;
          done({ok: false, code: "timeout", reason: `timeout: extraction took longer than ${timeoutMs / 1000} s and was stopped`});
          void w.terminate();
        }, timeoutMs);
        w.on("message", onMessage);
        w.on("error", onError);
        w.on("exit", onExit);
        w.postMessage({id, bytes, source, isSynthetic, referenceDir});
      });
    },
    close: stop,
  };
}
