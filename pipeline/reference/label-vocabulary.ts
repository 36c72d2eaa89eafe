/**
 * The label vocabulary (`data/reference/labels.csv`) compiled once into matchers that the narrative reader and the
 * table reader share: which words name which fact key, which basis a fund name gives, which measure a measure word
 * names. The readers hold the grammar (where a label starts, what a table's header path is); every word they compare
 * against comes from here. Rows of one `applies` are tried in file order and the first that matches wins; consecutive
 * rows with the same `applies` and `pattern` are one rule naming several facts (收支总预算 → income.total and
 * expenditure.total).
 */

// NOTE: the same unions as pipeline/types.ts's Basis, Measure and DocKind, written here because the reference stage
// sits below the shared types in the import order (tests/layout/import-graph.test.ts); TypeScript's structural types
// make them interchangeable.
type Basis = "total" | "fiscal" | "general_budget" | "gov_fund" | "state_capital";
type Measure = "budget" | "actual" | "budget_initial" | "budget_adjusted" | "execution_estimate";
type DocKind = "budget" | "final";

/** One row of labels.csv, as written. */
export interface LabelRow {
  /** The fact key the label names; empty for rows that only give a basis or a measure. */
  key: string;
  /** A basis the label fixes (total, fiscal, general_budget, gov_fund, state_capital); empty: the section's. */
  basis: string;
  /** A measure the words name (budget, budget_initial, budget_adjusted, actual, execution_estimate); empty: none. */
  measure: string;
  /** Where the row applies (see APPLIES). */
  applies: string;
  /** How the pattern is compared (see MATCHES). */
  match: string;
  /** A JavaScript regular expression (Unicode mode) without anchors unless `match` is `contains`. */
  pattern: string;
  /** `budget|final`: the genres of document the row applies to. */
  genres: string;
  /** A phrase that the extractor reads as this row says (tests/reference/label-vocabulary.test.ts runs each). */
  example: string;
  note: string;
}

/** What `ref_labels` (labels.csv in the warehouse) and its columns mean: the data dictionary prints it. */
export const LABELS_TABLE_DOC = {
  table:
    "The label vocabulary (data/reference/labels.csv): one row per label pattern, the words that name a fact key, a basis or a measure. Rows of one `applies` are tried in file order; the extractor reads by exactly these rows.",
  columns: {
    key: "Fact key the words name (see the fact vocabulary); empty where the row gives only a basis or a measure",
    basis: "Basis the words fix (total, fiscal, general_budget, gov_fund, state_capital); empty: the section's",
    measure: "Measure the words name (budget, budget_initial, budget_adjusted, actual, execution_estimate); empty: none",
    applies: "Where the row is read: narrative, narrative_three_public, narrative_count, basis_prefix, measure_word, table_income_row, table_column … (data/reference/README.md)",
    match: "How the pattern is compared: label (whole, with a narrative suffix), exact, prefix, suffix, contains",
    pattern: "JavaScript regular expression (Unicode) the label is compared with",
    genres: "Kinds of document the row applies to (budget, final, or both separated by a vertical bar)",
    example: "A phrase the extractor reads as the row says (a test runs every one)",
    note: "Why the row is as it is",
  } as Record<string, string>,
};

export const APPLIES = [
  "narrative",
  "narrative_three_public",
  "narrative_three_public_qualifier",
  "narrative_count",
  "narrative_percent",
  "narrative_none",
  "narrative_expenditure",
  "narrative_income_part",
  "narrative_suffix",
  "narrative_suffix_verb",
  "basis_prefix",
  "measure_word",
  "comparison_measure",
  "section_title_basis",
  "table_income_row",
  "table_expenditure_row",
  "table_expenditure_total",
  "table_column",
  "table_column_measure",
  "table_column_basis",
  "table_title_basis",
  "table_three_public_column",
  "table_three_public_subtotal_heading",
  "table_three_public_row",
  "table_basic_row",
  "table_procurement_row",
] as const;
export type Applies = (typeof APPLIES)[number];

/**
 * `label`: the whole label, optionally followed by a narrative suffix (预算数, 安排 …); `exact`: the whole label;
 * `prefix`: the start of the label (what follows is read on); `suffix`: the end of the label; `contains`: anywhere.
 */
export const MATCHES = ["label", "exact", "prefix", "suffix", "contains"] as const;
const BASES = new Set<string>(["total", "fiscal", "general_budget", "gov_fund", "state_capital"]);
const MEASURES = new Set<string>(["budget", "budget_initial", "budget_adjusted", "actual", "execution_estimate"]);
const GENRES = new Set<string>(["budget", "final"]);

