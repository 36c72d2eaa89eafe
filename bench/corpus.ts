/**
 * Benchmark corpora: `n` documents from `gongkai synth`, seed after seed (83 documents each, under `s<seed>/`), in
 * the mix real folders show — most UTF-8 text, some GB18030, some with Windows line ends and a BOM, some hard-wrapped
 * like a PDF's text layer, and (when pdfkit and a CJK font are present, as for the tests) a few real PDFs. Which
 * document gets which form is decided by a hash of its path, so the same `n` always gives the same bytes.
 *
 * Generating 10,000 documents takes a while, so a corpus is kept under the system's temp folder, keyed by `n` and a
 * hash of the generator's code; a corpus whose marker is missing or stale is made again.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {fileURLToPath} from "node:url";
import {generateCorpus, type SynthDoc} from "../pipeline/synth/corpus.ts";
import {hash32} from "../pipeline/synth/rng.ts";
import {encodeAs, hardWrap, toCRLF} from "../tests/helpers/seed-variants.ts";

const REPO = fileURLToPath(new URL("../", import.meta.url));
export const BENCH_ROOT = path.join(os.tmpdir(), "gongkai-bench");
const FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

export type Form = "utf-8" | "gb18030" | "crlf-bom" | "wrapped" | "pdf";

/** Share of each form, in per mille, by the path's hash. */
const MIX: [Form, number][] = [
  ["pdf", 10],
  ["gb18030", 110],
  ["crlf-bom", 80],
  ["wrapped", 100],
  ["utf-8", 700],
];

export interface Corpus {
  dir: string;
  documents: number;
  bytes: number;
  forms: Record<Form, number>;
}

export interface CorpusDoc {
  path: string;
  form: Form;
  doc: SynthDoc;
}

const seedDocs = (seed: number) => generateCorpus({seed, units: "all", years: [2020, 2025], anomalyRate: 0.15}).docs;

/** The documents of the endless sequence from the `from`-th on: seed 1's 83 documents, then seed 2's, … */
export function* documents(from = 0): Generator<CorpusDoc> {
  const perSeed = seedDocs(1).length;
  for (let seed = Math.floor(from / perSeed) + 1, skip = from % perSeed; ; seed++, skip = 0) {
    for (const doc of seedDocs(seed).slice(skip)) {
      const rel = `s${String(seed).padStart(5, "0")}/${doc.entry.path}`;
      const form = formOf(rel);
      yield {path: form === "pdf" ? rel.replace(/\.txt$/, ".pdf") : rel, form, doc};
    }
  }
}

function formOf(rel: string): Form {
  let h = hash32(rel) % 1000;
  for (const [form, share] of MIX) {
    if (h < share) return form === "pdf" && !canMakePdf() ? "utf-8" : form;
    h -= share;
  }
  return "utf-8";
}

let pdfkit: typeof import("pdfkit") | null | undefined;
function canMakePdf(): boolean {
  return fs.existsSync(FONT) && fs.existsSync(path.join(REPO, "node_modules/pdfkit"));
}

export async function bytesOf(d: CorpusDoc): Promise<Uint8Array> {
  const text = d.doc.text;
  switch (d.form) {
    case "utf-8":
      return d.doc.bytes;
    case "gb18030":
      return encodeAs(text, "gb18030");
    case "crlf-bom":
      return encodeAs(toCRLF(text), "utf-8-bom");
    case "wrapped":
      return encodeAs(hardWrap(text, 38), "utf-8");
    case "pdf":
      return pdfOf(text);
  }
}

/** The text set as a PDF the way the PDF tests make theirs: paragraphs wrapped at the page width. */
async function pdfOf(text: string): Promise<Uint8Array> {
  pdfkit ??= (await import("pdfkit")).default as unknown as typeof import("pdfkit");
  const PDFDocument = pdfkit as unknown as typeof import("pdfkit");
  const doc = new PDFDocument({size: "A4", margin: 56, compress: true, info: {CreationDate: new Date(0)}});
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) => doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  doc.font(FONT, "NotoSansCJKsc-Regular").fontSize(11);
  for (const para of text.split("\n")) {
    if (para.trim()) doc.text(para.trim(), {align: "left", paragraphGap: 4});
    else doc.moveDown(0.5);
  }
  doc.end();
  return done;
}

/** The corpus of `n` documents, made now unless an up-to-date copy is on disk. */
export async function ensureCorpus(n: number, log: (s: string) => void): Promise<Corpus> {
  const dir = path.join(BENCH_ROOT, `corpus-${n}`);
  const marker = path.join(dir, ".bench-corpus.json");
  const key = generatorHash();
  if (fs.existsSync(marker)) {
    const m = JSON.parse(fs.readFileSync(marker, "utf8")) as Corpus & {key: string};
    if (m.key === key) return {dir, documents: m.documents, bytes: m.bytes, forms: m.forms};
  }
  fs.rmSync(dir, {recursive: true, force: true});
  const started = performance.now();
  const forms = {"utf-8": 0, gb18030: 0, "crlf-bom": 0, wrapped: 0, pdf: 0} as Record<Form, number>;
  let bytes = 0;
  let i = 0;
  for (const d of documents()) {
    if (i++ === n) break;
    const b = await bytesOf(d);
    const file = path.join(dir, d.path);
    fs.mkdirSync(path.dirname(file), {recursive: true});
    fs.writeFileSync(file, b);
    bytes += b.length;
    forms[d.form]++;
    if (i % 1000 === 0) log(`  generated ${i}/${n} documents`);
  }
  const corpus = {dir, documents: n, bytes, forms};
  fs.writeFileSync(marker, JSON.stringify({...corpus, key}));
  log(`  corpus of ${n} documents generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return corpus;
}

/** The document after the corpus's last: what "one document added" adds. */
export async function nextDocument(n: number): Promise<{path: string; bytes: Uint8Array}> {
  const d = documents(n).next().value!;
  return {path: `added/${d.path}`, bytes: await bytesOf(d)};
}

function generatorHash(): string {
  const h = crypto.createHash("sha256");
  const files = [
    ...fs.readdirSync(path.join(REPO, "pipeline/synth")).map((f) => `pipeline/synth/${f}`),
    "bench/corpus.ts",
    "tests/helpers/seed-variants.ts",
  ].sort();
  for (const f of files) h.update(f).update(fs.readFileSync(path.join(REPO, f)));
  return h.digest("hex").slice(0, 16);
}
