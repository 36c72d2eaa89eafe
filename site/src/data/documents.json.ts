// One row per document (no text) with its fact, unplaced and conflict counts.
import {printJson, run} from "./lib/warehouse.ts";
import {DOCUMENTS_SQL} from "./lib/queries.ts";

run(() => printJson(DOCUMENTS_SQL));
