/**
 * Picks, per document, the headline amount to show for a key: basis `total`, the 决算数 (measure actual) when the
 * document states one, else the budgeted amount (measure null). Presentation only: the facts are as stored.
 *
 * @typedef {{doc_id: string, key: string, basis: string | null, measure: string | null, amount: string,
 *   unit: string, quote: string}} Headline
 */

/**
 * @param {Headline[]} headlines
 * @param {string} docId
 * @param {string} key e.g. "income.total"
 * @returns {Headline | undefined}
 */
export function headline(headlines, docId, key) {
  const rows = headlines.filter((d) => d.doc_id === docId && d.key === key && d.basis === "total");
  return rows.find((d) => d.measure === "actual") ?? rows.find((d) => d.measure === null);
}
