/**
 * Search over units, items (fact labels) and document text, in the browser. Usual tokenizers split on spaces and
 * return nothing useful for Chinese, so text is cut into runs: a CJK run becomes its character bigrams (a single
 * character stays a unigram), a Latin or digit run becomes one lower-cased token. A query matches an entry when
 * every query token is among the entry's tokens (AND); entries containing the query as written rank first.
 * Document text is indexed by bigram too, then confirmed by substring, so a phrase query finds the phrase.
 */

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{2ffff}]/u;
const RUNS = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{2ffff}]+|[\p{L}\p{N}]+/gu;

/**
 * Tokens of a text: CJK bigrams and Latin/digit words, in order, duplicates kept.
 * tokenize("三公经费 2024") → ["三公", "公经", "经费", "2024"]
 * @param {string} text
 * @returns {string[]}
 */
export function tokenize(text) {
  const tokens = [];
  for (const [run] of String(text ?? "").normalize("NFKC").matchAll(RUNS)) {
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
const normalize = (s) => String(s ?? "").normalize("NFKC").toLowerCase();

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
  // Lower-cased only (NFKC could change lengths), so offsets stay those of the stored text.
  const docTexts = data.docs.map((d) => String(d.text ?? "").toLowerCase());

  /**
   * @param {string} query
   * @param {{limit?: number}} [options]
   * @returns {{units: UnitHit[], items: ItemHit[], docs: DocHit[]}}
   */
  function search(query, {limit = 50} = {}) {
    const tokens = tokenize(query);
    const q = normalize(query).trim();
    if (!tokens.length || !q) return {units: [], items: [], docs: []};
    const rank = (/** @type {{exact: boolean}} */ a, /** @type {{exact: boolean}} */ b) => Number(b.exact) - Number(a.exact);
    const unitHits = units
      .all(tokens)
      .map((i) => ({kind: /** @type {const} */ ("unit"), unit: data.units[i], exact: normalize(data.units[i].name).includes(q)}))
      .sort(rank)
      .slice(0, limit);
    const itemHits = items
      .all(tokens)
      .map((i) => ({kind: /** @type {const} */ ("item"), item: data.items[i], exact: normalize(data.items[i].label).includes(q)}))
      .sort(rank)
      .slice(0, limit);
    /** @type {DocHit[]} */
    const docHits = [];
    const phrase = String(query).trim().toLowerCase();
    for (const i of docs.all(tokens)) {
      const text = docTexts[i];
      const start = text.indexOf(phrase);
      if (start < 0) continue; // every bigram is there, but not the phrase
      let count = 0;
      for (let at = start; at >= 0; at = text.indexOf(phrase, at + phrase.length)) count++;
      const raw = data.docs[i].text;
      const end = start + phrase.length;
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
    return {units: unitHits, items: itemHits, docs: docHits.slice(0, limit)};
  }

  return search;
}
