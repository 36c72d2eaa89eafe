/**
 * Child process of the benchmark: reads every file of a corpus, then reads and extracts every file, both on this one
 * thread, and prints the timings as JSON. Reading + decoding is the floor extraction is measured against: the
 * bytes must be read and decoded whatever the extractor does with them. Its own process, so its peak RSS is its own.
 *
 *   tsx bench/stages.ts <corpus dir> [--limit N]
 */
import fs from "node:fs";
import path from "node:path";
import {readDocument} from "../pipeline/read/read-document.ts";
import {loadReference} from "../pipeline/reference/load-reference.ts";
import {extractFile} from "../pipeline/extract/extract-file.ts";
import {listInputs} from "../pipeline/refresh/list-inputs.ts";
import {fitForStore} from "../pipeline/store/unfit-amounts.ts";

const [dir, ...rest] = process.argv.slice(2);
const limitAt = rest.indexOf("--limit");
const limit = limitAt >= 0 ? Number(rest[limitAt + 1]) : Infinity;
const files = listInputs(dir).slice(0, limit);
const ref = loadReference();

/** One pass, timed in total and for text and PDF files apart: a PDF costs a hundred text files, and hides them. */
async function timed(label: string, each: (bytes: Buffer, source: string) => Promise<unknown>) {
  const by = {text: {documents: 0, bytes: 0, ms: 0}, pdf: {documents: 0, bytes: 0, ms: 0}};
  let failed = 0;
  const started = performance.now();
  for (const source of files) {
    const t = performance.now();
    const b = fs.readFileSync(path.join(dir, source));
    try {
      const r = (await each(b, source)) as {ok?: boolean};
      if (r && r.ok === false) failed++;
    } catch {
      failed++;
    }
    const kind = by[source.endsWith(".pdf") ? "pdf" : "text"];
    kind.documents++;
    kind.bytes += b.length;
    kind.ms += performance.now() - t;
  }
  const ms = performance.now() - started;
  for (const k of Object.values(by)) k.ms = Math.round(k.ms);
  const bytes = by.text.bytes + by.pdf.bytes;
  return {label, documents: files.length, bytes, failed, ms: Math.round(ms), rss_mb: Math.round(process.resourceUsage().maxRSS / 1024), ...by};
}

// Warm-up: the PDF reader and the JIT, so neither pass pays for loading code.
for (const source of files.slice(0, 20)) await extractFile(fs.readFileSync(path.join(dir, source)), source, ref, {isSynthetic: true, fit: fitForStore});

const read = await timed("read/decode", (b, source) => readDocument(b, source));
const extract = await timed("read+extract", (b, source) => extractFile(b, source, ref, {isSynthetic: true, fit: fitForStore}));
process.stdout.write(JSON.stringify({read, extract}) + "\n");