export interface LabelHit {
  key: string;
  /** Fixed by the label; undefined when the label leaves it to the section. */
  basis?: Basis;
  measure?: Measure;
}

export interface LabelRule {
  re: RegExp;
  hits: LabelHit[];
  genres: Set<DocKind>;
  /** Position among the rules of its `applies` (0 = tried first). */
  rank: number;
}

export interface LabelVocabulary {
  rows: LabelRow[];
  /** The rules of one `applies`, in the order they are tried. */
  rules(applies: Applies): LabelRule[];
  /** The first rule of `applies` that matches `label` for a document of kind `docKind` (null: any kind). */
  first(applies: Applies, label: string, docKind?: DocKind | null): LabelRule | null;
  /** The first matching rule and its match (for `prefix` and `suffix` rules, where the match's extent matters). */
  exec(applies: Applies, label: string, docKind?: DocKind | null): {rule: LabelRule; m: RegExpExecArray} | null;
}

/** Compiles the rows; a row that cannot be read fails loudly with its line, rather than matching nothing. */
export function compileLabels(rows: LabelRow[], source = "labels.csv"): LabelVocabulary {
  // A narrative label may end with a suffix word; a `narrative_suffix_verb` word (安排) is also dropped from the
  // fact's label, a `narrative_suffix` word (预算数, 总额) stays in it.
  const words = (applies: string) => rows.filter((r) => r.applies === applies).map((r) => `(?:${r.pattern})`).join("|");
  const [verbs, kept] = [words("narrative_suffix_verb"), words("narrative_suffix")];
  const sfx = verbs || kept ? `(?:${verbs ? `(?<sfx>${verbs})` : ""}${verbs && kept ? "|" : ""}${kept ? `(?<kept>${kept})` : ""})?` : "";
  const byApplies = new Map<Applies, LabelRule[]>(APPLIES.map((a) => [a, []]));
  let prev: {row: LabelRow; rule: LabelRule} | null = null;
  for (const [i, row] of rows.entries()) {
    const where = `${source} line ${i + 2}`;
    if (!(APPLIES as readonly string[]).includes(row.applies)) throw new Error(`${where}: unknown applies "${row.applies}"`);
    if (!(MATCHES as readonly string[]).includes(row.match)) throw new Error(`${where}: unknown match "${row.match}"`);
    if (row.basis && !BASES.has(row.basis)) throw new Error(`${where}: unknown basis "${row.basis}"`);
    if (row.measure && !MEASURES.has(row.measure)) throw new Error(`${where}: unknown measure "${row.measure}"`);
    const genres = (row.genres || "budget|final").split("|");
    if (genres.some((g) => !GENRES.has(g))) throw new Error(`${where}: unknown genre in "${row.genres}"`);
    if (!row.pattern) throw new Error(`${where}: empty pattern`);
    const hit: LabelHit = {key: row.key};
    if (row.basis) hit.basis = row.basis as Basis;
    if (row.measure) hit.measure = row.measure as Measure;
    const applies = row.applies as Applies;
    if (prev && prev.row.applies === row.applies && prev.row.pattern === row.pattern && prev.row.match === row.match) {
      prev.rule.hits.push(hit);
      continue;
    }
    const rules = byApplies.get(applies)!;
    let re: RegExp;
    try {
      re = new RegExp(anchored(row.match, row.pattern, applies.startsWith("narrative_suffix") ? "" : sfx), "u");
    } catch (err) {
      throw new Error(`${where}: ${(err as Error).message}`);
    }
    const rule: LabelRule = {re, hits: [hit], genres: new Set(genres as DocKind[]), rank: rules.length};
    rules.push(rule);
    prev = {row, rule};
  }
  const applicable = (rule: LabelRule, docKind: DocKind | null | undefined) => !docKind || rule.genres.has(docKind);
  const exec = (applies: Applies, label: string, docKind?: DocKind | null) => {
    for (const rule of byApplies.get(applies)!) {
      if (!applicable(rule, docKind)) continue;
      const m = rule.re.exec(label);
      if (m) return {rule, m};
    }
    return null;
  };
  return {
    rows,
    rules: (applies) => byApplies.get(applies)!,
    first: (applies, label, docKind) => exec(applies, label, docKind)?.rule ?? null,
    exec,
  };
}

/** The pattern as a regular expression of its match kind; `label` rules may end with a narrative suffix. */
function anchored(match: string, pattern: string, sfx: string): string {
  switch (match) {
    case "label":
      return `^(?:${pattern})${sfx}$`;
    case "exact":
      return `^(?:${pattern})$`;
    case "prefix":
      return `^(?:${pattern})`;
    case "suffix":
      return `(?:${pattern})$`;
    default:
      return pattern;
  }
}
