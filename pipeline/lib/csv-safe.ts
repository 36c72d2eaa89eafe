/**
 * CSV cells a spreadsheet will not run as formulas (CSV injection, OWASP): a text cell starting with `=`, `+`, `-`,
 * `@`, a tab or a carriage return gets a leading `'`, which spreadsheets show as text and do not evaluate. A plain
 * number (`-12.5`, `+3`) is left as it is, so amounts stay numbers. Parquet keeps types and needs none of this.
 * One rule, two spellings: `csvCell` for what TypeScript writes, `csvSafeSql` for what DuckDB's COPY writes.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?[0-9]+(\.[0-9]+)?$/;

export function csvCell(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** The same rule as a DuckDB expression over a VARCHAR expression `expr` (NULL stays NULL). */
export function csvSafeSql(expr: string): string {
  return `(case when regexp_matches(${expr}, '^[=+\\-@\\t\\r]') and not regexp_matches(${expr}, '^[-+]?[0-9]+(\\.[0-9]+)?$') then '''' || ${expr} else ${expr} end)`;
}
