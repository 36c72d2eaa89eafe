import {createHash} from "node:crypto";
import {identify} from "../identify/identify.ts";
import {cleanText} from "../read/clean.ts";
import type {Reference} from "../reference/load-reference.ts";
import {segmentSections} from "../segment/sections.ts";
import type {TableGrid} from "../read/grid.ts";
import {tableFacts} from "./tables/table-facts.ts";
import type {ChangeRecord, Extraction, ExtractionCounts, MentionRecord, ReasonRecord, TableCount, UnplacedRecord} from "../types.ts";
import {scanAmounts} from "./amount-scan.ts";
import {MAX_AMOUNTS, TooComplexError} from "../lib/structure-limits.ts";
import {makeClassifier, type Classifier} from "./classify.ts";
import {interpret, type FactMention} from "./interpret.ts";
import {quoteOf} from "./quote.ts";
import {reconcile} from "./reconcile.ts";
import {statedNone} from "./stated-none.ts";

/**
 * Extraction is a pure function: a decoded document in, the tables of its sections, mentions, facts, changes,
 * reasons and unplaced amounts out. It opens no database and writes no file. A file of any format comes in through
 * ./extract-file.ts, which reads it and calls extractDocument.
 */

export interface DecodedDocument {
  /** Text as decoded from the file (before cleaning). */
  raw: string;
  encoding: string;
  /** Source path, used for identity when the text does not say. */
  source: string;
  /** Content hash of the raw bytes. */
  docId: string;
  isSynthetic?: boolean;
  /** The document's standard tables (from a PDF's item positions, a spreadsheet, a .docx/.html table): their
   * facts (origin "table") are appended after the narrative's. */
  tables?: TableGrid[];
  /** A PDF's own metadata creation date (ISO yyyy-mm-dd): the publication date when the text states none. */
  created?: string | null;
}

export function docIdOf(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 16);
}

