// Everything the pages read, as one archive (one process, one warehouse connection): Framework extracts
// data/site/<name>.json from it. units/<slug>.json and docs/<doc_id>.json feed the dynamic routes.
// Loaders only select (SQL in lib/*queries.ts); what a number means is decided in sql/.
import {VOCABULARY} from "../../../pipeline/extract/vocabulary.ts";
import {dictionary} from "./lib/dictionary.ts";
import {DOC_QUERIES} from "./lib/doc-queries.ts";
import {
  DOCUMENTS_SQL,
  FINDING_COUNTS_SQL,
  ANOMALIES_SQL,
  FINDINGS_SQL,
  HEADLINE_SQL,
  MOVES_SQL,
  PEERS_SQL,
  RULES_SQL,
  UNITS_SQL,
  YEAR_TOTALS_SQL,
  YOY_SQL,
} from "./lib/queries.ts";
import {REFERENCE_QUERIES} from "./lib/reference-queries.ts";
import {SEARCH_QUERIES} from "./lib/search-queries.ts";
import {tar} from "./lib/tar.ts";
import {UNIT_QUERIES} from "./lib/unit-queries.ts";
import {groupBy, log, queryMany, run, withWarehouse, type Row} from "./lib/warehouse.ts";

/** One JSON file per row of `items`, with the rows of `parts` whose `column` equals the item's id. */
function perItem(dir: string, items: Row[], id: string, head: string, parts: Record<string, Row[]>, column: string) {
  const grouped = Object.entries(parts).map(([name, rows]) => [name, groupBy(rows, column)] as const);
  return items.map((item): [string, string] => {
    const data: Record<string, unknown> = {[head]: item};
    for (const [name, groups] of grouped) data[name] = groups.get(String(item[id])) ?? [];
    return [`${dir}/${item[id]}.json`, JSON.stringify(data)];
  });
}

run(async () => {
  const files = await withWarehouse(async (conn) => {
    const q = (queries: Record<string, string>) => queryMany(queries, conn);
    const overview = await q({
      documents: DOCUMENTS_SQL,
      units: UNITS_SQL,
      yearTotals: YEAR_TOTALS_SQL,
      moves: MOVES_SQL,
      headline: HEADLINE_SQL,
      anomalies: ANOMALIES_SQL,
      findingCounts: FINDING_COUNTS_SQL,
    });
    const {findings, yoy, peers} = await q({findings: FINDINGS_SQL, yoy: YOY_SQL, peers: PEERS_SQL});
    const {document: docs, ...docParts} = await q(DOC_QUERIES);
    const unitParts = await q(UNIT_QUERIES);
    const methodology = {vocabulary: VOCABULARY, ...(await q(REFERENCE_QUERIES))};
    const {rules} = await q({rules: RULES_SQL});
    const json = (name: string, value: unknown): [string, string] => [name, JSON.stringify(value)];
    return [
      json("overview.json", overview),
      json("findings.json", findings),
      json("yoy.json", yoy),
      json("peers.json", peers),
      json("search.json", await q(SEARCH_QUERIES)),
      json("methodology.json", methodology),
      json("rules.json", rules),
      json("dictionary.json", await dictionary(conn)),
      json("keys.json", Object.fromEntries(VOCABULARY.map((k) => [k.key, k.zh]))),
      ...perItem("units", overview.units, "slug", "unit", unitParts, "unit_slug"),
      ...perItem("docs", docs, "doc_id", "document", docParts, "doc_id"),
    ];
  });
  process.stdout.write(tar(files));
  log(`${files.length} files`);
});
