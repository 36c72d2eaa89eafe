// What the pages read through FileAttachment, as one archive (one process, one warehouse connection): Framework
// extracts data/site/<name>.json from it. The per-document, per-unit and per-series files are not here: build.ts
// writes them (site/data-files.ts), because Framework reads an archive from its start for every member it extracts;
// series.json is their index.
// Loaders only select (SQL in lib/*queries.ts); what a number means is decided in sql/.
import {VOCABULARY} from "../../../pipeline/extract/vocabulary.ts";
import {dictionary} from "./lib/dictionary.ts";
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
  SERIES_INDEX_QUERIES,
} from "./lib/queries.ts";
import {REFERENCE_QUERIES} from "./lib/reference-queries.ts";
import {SEARCH_QUERIES} from "./lib/search-queries.ts";
import {tar} from "./lib/tar.ts";
import {log, queryMany, run, withWarehouse} from "./lib/warehouse.ts";

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
    const {findings, peers} = await q({findings: FINDINGS_SQL, peers: PEERS_SQL});
    const methodology = {vocabulary: VOCABULARY, ...(await q(REFERENCE_QUERIES))};
    const {rules} = await q({rules: RULES_SQL});
    const json = (name: string, value: unknown): [string, string] => [name, JSON.stringify(value)];
    return [
      json("overview.json", overview),
      json("findings.json", findings),
      json("series.json", await q(SERIES_INDEX_QUERIES)),
      json("peers.json", peers),
      json("search.json", await q(SEARCH_QUERIES)),
      json("methodology.json", methodology),
      json("rules.json", rules),
      json("dictionary.json", await dictionary(conn)),
      json("keys.json", Object.fromEntries(VOCABULARY.map((k) => [k.key, k.zh]))),
    ];
  });
  process.stdout.write(tar(files));
  log(`${files.length} files`);
});
