/**
 * check_rules: every rule's Chinese title and reader's summary come from its file's `-- title:` / `-- summary:`
 * headers (the one source the site and `gongkai check` read), and a header a rule lacks is stored as NULL.
 */
import {DuckDBInstance} from "@duckdb/node-api";
import fs from "node:fs";
import path from "node:path";
import {describe, expect, it} from "vitest";
import {runModels} from "../../pipeline/models/run-models.ts";
import {DEFAULT_SQL_DIR, loadChecks} from "../../pipeline/models/sql-files.ts";
import {tempDir} from "../helpers/cli.ts";

const HAN = /\p{Script=Han}/u;

describe("check_rules", () => {
  it("stores title and summary from the headers, NULL where a rule has none", async () => {
    const dir = tempDir("gongkai-rules-");
    try {
      fs.mkdirSync(path.join(dir, "checks"));
      fs.copyFileSync(path.join(DEFAULT_SQL_DIR, "macros.sql"), path.join(dir, "macros.sql"));
      const body = `select 'x' as rule_id, 'info' as severity, 'pass' as status, null as doc_id, null as key, null as code,
        null as expected, null as actual, null as difference, 'ok' as message, null as span_start, null as span_end, null as quote`;
      fs.writeFileSync(path.join(dir, "checks", "with_summary.sql"), `-- severity: info\n-- title: 有说明的规则\n-- summary: 第一句。\n-- summary: 第二句。\n-- description: note\n${body}\n`);
      fs.writeFileSync(path.join(dir, "checks", "without_summary.sql"), `-- severity: warning\n-- title: 无说明的规则\n${body}\n`);
      fs.writeFileSync(path.join(dir, "checks", "without_title.sql"), `-- severity: warning\n${body}\n`);
      const instance = await DuckDBInstance.create(":memory:");
      const conn = await instance.connect();
      try {
        await runModels(conn, () => {}, dir);
        const rows = (await conn.runAndReadAll(`select rule_id, severity, title, summary from check_rules order by rule_id`)).getRowObjectsJson();
        expect(rows).toEqual([
          {rule_id: "with_summary", severity: "info", title: "有说明的规则", summary: "第一句。 第二句。"},
          {rule_id: "without_summary", severity: "warning", title: "无说明的规则", summary: null},
          {rule_id: "without_title", severity: "warning", title: null, summary: null},
        ]);
      } finally {
        conn.closeSync();
        instance.closeSync();
      }
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
  });

  it("every rule in sql/checks has a Chinese title and a Chinese summary that names no rule id", () => {
    const checks = loadChecks();
    expect(checks.length).toBeGreaterThan(10);
    const ids = new RegExp(`\\b(${checks.map((c) => c.name).join("|")})\\b`);
    const missing = checks.filter((c) => !HAN.test(c.header.title ?? "") || !HAN.test(c.header.summary ?? "") || ids.test(c.header.summary ?? ""));
    expect(missing.map((c) => c.name)).toEqual([]);
  });
});
