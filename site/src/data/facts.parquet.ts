// The facts table as Parquet; amount stays DECIMAL(24,6).
import {printCopy, run} from "./lib/warehouse.ts";
import {FACTS_SQL} from "./lib/queries.ts";

run(() => printCopy(FACTS_SQL, "parquet", "FORMAT parquet, COMPRESSION zstd"));
