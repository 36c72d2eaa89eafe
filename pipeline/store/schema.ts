/**
 * The one description of every stored table: Arrow schemas, DuckDB DDL and the data dictionary (COMMENT ON) are
 * all generated from `TABLES`, so the three can never drift apart.
 */
import {parseDec, type Dec} from "../lib/decimal.ts";
import type {Extraction} from "../types.ts";
import {versionRows} from "./versions.ts";

/**
 * text/int/bool map one-to-one. money and pct travel as decimal strings (Utf8 in Arrow) and become DECIMAL in
 * DuckDB; a trailing "?" marks the column nullable.
 */
export type Kind = "text" | "int" | "bool" | "money" | "pct";

export interface Column {
  name: string;
  kind: Kind;
  nullable: boolean;
  comment: string;
  /** Reads the value from a record; defaults to `record[name]`. */
  get: (record: any) => unknown;
}

export interface TableSpec {
  name: TableName;
  comment: string;
  columns: Column[];
  /** Sort keys after doc_id; ties keep the extraction's own order (stable sort). */
  order: string[];
  rows: (ex: Extraction) => object[];
}

export const TABLE_NAMES = [
  "documents",
  "sections",
  "mentions",
  "facts",
  "changes",
  "reasons",
  "unplaced",
  "conflicts",
  "document_versions",
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** Precision and scale per decimal kind: 万元 with 6 places keeps 元-level inputs like 1234.56元 exact. */
export const DECIMALS = {money: {width: 24, scale: 6}, pct: {width: 9, scale: 4}} as const;

export function duckdbType(kind: Kind): string {
  if (kind === "money" || kind === "pct") return `DECIMAL(${DECIMALS[kind].width},${DECIMALS[kind].scale})`;
  return {text: "VARCHAR", int: "INTEGER", bool: "BOOLEAN"}[kind];
}

/**
 * Parses a decimal string into the scaled bigint DuckDB stores. Throws instead of rounding: a value with more
 * places (or digits) than the column holds would otherwise be silently changed by DuckDB's cast.
 */
export function scaledDecimal(value: string, kind: "money" | "pct"): bigint {
  const {width, scale} = DECIMALS[kind];
  let d: Dec;
  try {
    d = parseDec(value);
  } catch {
    throw new Error(`not a decimal string: ${JSON.stringify(value)}`);
  }
  const excess = d.scale - scale;
  if (excess > 0 && d.int % 10n ** BigInt(excess) !== 0n) throw new Error(`${value} has more than ${scale} decimal places`);
  const scaled = excess > 0 ? d.int / 10n ** BigInt(excess) : d.int * 10n ** BigInt(-excess);
  if ((scaled < 0n ? -scaled : scaled).toString().length > width) throw new Error(`${value} does not fit DECIMAL(${width},${scale})`);
  return scaled;
}

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
/** COMMENT ON takes no bound parameters, so comments are quoted as SQL literals. */
export const quoteLiteral = (text: string) => `'${text.replaceAll("'", "''")}'`;

export function createTableSql(spec: TableSpec): string {
  const cols = spec.columns.map((c) => `  ${quoteIdent(c.name)} ${duckdbType(c.kind)}${c.nullable ? "" : " NOT NULL"}`);
  return `CREATE TABLE ${quoteIdent(spec.name)} (\n${cols.join(",\n")}\n);`;
}

export function commentSql(spec: TableSpec): string[] {
  const table = quoteIdent(spec.name);
  return [
    `COMMENT ON TABLE ${table} IS ${quoteLiteral(spec.comment)};`,
    ...spec.columns.map((c) => `COMMENT ON COLUMN ${table}.${quoteIdent(c.name)} IS ${quoteLiteral(c.comment)};`),
  ];
}

/** The full DDL, e.g. to print as the data dictionary or to write `sql/schema/*.sql`. */
// ---- the tables ------------------------------------------------------------------------------------------------

/** `kind` may end in "?" for a nullable column. */
function col(name: string, kind: `${Kind}` | `${Kind}?`, comment: string, get?: (r: any) => unknown): Column {
  const nullable = kind.endsWith("?");
  return {name, kind: kind.replace("?", "") as Kind, nullable, comment, get: get ?? ((r) => r[name])};
}

/** A Span [start, end) becomes two INTEGER columns `<name>_start`, `<name>_end`. */
function span(name: string, what: string): Column[] {
  const unit = "offset into documents.text in UTF-16 code units";
  return [
    col(`${name}_start`, "int", `Start of ${what}: ${unit} (inclusive)`, (r) => r[name][0]),
    col(`${name}_end`, "int", `End of ${what}: ${unit} (exclusive)`, (r) => r[name][1]),
  ];
}

const docId = col("doc_id", "text", "Document identity: first 16 hex digits of the sha256 of the raw file bytes");
const section = col("section", "text", "Dotted heading path of the innermost section containing it (sections.path)");
const MONEY = "decimal in `unit`; money is always 万元";
const basis = col("basis", "text?", "Funds covered: total | fiscal | general_budget | gov_fund | state_capital");
const code = col("code", "text?", "Function or economic classification code the label resolves to (kept VARCHAR)");
const label = col("label", "text?", "Label as normalised (full-width brackets, no spaces)");

export const TABLES: TableSpec[] = [
  {
    name: "documents",
    comment: "One row per source document (部门预算 or 部门决算).",
    order: [],
    rows: (ex) => [ex.document],
    columns: [
      docId,
      col("source", "text", "Path of the source file as given (relative to the input folder on refresh)"),
      col("unit", "text?", "Reporting unit (单位) name, e.g. 阿坝州总工会"),
      col("year", "int?", "Fiscal year the document is about"),
      col("kind", "text?", "budget (部门预算) or final (部门决算)"),
      col("scope", "text?", "department (部门预算/决算: the department and its units) or unit (单位预算/决算: one unit); department when the document does not say"),
      col("published", "text?", "Publication date, ISO yyyy-mm-dd: as the text states it (page header, signature), else the PDF's metadata creation date"),
      col("region", "text?", "Region path, outermost first, joined with ' › '"),
      col("region_level", "text?", "Administrative level of the region: province | prefecture | county"),
      col("encoding", "text", "Encoding of the raw bytes: utf-8, utf-8-bom, gb18030, utf-16le or utf-16be"),
      col("identity_source", "text", "JSON object: per identity field (unit, year, kind, scope, published, region), the reading it came from: title, label, caption, signature, page_header, pdf_metadata, chapters, body, path or default"),
      col("identity_warnings", "text", "JSON array: why identification is uncertain (readings that disagree, a field inferred or from the path, an implausible date); [] when none"),
      col("is_synthetic", "bool", "True for documents generated by `gongkai synth`"),
      col("text", "text", "The decoded, cleaned text every span points into"),
    ],
  },
  {
    name: "sections",
    comment: "Numbered headings of each document and the text range they cover.",
    order: ["ordinal"],
    rows: (ex) => ex.sections,
    columns: [
      docId,
      col("ordinal", "int", "Position of the section in document order, from 0"),
      col("path", "text", "Dotted path of heading numbers, normalised (e.g. 5, 5.3, 5.3.1)"),
      col("level", "int", "Nesting depth: 1 for 一、, 2 for （一）, 3 for 1．"),
      col("title", "text", "Heading text without its number"),
      ...span("span", "the whole section, subsections included"),
      ...span("heading_span", "the heading line"),
    ],
  },
  {
    name: "mentions",
    comment: "Every amount the text states, whether or not it became a fact.",
    order: ["mention_id"],
    rows: (ex) => ex.mentions,
    columns: [
      docId,
      col("mention_id", "int", "Mention number within the document"),
      section,
      ...span("span", "the number as written"),
      col("quote", "text", "Sentence or clause around the mention: the evidence shown to a reader"),
      col("as_written", "text", "The number as written, unit included, e.g. 3422.23万元"),
      col("amount_as_written", "text", "Numeric part as written, separators stripped; 无 for a stated none (本部门无政府性基金预算: amount 0)"),
      col("unit_as_written", "text", "Unit as written: 万元, 元, 亿元, 千元, %, 个, 辆 …"),
      col("amount", "money", `Canonical amount, ${MONEY}`),
      col("unit", "text", "Canonical unit: 万元 | % | 个 | 辆 | 人"),
      col("role", "text", "What the mention became: fact | item | share | change | change_pct | prior | reason | reason_part | unplaced"),
      col("key", "text?", "Key of the fact or change it belongs to; NULL when unplaced"),
      col("code", "text?", "For fact mentions: classification code the label resolved to here"),
      col("label", "text?", "For fact mentions: the label as stated here (normalised)"),
      col("path_as_written", "text?", "For fact mentions: classification path as written here"),
    ],
  },
  {
    name: "facts",
    comment: "One stated amount per row: the exact facts of a disclosure.",
    order: ["span_start", "span_end"],
    rows: (ex) => ex.facts,
    columns: [
      docId,
      col("key", "text", "Vocabulary key, e.g. income.total, expenditure.function, basic.item"),
      basis,
      code,
      label,
      col("parent", "text?", "Parent code or group (function code for details/projects; personnel|public)"),
      col("measure", "text?", "null for budgets (the budgeted amount); actual (决算数) for final accounts; budget_initial (年初预算数) / budget_adjusted (调整预算数/全年预算数) where a final account states them; execution_estimate (预算执行数/预计执行数)"),
      col("amount", "money", `Canonical amount, ${MONEY}`),
      col("unit", "text", "Canonical unit: 万元 | % | 个 | 辆 | 人"),
      col("amount_as_written", "text", "Numeric part as written; 无 for a stated none (本部门无政府性基金预算: amount 0)"),
      col("unit_as_written", "text", "Unit as written"),
      col("share_pct", "pct?", "Share of its total as stated in the text, in percent"),
      col("share_pct_as_written", "text?", "The share as written, e.g. 2.1: its decimals set the check's precision"),
      col("rate_pct", "pct?", "Completion rate stated with an actual amount (完成年初预算的91.14%), in percent", (r) => r.rate_pct ?? null),
      col("rate_pct_as_written", "text?", "The completion rate as written: its decimals set the check's precision", (r) => r.rate_pct_as_written ?? null),
      col("rate_base", "text?", "The measure the completion rate is of: budget_initial | budget_adjusted | null (完成预算的, unnamed)", (r) => r.rate_base ?? null),
      col("path_as_written", "text?", "Classification path as written, e.g. 201>20129>社会保障和就业支出"),
      section,
      ...span("span", "the stating mention"),
      col("quote", "text", "Sentence or clause stating the fact"),
      col("mentions", "int", "Number of mentions stating this fact with the same amount"),
      col("origin", "text", "Where the fact was read: text (the narrative) or table (a standard table)"),
      col("table_name", "text?", "The standard table a table fact came from, as titled in the document"),
      col("conflict", "bool", "True when another mention states a different amount (see conflicts)"),
    ],
  },
  {
    name: "changes",
    comment: "Stated year-on-year changes of a fact.",
    order: ["change_id"],
    rows: (ex) => ex.changes,
    columns: [
      docId,
      col("change_id", "int", "Change number within the document (reasons.change_id)"),
      col("key", "text", "Key of the fact that changed"),
      basis,
      code,
      label,
      col("compare_year", "int?", "Year compared against"),
      col("delta", "money", `Signed change, ${MONEY}`),
      col("prior", "money?", `Prior-year amount, ${MONEY}`),
      col("prior_measure", "text?", "Which figure the prior is: actual (决算数) | budget (预算数) | budget_initial (年初预算数) | execution_estimate (预算执行数) | null (比上年, unnamed)", (r) => r.prior_measure ?? null),
      col("prior_source", "text?", "stated (in the text) or implied (current − delta)"),
      col("current", "money?", `Current amount the change is about, ${MONEY}`),
      col("pct", "pct?", "Stated signed percentage change"),
      col("pct_as_written", "text?", "The percentage as written, e.g. 1.66: its decimals set the check's precision"),
      section,
      ...span("span", "the change statement"),
      col("quote", "text", "Sentence stating the change"),
    ],
  },
  {
    name: "reasons",
    comment: "Reasons the text gives for a change (主要原因是…).",
    order: ["change_id", "ordinal"],
    rows: (ex) => ex.reasons,
    columns: [
      docId,
      col("change_id", "int", "The change explained (changes.change_id)"),
      col("change_key", "text", "Key of that change"),
      col("ordinal", "int", "Position of the reason within the change, from 0"),
      col("text", "text", "The reason as written"),
      col("delta", "money?", `Signed amount of this reason, ${MONEY}; NULL when none is stated`),
      col("parts", "text", "JSON array of {label, delta} sub-parts (其中：…)"),
      ...span("span", "the reason"),
    ],
  },
  {
    name: "unplaced",
    comment: "Mentions that could not be placed into a fact: the extraction's to-do list.",
    order: ["mention_id"],
    rows: (ex) => ex.unplaced,
    columns: [
      docId,
      col("mention_id", "int?", "The mention (mentions.mention_id); NULL for a table cell"),
      section,
      ...span("span", "the number as written (0, 0 for a table cell)"),
      col("as_written", "text", "The number as written, unit included"),
      col("quote", "text", "Sentence around the mention, or the table row's cells joined with ' | '"),
      col("reason", "text", "Why it could not be placed"),
      col("origin", "text", "Where the amount was read: text (the narrative) or table (a table cell)"),
      col("table_name", "text?", "The table a cell belongs to, as titled in the document; NULL for the narrative"),
      col("row_label", "text?", "The table row's label; NULL for the narrative or a row without one"),
      col("column_header", "text?", "The table column's header path ('决算数 › 基本支出'); NULL for the narrative"),
    ],
  },
  {
    name: "conflicts",
    comment: "Two mentions of one fact stating different amounts; kept, never silently resolved.",
    order: ["span_start", "other_span_start"],
    rows: (ex) => ex.conflicts,
    columns: [
      docId,
      col("key", "text", "Vocabulary key of the fact"),
      basis,
      code,
      label,
      col("parent", "text?", "Parent code or group"),
      col("amount", "money", `Amount of the fact, ${MONEY}`),
      col("other_amount", "money", `The differing amount, ${MONEY}`),
      ...span("span", "the fact's mention"),
      ...span("other_span", "the differing mention"),
      col("quote", "text", "Sentence stating amount"),
      col("other_quote", "text", "Sentence stating other_amount"),
    ],
  },
  {
    name: "document_versions",
    comment:
      "The refresh manifest: one row per version of a document. A file republished with new content at the same path is a new version; older versions keep their rows in every table.",
    order: [],
    rows: versionRows,
    columns: [
      col("doc_id", "text", "The version's document (documents.doc_id)"),
      col("document_key", "text", "Stable identity of the disclosure across versions: its path relative to the input folder"),
      col("version", "int", "1 for the first content seen at document_key, then 2, 3 … for each republication"),
      col("supersedes", "text?", "doc_id of the version this one replaced; NULL for version 1"),
      col("is_latest", "bool", "True for the version whose content is at document_key now; analysts' models read only these"),
      col("sha256", "text", "sha256 of the raw file bytes (64 hex digits): the manifest's content hash"),
      col("bytes", "int", "Size of the raw file in bytes"),
    ],
  },
];
