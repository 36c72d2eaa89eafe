// The facts table as CSV (header row, RFC 4180 quoting, amounts as exact decimals).
import {printCopy, run} from "./lib/warehouse.ts";
import {FACTS_SQL} from "./lib/queries.ts";

run(() => printCopy(FACTS_SQL, "csv", "FORMAT csv, HEADER true"));
