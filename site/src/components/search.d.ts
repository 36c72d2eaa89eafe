/** Types for search.js: a CJK-aware search over units, items (fact labels) and document text. */
export interface SearchUnit {
  name: string;
  slug: string;
  region?: string | null;
  is_synthetic?: boolean;
}
export interface SearchItem {
  label: string;
  key: string;
  /** Where the item is stated: d doc_id, a amount (exact decimal string), s/e span (code points), u/y/x the document's unit, year, synthetic. */
  at: {d: string; a: string | null; s: number; e: number; u?: string | null; y?: number | null; x?: boolean}[];
}
export interface SearchDoc {
  doc_id: string;
  unit: string | null;
  year: number | null;
  kind?: string | null;
  is_synthetic?: boolean;
  text: string;
}
export interface SearchData {
  units: SearchUnit[];
  items: SearchItem[];
  docs: SearchDoc[];
}
export interface UnitHit {
  kind: "unit";
  unit: SearchUnit;
  exact: boolean;
}
export interface ItemHit {
  kind: "item";
  item: SearchItem;
  exact: boolean;
}
export interface DocHit {
  kind: "doc";
  doc: SearchDoc;
  /** UTF-16 offsets of the first match in doc.text. */
  start: number;
  end: number;
  /** The same in code points, as spans are stored (for #span-… links). */
  cpStart: number;
  cpEnd: number;
  count: number;
  snippet: {before: string; match: string; after: string};
}
export interface SearchResults {
  units: UnitHit[];
  items: ItemHit[];
  docs: DocHit[];
  /** How many matched before the limit was applied. */
  totals: {units: number; items: number; docs: number};
  limit: number;
}
/** Text folded for matching (NFKC, quotes and digit separators dropped, lower case) with raw offsets. */
export function fold(raw: string): {folded: string; map: number[]};
export function tokenize(text: string): string[];
export function createSearch(data: SearchData): (query: string, options?: {limit?: number}) => SearchResults;
/** The file (0 … shards − 1) of the document-text index a token's postings are in. */
export function shardOf(token: string, shards: number): number;
