/** The label vocabulary the extractor reads by is in the warehouse as ref_labels, row for row, with its meaning. */
import {DuckDBInstance} from "@duckdb/node-api";
import {describe, expect, it} from "vitest";
import {DEFAULT_REFERENCE_DIR, loadReference} from "../../pipeline/reference/load-reference.ts";
import {loadReferenceCsvs} from "../../pipeline/store/reference.ts";

describe("ref_labels", () => {
  it("holds every row of labels.csv as the extractor compiled it, with its columns described", async () => {
    const instance = await DuckDBInstance.create(":memory:", {autoinstall_known_extensions: "false", autoload_known_extensions: "false"});
    const conn = await instance.connect();
    try {
      const counts = await loadReferenceCsvs(conn, DEFAULT_REFERENCE_DIR);
      const rows = loadReference().labels.rows;
      expect(counts.ref_labels).toBe(rows.length);
      const stored = (await conn.runAndReadAll("select key, applies, pattern, example from ref_labels")).getRows();
      expect(stored.map((r) => r.map((x) => x ?? ""))).toEqual(rows.map((r) => [r.key, r.applies, r.pattern, r.example]));
      const comments = (await conn.runAndReadAll("select column_name, comment from duckdb_columns() where table_name = 'ref_labels' and comment is not null")).getRows();
      expect(comments.map((c) => c[0]).sort()).toEqual(["applies", "basis", "example", "genres", "key", "match", "measure", "note", "pattern"]);
    } finally {
      conn.closeSync();
      instance.closeSync();
    }
  });
});
