/**
 * Search over units, items (fact labels) and document text, in the browser. Usual tokenizers split on spaces and
 * return nothing useful for Chinese, so text is cut into runs: a CJK run becomes its character bigrams (a single
 * character stays a unigram), a Latin or digit run becomes one lower-cased token. A query matches an entry when
 * every query token is among the entry's tokens (AND); entries containing the query as written rank first.
 * Document text is indexed by bigram too, then confirmed by substring, so a phrase query finds the phrase.
 */

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{2ffff}]/u;
const RUNS = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{2ffff}]+|(?:(?![\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{2ffff}])[\p{L}\p{N}])+/gu;

/** Marks that do not change what a text says: quotes and title brackets ("“三公”经费" reads as "三公经费"). */
const QUOTES = /[“”‘’"'「」『』《》〈〉【】]/;

/**
 * A text folded for matching, with where each folded character came from: NFKC per character, quotes dropped,
 * digit-group separators dropped ("2,380" → "2380"), lower case. map[i] is the raw UTF-16 offset of folded
 * character i; map[folded.length] is the raw length.
 * @param {string} raw
 * @returns {{folded: string, map: number[]}}
 */
export function fold(raw) {
  const text = String(raw ?? "");
  let folded = "";
  /** @type {number[]} */
  const map = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    const width = ch.length;
    const isSeparator = (ch === "," || ch === "，") && /\d$/.test(folded) && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5));
    if (!QUOTES.test(ch) && !isSeparator) {
      const out = ch.normalize("NFKC").toLowerCase();
      if (!QUOTES.test(out)) for (const unit of out) {
        folded += unit;
        for (let k = 0; k < unit.length; k++) map.push(i);
      }
    }
    i += width;
  }
  map.push(text.length);
  return {folded, map};
}

/**
 * Tokens of a text: CJK bigrams and Latin/digit words, in order, duplicates kept.
 * tokenize("三公经费 2024") → ["三公", "公经", "经费", "2024"]
 * @param {string} text
 * @returns {string[]}
 */
export function tokenize(text) {
  const tokens = [];
  for (const [run] of fold(text).folded.matchAll(RUNS)) {
    if (CJK.test(run)) {
      const chars = Array.from(run);
      if (chars.length === 1) tokens.push(chars[0]);
      for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i] + chars[i + 1]);
    } else {
      tokens.push(run.toLowerCase());
    }
  }
  return tokens;
}

/** @param {string} s */
const normalize = (s) => fold(s).folded;

/**
 * The file of the document-text index (site/data-files.ts writes `shards` of them, text-search.js reads them) a
 * token's postings are in: FNV-1a of its UTF-16 code units, modulo `shards` — the same at build time and in the
 * browser. @param {string} token @param {number} shards @returns {number}
 */
export function shardOf(token, shards) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) hash = Math.imul(hash ^ token.charCodeAt(i), 0x01000193) >>> 0;
  return hash % shards;
}

/**
 * @typedef {{name: string, slug: string, region?: string | null, is_synthetic?: boolean}} SearchUnit
 * @typedef {{label: string, key: string, at: {d: string, a: string | null, s: number, e: number}[]}} SearchItem
 * @typedef {{doc_id: string, unit: string | null, year: number | null, kind?: string | null, is_synthetic?: boolean, text: string}} SearchDoc
 * @typedef {{units: SearchUnit[], items: SearchItem[], docs: SearchDoc[]}} SearchData
 * @typedef {{kind: "unit", unit: SearchUnit, exact: boolean}} UnitHit
 * @typedef {{kind: "item", item: SearchItem, exact: boolean}} ItemHit
 * @typedef {{kind: "doc", doc: SearchDoc, start: number, end: number, cpStart: number, cpEnd: number, snippet: {before: string, match: string, after: string}, count: number}} DocHit
 */

/** An inverted index: token → ids of the entries containing it. */
class Postings {
  constructor() {
    /** @type {Map<string, Set<number>>} */
    this.map = new Map();
  }
  /** @param {number} id @param {string} text */
  add(id, text) {
    for (const t of tokenize(text)) {
      let set = this.map.get(t);
      if (!set) this.map.set(t, (set = new Set()));
      set.add(id);
    }
  }
  /** Ids containing every token (all ids when `tokens` is empty is never asked). @param {string[]} tokens */
  all(tokens) {
    const sets = [...new Set(tokens)].map((t) => this.map.get(t) ?? new Set());
    sets.sort((a, b) => a.size - b.size);
    const [first, ...rest] = sets;
    return [...(first ?? [])].filter((id) => rest.every((s) => s.has(id)));
  }
}

/**
 * Builds the index once; `search(query)` then answers in milliseconds.
 * @param {SearchData} data
 */
export function createSearch(data) {
  const units = new Postings();
  const items = new Postings();
  const docs = new Postings();
  data.units.forEach((u, i) => units.add(i, `${u.name} ${u.region ?? ""}`));
  data.items.forEach((it, i) => items.add(i, `${it.label} ${it.key}`));
  data.docs.forEach((d, i) => docs.add(i, d.text));
  // Folded like the query; `map` takes a match back to offsets in the stored text.
  const docTexts = data.docs.map((d) => fold(d.text));

  /**
   * @param {string} query
   * @param {{limit?: number}} [options]
   * @returns {{units: UnitHit[], items: ItemHit[], docs: DocHit[], totals: {units: number, items: number, docs: number}, limit: number}}
   */
  function search(query, {limit = 50} = {}) {
    const tokens = tokenize(query);
    const q = normalize(query).trim();
    if (!tokens.length || !q) return {units: [], items: [], docs: [], totals: {units: 0, items: 0, docs: 0}, limit};
    const rank = (/** @type {{exact: boolean}} */ a, /** @type {{exact: boolean}} */ b) => Number(b.exact) - Number(a.exact);
    const unitHits = units
      .all(tokens)
      .map((i) => ({kind: /** @type {const} */ ("unit"), unit: data.units[i], exact: normalize(data.units[i].name).includes(q)}))
      .sort(rank);
    const itemHits = items
      .all(tokens)
      .map((i) => ({kind: /** @type {const} */ ("item"), item: data.items[i], exact: normalize(data.items[i].label).includes(q)}))
      .sort(rank);
    /** @type {DocHit[]} */
    const docHits = [];
    const phrase = q;
    for (const i of docs.all(tokens)) {
      const {folded, map} = docTexts[i];
      const at0 = folded.indexOf(phrase);
      if (at0 < 0) continue; // every bigram is there, but not the phrase
      let count = 0;
      for (let at = at0; at >= 0; at = folded.indexOf(phrase, at + phrase.length)) count++;
      const raw = data.docs[i].text;
      const start = map[at0];
      // Up to the raw character after the last matched one (a closing quote right after the phrase stays out).
      const last = map[at0 + phrase.length - 1];
      const end = last + String.fromCodePoint(raw.codePointAt(last) ?? 0).length;
      docHits.push({
        kind: "doc",
        doc: data.docs[i],
        start,
        end,
        count,
        cpStart: Array.from(raw.slice(0, start)).length,
        cpEnd: Array.from(raw.slice(0, end)).length,
        snippet: {before: raw.slice(Math.max(0, start - 30), start), match: raw.slice(start, end), after: raw.slice(end, end + 30)},
      });
    }
    docHits.sort((a, b) => b.count - a.count);
    return {
      units: unitHits.slice(0, limit),
      items: itemHits.slice(0, limit),
      docs: docHits.slice(0, limit),
      totals: {units: unitHits.length, items: itemHits.length, docs: docHits.length},
      limit,
    };
  }

  return search;
}
