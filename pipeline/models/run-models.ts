import type {DuckDBConnection} from "@duckdb/node-api";
import fs from "node:fs";
import path from "node:path";
import {DEFAULT_SQL_DIR, loadChecks, loadModels, type SqlFile} from "./sql-files.ts";

/**
 * Runs the SQL layer inside the warehouse being built: every model becomes a table (staging → intermediate →
 * marts, in dependency order), then every check's rows land in `check_results`, and the rows that are not a pass
 * in `findings`. TypeScript only orchestrates; the rules are the SQL files.
 *
 * A model that fails stops the build: the marts are what analysts read, and a missing one would be silently wrong.
 * A check that fails does not: checks judge data that is already sound, and one rule tripping on an odd value
 * (a logarithm of zero, an overflowing cast) must not keep every document out of the warehouse. Its failure is
 * recorded as a `check_results` row with status 'error', naming the rule and DuckDB's message.
 */

const CHECK_COLUMNS = `
  rule_id VARCHAR NOT NULL, severity VARCHAR NOT NULL, status VARCHAR NOT NULL, doc_id VARCHAR, key VARCHAR,
  code VARCHAR, expected DECIMAL(38,6), actual DECIMAL(38,6), difference DECIMAL(38,6), message VARCHAR NOT NULL,
  span_start INTEGER, span_end INTEGER, quote VARCHAR`;

export interface CheckError {
  rule_id: string;
  message: string;
}

export async function runModels(conn: DuckDBConnection, log: (l: string) => void = () => {}, sqlDir?: string) {
  const started = performance.now();
  await conn.run(fs.readFileSync(path.join(sqlDir ?? DEFAULT_SQL_DIR, "macros.sql"), "utf8"));
  const models = loadModels(sqlDir);
  for (const m of models) {
    try {
      await conn.run(`create or replace table ${m.name} as\n${stripTrailingSemicolon(m.sql)}`);
    } catch (err) {
      throw new Error(`model sql/${m.layer}/${m.name}.sql: ${(err as Error).message}`);
    }
    log(`model ${m.layer}/${m.name}`);
  }
  const modelsDone = performance.now();
  const checks = loadChecks(sqlDir);
  // title and summary are the Chinese a reader sees (the site, `gongkai check`); description is the engineer's note.
  // A header a rule file lacks is NULL: readers fall back (the CLI to the rule id, the site to a generic name).
  await conn.run(`create or replace table check_rules (rule_id VARCHAR, severity VARCHAR, description VARCHAR, path VARCHAR, title VARCHAR, summary VARCHAR)`);
  await conn.run(`create or replace table check_results (${CHECK_COLUMNS})`);
  const checkErrors: CheckError[] = [];
  for (const c of checks) {
    const severity = c.header.severity ?? "warning";
    await conn.run(
      `insert into check_rules values ($rule, $severity, $description, $path, $title, $summary)`,
      {rule: c.name, severity, description: c.header.description ?? "", path: `sql/checks/${c.name}.sql`, title: c.header.title ?? null, summary: c.header.summary ?? null},
    );
    try {
      // One statement: a check that throws half-way inserts nothing.
      await conn.run(insertCheck(c));
      log(`check ${c.name}`);
    } catch (err) {
      const message = `check sql/checks/${c.name}.sql could not run: ${(err as Error).message.split("\n")[0]}`;
      checkErrors.push({rule_id: c.name, message});
      await conn.run(
        `insert into check_results (rule_id, severity, status, message) values ($rule, $severity, 'error', $message)`,
        {rule: c.name, severity, message},
      );
      log(`check ${c.name}: error`);
    }
  }
  await conn.run(`create or replace table findings as
    select * from check_results where status <> 'pass'
    order by doc_id nulls first, rule_id, span_start nulls first, key, code, message, expected, actual`);
  // Wall times for the run report and the benchmark: models and checks scale differently with the corpus.
  const timing_ms = {models: Math.round(modelsDone - started), checks: Math.round(performance.now() - modelsDone)};
  return {models: models.length, checks: checks.length, checkErrors, timing_ms};
}

function stripTrailingSemicolon(sql: string): string {
  return sql.trim().replace(/;\s*$/, "");
}

/**
 * A check's own columns are cast to the shared shape, so one bad cast names its file. Only current versions are
 * judged: a superseded version's differences are what `revisions` reports.
 */
function insertCheck(c: SqlFile): string {
  return `insert into check_results
    select rule_id, severity, status, doc_id, key, code,
      cast(expected as DECIMAL(38,6)), cast(actual as DECIMAL(38,6)), cast(difference as DECIMAL(38,6)),
      message, span_start, span_end, quote
    from (${stripTrailingSemicolon(c.sql)}) as "${c.name}"
    where doc_id is null or doc_id in (select doc_id from stg_documents where is_latest)`;
}
