// Column names, types and comments of the facts table, as the warehouse documents them.
import {printJson, run} from "./lib/warehouse.ts";
import {FACT_COLUMNS_SQL} from "./lib/queries.ts";

run(() => printJson(FACT_COLUMNS_SQL));
