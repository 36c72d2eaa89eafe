/**
 * The extraction stage: every document version the new warehouse will hold, from the cache when its content, path,
 * sidecar and extractor are unchanged, else extracted again. A file that fails keeps its document's previous
 * versions in the warehouse: a corrupt republication must not wipe the disclosure it replaces.
 */
import fs from "node:fs";
import path from "node:path";
import type {Reference} from "../reference/load-reference.ts";
import type {DocumentVersionRecord, VersionedExtraction} from "../store/versions.ts";
import type {Extraction} from "../types.ts";
import type {ExtractionCache} from "./extraction-cache.ts";
import {extractFile, type InputResult} from "../extract/extract-file.ts";
import {fitForStore} from "../store/unfit-amounts.ts";
import type {KeyPlan, Plan} from "./plan.ts";
import type {Progress} from "./progress.ts";
import type {FailedFile, LandedFile} from "./run-report.ts";
import type {ScannedFile} from "./scan.ts";

export interface LandContext {
  input: string;
  ref: Reference;
  cache: ExtractionCache;
  fingerprint: string;
  progress: Progress;
  /** Runs one file's extraction (refresh: in a worker with a time budget); default: in this thread. */
  extract?: (bytes: Uint8Array, source: string, isSynthetic: boolean) => Promise<InputResult>;
  /** Files extracted at once (with a pool of workers); results still land in path order. Default 1. */
  concurrency?: number;
  /** How a file is named in progress lines (the CLI shows paths as the user would type them). */
  show?: (source: string) => string;
}

export interface Landing {
  extractions: VersionedExtraction[];
  landed: LandedFile[];
  failed: FailedFile[];
  extracted: number;
  skipped: number;
}

export async function landAll(scanned: ScannedFile[], plan: Plan, ctx: LandContext): Promise<Landing> {
  const out: Landing = {extractions: [], landed: [], failed: [], extracted: 0, skipped: 0};
  const keyPlans = new Map(plan.keys.map((k) => [k.document_key, k]));
  const failedPlans = new Map(plan.failed.map((f) => [f.source, f]));
  const keep = async (versions: DocumentVersionRecord[]) =>
    out.extractions.push(...(await historical(versions, null, ctx, out)));
  // The current content of file i, started up to `ahead` files before it is needed: the workers run in parallel,
  // while only a window of files (not the corpus) is held in memory at once.
  const ahead = Math.max(1, ctx.concurrency ?? 1);
  const started = new Map<number, Promise<Result>>();
  const start = (i: number) => {
    if (i >= scanned.length || started.has(i)) return;
    const f = scanned[i];
    const early = failedPlans.get(f.source);
    const p: Promise<Result> = early ? Promise.resolve({ok: false, reason: early.reason}) : current(keyPlans.get(f.source)!, ctx, out);
    // Awaited in order below; a failure of one started early must not count as unhandled meanwhile.
    p.catch(() => {});
    started.set(i, p);
  };
  for (const [i, f] of scanned.entries()) {
    const n = `[${i + 1}/${scanned.length}] ${ctx.show?.(f.source) ?? f.source} …`;
    const early = failedPlans.get(f.source);
    const kp = keyPlans.get(f.source);
    for (let j = i; j < i + ahead; j++) start(j);
    const result = await started.get(i)!;
    started.delete(i);
    if (!result.ok) {
      out.failed.push({source: f.source, reason: result.reason});
      ctx.progress.tick(`${n} failed: ${result.reason}`);
      await keep(early?.previous ?? kp!.previous);
      continue;
    }
    const ex = result.extraction;
    const latest = kp!.versions.find((v) => v.is_latest)!;
    out.extractions.push({...ex, version: latest}, ...(await historical(kp!.versions, latest.doc_id, ctx, out)));
    const {doc_id, unit, year, kind, scope} = ex.document;
    const [facts, unplaced] = [ex.facts.length, ex.unplaced.length];
    const c = ex.counts;
    out.landed.push({
      source: f.source,
      doc_id,
      unit,
      year,
      kind,
      scope: scope ?? null,
      identity_warnings: identityWarnings(ex.document.identity_warnings),
      facts,
      unplaced,
      ...(c ? {amounts: {text: c.text, tables: {placed: c.tables.placed, unplaced: c.tables.unplaced, unrecognised_tables: c.tables.unrecognised}}} : {}),
      status: kp!.status,
      version: latest.version,
    });
    ctx.progress.tick(
      `${n} ${facts} facts${kp!.status === "unchanged" ? "" : ` (${kp!.status}, version ${latest.version})`}`,
    );
  }
  return out;
}

/** The document's identity warnings (stored as a JSON array of strings), tolerating an older cache without them. */
function identityWarnings(json: string | undefined): string[] {
  if (!json) return [];
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
}

type Result = {ok: true; extraction: Extraction} | {ok: false; reason: string};

/** The file's current content: cached, or read and extracted (and cached for next time). */
async function current(kp: KeyPlan, ctx: LandContext, out: Landing): Promise<Result> {
  const latest = kp.versions.find((v) => v.is_latest)!;
  const key = {
    doc_id: latest.doc_id,
    fingerprint: ctx.fingerprint,
    source: kp.document_key,
    isSynthetic: kp.file.isSynthetic,
  };
  const cached = ctx.cache.read(key);
  if (cached) {
    out.skipped++;
    return {ok: true, extraction: cached};
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path.join(ctx.input, kp.document_key));
  } catch (err) {
    return {ok: false, reason: `cannot read: ${(err as Error).message}`};
  }
  out.extracted++;
  const result = await extractWith(ctx, bytes, kp.document_key, kp.file.isSynthetic);
  if (!result.ok) return result;
  // NOTE: a file rewritten between the scan and now would land under a doc_id its manifest row does not have.
  if (result.extraction.document.doc_id !== latest.doc_id)
    return {ok: false, reason: "file changed while the refresh ran; run it again"};
  ctx.cache.write(key, result.extraction, bytes);
  return result;
}

/** Versions other than `except`, from the cache or re-extracted from their kept bytes; a lost one is reported. */
async function historical(
  versions: DocumentVersionRecord[],
  except: string | null,
  ctx: LandContext,
  out: Landing,
): Promise<VersionedExtraction[]> {
  const exs: VersionedExtraction[] = [];
  for (const v of versions) {
    if (v.doc_id === except) continue;
    const origin = ctx.cache.readOrigin(v.doc_id);
    const key = {
      doc_id: v.doc_id,
      fingerprint: ctx.fingerprint,
      source: v.document_key,
      isSynthetic: origin?.isSynthetic ?? false,
    };
    let ex = ctx.cache.read(key);
    if (ex) out.skipped++;
    else if (origin) {
      out.extracted++;
      const r = await extractWith(ctx, origin.bytes, v.document_key, origin.isSynthetic);
      if (r.ok) ctx.cache.write(key, r.extraction, origin.bytes);
      ex = r.ok ? r.extraction : null;
    }
    if (ex) exs.push({...ex, version: v});
    else
      out.failed.push({
        source: v.document_key,
        reason: `version ${v.version} (${v.doc_id}) lost: its cached extraction and bytes are gone`,
      });
  }
  return exs;
}

function extractWith(ctx: LandContext, bytes: Uint8Array, source: string, isSynthetic: boolean): Promise<InputResult> {
  return ctx.extract ? ctx.extract(bytes, source, isSynthetic) : extractFile(bytes, source, ctx.ref, {isSynthetic, fit: fitForStore});
}
