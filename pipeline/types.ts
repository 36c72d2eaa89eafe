/**
 * The records that flow from extraction to the warehouse. Extraction is a pure function that returns an
 * `Extraction`; the Arrow stage turns each array into an Arrow table and the loader copies those into DuckDB.
 *
 * Money is never a JS number here: every amount is a decimal string (e.g. "3422.23", "-2336.67",
 * "18976.7551") exactly as computed from the source digits.
 */

/** Which funds an amount covers, where the document distinguishes them. */
export type Basis = "total" | "fiscal" | "general_budget" | "gov_fund" | "state_capital";

/** 部门预算 (budget) or 部门决算 (final accounts). */
export type DocKind = "budget" | "final";

/** Whose budget: a department's (部门预算/决算, the department and the units under it) or one unit's (单位预算/决算). */
export type DocScope = "department" | "unit";

/** Which figure of a year an amount is: null is a budget document's budgeted amount (预算数); "actual" a final
 * account's 决算数; "budget_initial" 年初预算数; "budget_adjusted" 调整预算数/全年预算数; "execution_estimate" a budget
 * document's 上年预算执行数/预计执行数. "budget" says the budgeted amount explicitly (kept null in budget documents). */
export type Measure = "budget" | "actual" | "budget_initial" | "budget_adjusted" | "execution_estimate";

/** The unit an amount is expressed in after normalisation. Money is always 万元. */
export type CanonicalUnit = "万元" | "%" | "个" | "辆" | "人" | "次";

/** A span of the document's decoded (cleaned) text: [start, end) in UTF-16 code units. */
export type Span = [number, number];

export interface DocumentRecord {
  /** sha256 of the raw file bytes, first 16 hex digits: stable identity of the content. */
  doc_id: string;
  /** Path of the source file as given (relative to the input folder when refreshed). */
  source: string;
  /** Unit (单位) name, e.g. 阿坝州总工会. null when neither text nor path says. */
  unit: string | null;
  /** Fiscal year the document is about. */
  year: number | null;
  kind: DocKind | null;
  /** department (部门预算/决算) or unit (单位预算/决算); department when the document does not say. */
  scope: DocScope | null;
  /** Publication date as ISO yyyy-mm-dd: the date the text states (page header, signature), else the PDF's own
   * metadata creation date; `identity_source.published` says which. */
  published: string | null;
  /** Region path, outermost first, joined with " › " (e.g. 四川省 › 阿坝藏族羌族自治州 › 汶川县). */
  region: string | null;
  /** Administrative level of the unit's region: province | prefecture | county. */
  region_level: string | null;
  /** Encoding the raw bytes were decoded from (utf-8, utf-8-bom, gb18030, utf-16le, utf-16be). */
  encoding: string;
  /** Where each identity field came from, JSON-encoded: per field "title", "label", "caption", "signature",
   * "page_header", "pdf_metadata", "chapters", "body", "path" or "default" (see identify/identify.ts). */
  identity_source: string;
  /** Why identification is uncertain, JSON-encoded list of sentences (readings that disagree, a field inferred or
   * taken from the path, an implausible date); "[]" when every field was read plainly. */
  identity_warnings: string;
  /** True for documents made by `gongkai synth`. */
  is_synthetic: boolean;
  /** The decoded, cleaned text that every span points into. */
  text: string;
}

export interface SectionRecord {
  doc_id: string;
  /** Ordinal of the section in document order, from 0. */
  ordinal: number;
  /** Dotted path of heading numbers as written, normalised (e.g. "5", "5.3", "5.3.1"). */
  path: string;
  /** Nesting depth: 1 for 一、, 2 for （一）, 3 for 1．… */
  level: number;
  /** Heading text without its number. */
  title: string;
  /** Span of the whole section (heading through the end of its body, subsections included). */
  span: Span;
  /** Span of the heading line itself. */
  heading_span: Span;
}

/** Every amount the text states, whether or not it was placed into a fact. */
export interface MentionRecord {
  doc_id: string;
  mention_id: number;
  /** Section path (see SectionRecord.path) of the innermost section containing the mention. */
  section: string;
  span: Span;
  /** The sentence (or clause) around the mention: the evidence shown to a reader. */
  quote: string;
  /** The number as written, including its unit, e.g. "3422.23万元". */
  as_written: string;
  /** Numeric part as written (digits, separators stripped), e.g. "3422.23". */
  amount_as_written: string;
  /** Unit as written: 万元, 元, 亿元, 千元, %, 个, 辆 … */
  unit_as_written: string;
  /** Canonical amount as a decimal string in `unit` (money in 万元). */
  amount: string;
  unit: CanonicalUnit;
  /** What this mention became: fact | item | share | change | change_pct | prior | reason | reason_part | unplaced. */
  role: string;
  /** Key of the fact/change it belongs to, null when unplaced. */
  key: string | null;
  /** For fact mentions: the classification code the label resolved to, the label as stated here (normalised), and
   * the classification path as written here. A fact keeps its first mention's; checks read every mention's. */
  code: string | null;
  label: string | null;
  path_as_written: string | null;
}

