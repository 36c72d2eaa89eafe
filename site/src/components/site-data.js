/**
 * The one document page and the one unit page, and the data files they fetch.
 *
 * A document is shown at `doc?id=<doc_id>` (with `#span-…` or `#finding-…` for where to look), a unit at
 * `unit?name=<slug>`; the hrefs below are relative to the site's root, so a page prefixes "./" or "../" as it sits.
 * Their data is one JSON file per document or unit, written by site/data-files.ts into `_data/` at the root of the
 * built site and fetched here at run time (Framework's FileAttachment takes literal names only). The URL of `_data`
 * is taken from this module's own URL — Framework serves it from `<root>/_import/components/` — so it is right
 * from a page at any depth and under any base path.
 */

/** @param {string} docId @param {string} [hash] without "#" */
export const docHref = (docId, hash) => `doc?id=${encodeURIComponent(docId)}${hash ? `#${hash}` : ""}`;

/** @param {string} slug */
export const unitHref = (slug) => `unit?name=${encodeURIComponent(slug)}`;

const DATA = new URL("../../_data/", import.meta.url);

/** Fetches `_data/<dir>/<name>.json`; null when there is no such file (an unknown id in the URL). */
async function fetchData(dir, name) {
  const response = await fetch(new URL(`${dir}/${encodeURIComponent(name)}.json`, DATA));
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`${dir}/${name}.json: HTTP ${response.status}`);
  return response.json();
}

/** `{document, mentions, unplaced, facts, findings}` of one document, or null. @param {string} docId */
export const loadDocument = (docId) => fetchData("docs", docId);

/** Everything a unit page draws (`{unit, documents, series, …}`), or null. @param {string} slug */
export const loadUnit = (slug) => fetchData("units", slug);

/**
 * The year-over-year rows (latest figures) of one series across every unit, or []: `file` is the series' file
 * name in data/site/series.json. @param {string} file
 */
export const loadSeries = async (file) => (await fetchData("series", file)) ?? [];

/** A unit's year-over-year rows (latest figures) of every series, or []. @param {string} slug */
export const loadUnitSeries = async (slug) => (await fetchData("yoy", slug)) ?? [];
