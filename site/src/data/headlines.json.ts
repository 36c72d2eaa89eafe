// income.total and expenditure.total facts of every document, amounts as exact decimal strings.
import {printJson, run} from "./lib/warehouse.ts";
import {HEADLINES_SQL} from "./lib/queries.ts";

run(() => printJson(HEADLINES_SQL));