export interface FactRecord {
  doc_id: string;
  /** Vocabulary key, e.g. income.total, expenditure.function, basic.item. */
  key: string;
  basis: Basis | null;
  /** Classification code when the label resolves to one (function or economic), else null. */
  code: string | null;
  /** Label as normalised (full-width brackets, no spaces); the quote keeps it as written. */
  label: string | null;
  /** Parent code or group (function code for function_detail/project.item; personnel|public for basic.item). */
  parent: string | null;
  /** null for budget documents (the budgeted amount); "actual" (决算数) for final accounts; a final account's
   * tables also print "budget_initial" (年初预算数) and "budget_adjusted" (调整预算数/全年预算数) beside it. */
  measure: Measure | null;
  /** Canonical amount: decimal string in `unit`. */
  amount: string;
  unit: CanonicalUnit;
  amount_as_written: string;
  unit_as_written: string;
  /** Share of its total as stated in the text (percent), or null. */
  share_pct: string | null;
  /** The share as written ("2.1"): its decimals are the precision the share check allows. */
  share_pct_as_written: string | null;
  /** A stated completion rate (完成率: "完成年初预算的91.14%"), percent, kept with the fact it is the rate of (the
   * actual amount): the rate is actual ÷ the base measure named in `rate_base`. Absent/null when none is stated. */
  rate_pct?: string | null;
  /** The rate as written ("91.14"): its decimals are the precision a check allows. */
  rate_pct_as_written?: string | null;
  /** The measure the rate is of: budget_initial (完成年初预算的), budget_adjusted (完成全年/调整预算的), or null
   * when the text says only 完成预算的 and the document does not say which budget that is. */
  rate_base?: Measure | null;
  /** For classification facts: the path as written (e.g. 201>20129>社会保障和就业支出), else null. */
  path_as_written: string | null;
  section: string;
  span: Span;
  quote: string;
  /** Number of mentions that state this fact with the same amount. */
  mentions: number;
  /** Where the fact was read: the narrative text, or a standard table (收支预算总表 …) named in `table_name`. */
  origin: "text" | "table";
  /** The standard table a table fact came from, as titled in the document (null for text facts). */
  table_name: string | null;
  /** True when other mentions of the same fact state a different amount (see `conflicts`). */
  conflict: boolean;
}

export interface ChangeRecord {
  doc_id: string;
  change_id: number;
  key: string;
  basis: Basis | null;
  code: string | null;
  label: string | null;
  compare_year: number | null;
  /** Signed change in the fact's unit (decimal string). */
  delta: string;
  /** Prior-year amount: stated when the text says it, else current − delta. */
  prior: string | null;
  /** Which figure the prior is, as the comparison names it: "actual" (比上年决算数), "budget" (比上年预算数),
   * "budget_initial" (比上年年初预算数), "execution_estimate" (比上年预算执行数/预计执行数); null when the text
   * says only 比上年. A final account's 比年初预算数/比预算数 compares with the same year (compare_year = the
   * document's year). */
  prior_measure?: Measure | null;
  /** Whether `prior` was stated in the text or implied by current − delta. */
  prior_source: "stated" | "implied" | null;
  /** Current amount the change is about (the fact's amount). */
  current: string | null;
  /** Stated percentage change (signed), or null. */
  pct: string | null;
  /** The percentage as written ("1.66"): its decimals set the precision the percentage check allows. */
  pct_as_written: string | null;
  section: string;
  span: Span;
  quote: string;
}

export interface ReasonRecord {
  doc_id: string;
  change_id: number;
  change_key: string;
  ordinal: number;
  text: string;
  /** Signed amount of this reason, or null when the reason states none. */
  delta: string | null;
  /** Sub-parts (“其中：人员经费增加34.66万元…”), JSON array of {label, delta}. */
  parts: string;
  span: Span;
}

export interface UnplacedRecord {
  doc_id: string;
  /** The narrative mention (mentions.mention_id); null for a table cell. */
  mention_id: number | null;
  section: string;
  span: Span;
  as_written: string;
  quote: string;
  /** Why it could not be placed. */
  reason: string;
  /** Where the amount was read: the narrative (text) or a table cell (table). */
  origin: "text" | "table";
  /** For a table cell: the table's title as printed; null for the narrative. */
  table_name: string | null;
  /** For a table cell: its row's label. */
  row_label: string | null;
  /** For a table cell: its column's header path ("决算数 › 基本支出"). */
  column_header: string | null;
}

/** How many amounts of one side of a document became facts and how many stayed unplaced. */
export interface AmountCounts {
  placed: number;
  unplaced: number;
}

/** One table of a document and what became of its amount cells. */
export interface TableCount extends AmountCounts {
  title: string;
  location: string;
  /** The standard table's kind (balance, function, basic …), or null when unrecognised. */
  kind: string | null;
}

/** Per document: amounts placed vs unplaced, for the narrative and for the tables separately. */
export interface ExtractionCounts {
  text: AmountCounts;
  tables: AmountCounts & {recognised: number; unrecognised: number; per_table: TableCount[]};
}

/** Two mentions of one fact that state different amounts. Kept, never silently resolved. */
export interface ConflictRecord {
  doc_id: string;
  key: string;
  basis: Basis | null;
  code: string | null;
  label: string | null;
  parent: string | null;
  amount: string;
  other_amount: string;
  span: Span;
  other_span: Span;
  quote: string;
  other_quote: string;
}

export interface Extraction {
  document: DocumentRecord;
  sections: SectionRecord[];
  mentions: MentionRecord[];
  facts: FactRecord[];
  changes: ChangeRecord[];
  reasons: ReasonRecord[];
  unplaced: UnplacedRecord[];
  conflicts: ConflictRecord[];
  /** Amounts placed vs unplaced, narrative and tables apart (absent in extractions made before it existed). */
  counts?: ExtractionCounts;
}
