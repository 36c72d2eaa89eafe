/** The classification tables shown on the methodology page. */
export const REFERENCE_QUERIES = {
  functions: `SELECT code, name, level, parent FROM ref_function_classification ORDER BY code`,
  economic: `SELECT code, name, level, parent, scheme FROM ref_economic_classification ORDER BY scheme, code`,
  aliases: `SELECT kind, code, alias, status, used_until, note FROM ref_classification_aliases ORDER BY kind, code, alias`,
};