export function extractDocument(doc: DecodedDocument, ref: Reference): Extraction {
  const text = cleanText(doc.raw);
  const id = identify(text, doc.source, ref.regions, {tables: doc.tables, pdfCreated: doc.created});
  const sections = segmentSections(doc.docId, text);
  const tokens = scanAmounts(text);
  if (tokens.length > MAX_AMOUNTS) throw new TooComplexError(`${tokens.length} amounts in one document, over the limit of ${MAX_AMOUNTS}`);
  const cls = classifierFor(ref);
  const {facts: factMentions, changes: changeMentions, placements} = interpret(text, tokens, sections, cls, ref.labels, id.year, id.unit, id.kind);
  // A clause saying the unit has none of a fund (本部门无政府性基金预算) states zeros; they follow the amounts'
  // mentions, so a line also stated as "0万元" keeps that mention as its fact's evidence.
  const nones = statedNone(text, sections, cls, ref.labels, id.year, id.unit, id.kind);
  // Each mention carries its measure: in final accounts the 决算数 unless its words name 年初预算/全年预算.
  const {facts, conflicts} = reconcile(doc.docId, text, [...factMentions, ...nones.flatMap((n) => n.facts)]);

  const placementOf = new Map(placements.map((p) => [p.token.span[0], p]));
  const factOf = new Map<number, FactMention>();
  for (const f of factMentions) if (!factOf.has(f.token.span[0])) factOf.set(f.token.span[0], f);
  const mentions: MentionRecord[] = [];
  const unplaced: UnplacedRecord[] = [];
  tokens.forEach((t, i) => {
    const p = placementOf.get(t.span[0]);
    // Counts inside descriptive prose (职能, 工作任务) are not amounts of the budget: no mention at all.
    if (!p) return;
    const quote = quoteOf(text, p.sentence.span, t.span);
    const fm = factOf.get(t.span[0]);
    mentions.push({doc_id: doc.docId, mention_id: i, section: p.section, span: t.span, quote, as_written: t.asWritten, amount_as_written: t.amountAsWritten, unit_as_written: t.unitAsWritten, amount: t.amount, unit: t.unit, role: p.role, key: p.key, code: fm?.code ?? null, label: fm?.label ?? null, path_as_written: fm?.path_as_written ?? null});
    if (p.role === "unplaced") unplaced.push({doc_id: doc.docId, mention_id: i, section: p.section, span: t.span, as_written: t.asWritten, quote, reason: p.why ?? "not placed", origin: "text", table_name: null, row_label: null, column_header: null});
  });

  const changes: ChangeRecord[] = [];
  const reasons: ReasonRecord[] = [];
  changeMentions.forEach((c, i) => {
    const s = c.subject;
    const span = c.token?.span ?? s.token.span;
    changes.push({doc_id: doc.docId, change_id: i, key: s.key, basis: s.basis, code: s.code, label: s.label, compare_year: c.compare_year, delta: c.delta, prior: c.prior, prior_measure: c.prior_measure, prior_source: c.prior_source, current: s.token.amount, pct: c.pct, pct_as_written: c.pct_as_written, section: c.section, span, quote: quoteOf(text, c.sentence.span, span)});
    for (const r of c.reasons) {
      reasons.push({doc_id: doc.docId, change_id: i, change_key: s.key, ordinal: r.ordinal, text: r.text, delta: r.delta, parts: JSON.stringify(r.parts.map((p) => ({label: p.label, delta: p.delta}))), span: r.span});
    }
  });

  nones.forEach(({token: t, facts: [f]}, j) => {
    mentions.push({doc_id: doc.docId, mention_id: tokens.length + j, section: f.section, span: t.span, quote: quoteOf(text, f.sentence.span, t.span), as_written: t.asWritten, amount_as_written: t.amountAsWritten, unit_as_written: t.unitAsWritten, amount: t.amount, unit: t.unit, role: "fact", key: f.key, code: null, label: f.label, path_as_written: null});
  });

  const textCounts = {placed: mentions.length - unplaced.length, unplaced: unplaced.length};

  // Table facts follow the text facts: the narrative's facts keep their order, and a check (text_vs_table) compares
  // the two where both state an amount. Every amount cell a table fact does not account for is listed as unplaced,
  // with the table, the row, the column and the reason; an unrecognised table or one without a unit lists them all.
  const perTable: TableCount[] = [];
  for (const grid of doc.tables ?? []) {
    const tf = tableFacts(grid, ref, {docId: doc.docId, kind: id.kind});
    facts.push(...tf.facts);
    for (const u of tf.unplaced) {
      unplaced.push({doc_id: doc.docId, mention_id: null, section: grid.location, span: [0, 0], as_written: grid.unit ? `${u.cell}${grid.unit}` : u.cell, quote: u.quote, reason: u.reason, origin: "table", table_name: grid.title, row_label: u.rowLabel || null, column_header: u.columnHeader || null});
    }
    perTable.push({title: grid.title, location: grid.location, kind: tf.kind, placed: tf.placedCells, unplaced: tf.unplaced.length});
  }
  const sum = (k: "placed" | "unplaced") => perTable.reduce((n, t) => n + t[k], 0);
  const counts: ExtractionCounts = {
    text: textCounts,
    tables: {
      placed: sum("placed"),
      unplaced: sum("unplaced"),
      recognised: perTable.filter((t) => t.kind !== null).length,
      unrecognised: perTable.filter((t) => t.kind === null).length,
      per_table: perTable,
    },
  };

  return {
    document: {
      doc_id: doc.docId,
      source: doc.source,
      unit: id.unit,
      year: id.year,
      kind: id.kind,
      scope: id.scope,
      published: id.published,
      region: id.region,
      region_level: id.region_level,
      encoding: doc.encoding,
      identity_source: JSON.stringify(id.source),
      identity_warnings: JSON.stringify(id.warnings),
      is_synthetic: doc.isSynthetic ?? false,
      text,
    },
    sections,
    mentions,
    facts,
    changes,
    reasons,
    unplaced,
    conflicts,
    counts,
  };
}

export type {FactMention};

const CLASSIFIERS = new WeakMap<Reference, Classifier>();

/** One classifier per reference, not per document: building its indexes cost more than classifying a document. */
function classifierFor(ref: Reference): Classifier {
  let cls = CLASSIFIERS.get(ref);
  if (!cls) CLASSIFIERS.set(ref, (cls = makeClassifier(ref)));
  return cls;
}
