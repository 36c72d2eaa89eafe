/**
 * Search of document text that downloads only what a query needs: the postings of the query's tokens (one index
 * file each, `_data/search/<n>.json`) and then the texts of the first documents that have every token
 * (`_data/text/<doc_id>.txt`), where the phrase itself is confirmed and its snippet cut by search.js — never every
 * text of the corpus. site/data-files.ts writes the files; `_data/search/docs.json` lists the documents in the
 * order the postings number them. Files are fetched once per page and kept.
 */
import {createSearch, shardOf, tokenize} from "./search.js";

const DATA = new URL("../../_data/", import.meta.url);
/** @type {Map<string, Promise<any>>} */
const cache = new Map();

/** @param {string} file @param {"json" | "text"} as */
function load(file, as) {
  let p = cache.get(file);
  if (!p) {
    p = fetch(new URL(file, DATA)).then((r) => {
      if (!r.ok) throw new Error(`${file}: HTTP ${r.status}`);
      return as === "json" ? r.json() : r.text();
    });
    cache.set(file, p);
  }
  return p;
}

/**
 * Documents whose text contains the query (every token, then the phrase as folded), at most `limit` of them with
 * their snippet (search.js DocHit), and how many documents have every token (`candidates`: the phrase is confirmed
 * only in the texts fetched, so it is an upper bound when it exceeds `limit`).
 * @param {string} query @param {{limit?: number}} [options]
 * @returns {Promise<{docs: import("./search.js").DocHit[], candidates: number, limit: number}>}
 */
export async function searchText(query, {limit = 20} = {}) {
  const tokens = [...new Set(tokenize(query))];
  if (!tokens.length) return {docs: [], candidates: 0, limit};
  const index = await load("search/docs.json", "json");
  const lists = await Promise.all(
    tokens.map(async (t) => {
      const shard = await load(`search/${shardOf(t, index.shards)}.json`, "json");
      return /** @type {number[]} */ (Object.hasOwn(shard, t) ? shard[t] : []);
    }),
  );
  lists.sort((a, b) => a.length - b.length);
  const [first, ...rest] = lists.map((l) => new Set(l));
  const candidates = [...first].filter((i) => rest.every((s) => s.has(i)));
  const docs = await Promise.all(
    candidates.slice(0, limit).map(async (i) => ({...index.docs[i], text: await load(`text/${encodeURIComponent(index.docs[i].doc_id)}.txt`, "text")})),
  );
  const hits = createSearch({units: [], items: [], docs})(query, {limit});
  return {docs: hits.docs, candidates: candidates.length, limit};
}
