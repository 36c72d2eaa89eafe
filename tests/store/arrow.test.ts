import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {afterEach, describe, expect, it} from "vitest";
import {arrowPath, readArrowTable, writeArrowTables} from "../../pipeline/store/arrow-io.ts";
import {extractionsToArrow} from "../../pipeline/store/arrow-tables.ts";
import {TABLE_NAMES, TABLES} from "../../pipeline/store/schema.ts";
import type {Extraction} from "../../pipeline/types.ts";
import {fakeExtraction} from "../helpers/fake-extraction.ts";

const dirs: string[] = [];
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "gongkai-arrow-"));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, {recursive: true, force: true})));

const docs = () => [
  fakeExtraction({doc_id: "bbbbbbbbbbbbbbbb", unit: "汶川县财政局"}),
  fakeExtraction({doc_id: "aaaaaaaaaaaaaaaa"}),
  fakeExtraction({doc_id: "cccccccccccccccc", unit: "茂县教育局"}),
];

describe("extractionsToArrow", () => {
  it("round-trips through IPC files with explicit types and exact decimal strings", () => {
    const ex = fakeExtraction();
    const dir = tempDir();
    const written = writeArrowTables(dir, extractionsToArrow([ex]));
    expect(written.map((f) => path.basename(f)).sort()).toEqual(TABLE_NAMES.map((n) => `${n}.arrow`).sort());
    expect(fs.readdirSync(dir).sort()).toEqual(written.map((f) => path.basename(f)).sort()); // no temp files left

    const facts = readArrowTable(arrowPath(dir, "facts"));
    expect(facts.numRows).toBe(3);
    expect(facts.schema.fields.map((f) => `${f.name}:${f.type}`)).toContain("amount:Utf8");
    expect(facts.schema.fields.map((f) => `${f.name}:${f.type}`)).toContain("span_start:Int32");
    expect(facts.schema.fields.map((f) => `${f.name}:${f.type}`)).toContain("conflict:Bool");
    expect(facts.getChild("amount")!.toArray()).toEqual(["18976.7551", "3422.23", "-2336.67"]);

    // Every record comes back field for field (spans re-joined from their two columns).
    const back = (name: string) => readArrowTable(arrowPath(dir, name)).toArray().map((r) => r.toJSON());
    const unspan = (row: Record<string, unknown>) => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(row)) {
        const m = /^(.*)_(start|end)$/.exec(k);
        if (m) ((out[m[1]] ??= []) as unknown[])[m[2] === "start" ? 0 : 1] = v;
        else out[k] = v;
      }
      return out;
    };
    expect(back("documents")).toEqual([ex.document]);
    for (const name of ["sections", "mentions", "facts", "changes", "reasons", "unplaced", "conflicts"] as const) {
      expect(back(name).map(unspan), name).toEqual(ex[name]);
    }
  });

  it("writes byte-identical files whatever the input order", () => {
    const [a, b] = [tempDir(), tempDir()];
    writeArrowTables(a, extractionsToArrow(docs()));
    writeArrowTables(b, extractionsToArrow(docs().reverse()));
    for (const name of TABLE_NAMES) {
      expect(fs.readFileSync(arrowPath(a, name)).equals(fs.readFileSync(arrowPath(b, name))), name).toBe(true);
    }
    const documents = readArrowTable(arrowPath(a, "documents"));
    const ids = documents.getChild("doc_id")!.toArray();
    expect(ids).toEqual(["aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb", "cccccccccccccccc"]);
  });

  it("sorts rows within a document by the table's natural key", () => {
    const ex = fakeExtraction();
    ex.mentions.reverse();
    ex.facts.reverse();
    const tables = extractionsToArrow([ex]);
    expect(tables.mentions.getChild("mention_id")!.toArray()).toEqual(Int32Array.from([0, 1, 2, 3, 4]));
    expect(tables.facts.getChild("amount")!.toArray()).toEqual(["18976.7551", "3422.23", "-2336.67"]);
  });

  it("keeps empty tables with their schema", () => {
    const dir = tempDir();
    writeArrowTables(dir, extractionsToArrow([]));
    const t = readArrowTable(arrowPath(dir, "conflicts"));
    expect(t.numRows).toBe(0);
    const spec = TABLES.find((s) => s.name === "conflicts")!;
    expect(t.schema.fields.map((f) => f.name)).toEqual(spec.columns.map((c) => c.name));
  });

  it("refuses values a column cannot hold exactly", () => {
    const tooPrecise = fakeExtraction();
    tooPrecise.facts[0].amount = "1.1234567";
    expect(() => extractionsToArrow([tooPrecise])).toThrow(/facts\.amount .*more than 6 decimal places/);
    const notDecimal = fakeExtraction();
    notDecimal.facts[0].amount = "1e3";
    expect(() => extractionsToArrow([notDecimal])).toThrow(/not a decimal string/);
    const nullKey = fakeExtraction() as Extraction;
    (nullKey.facts[0] as {key: string | null}).key = null;
    expect(() => extractionsToArrow([nullKey])).toThrow(/facts\.key .*NULL/);
    expect(() => extractionsToArrow([fakeExtraction(), fakeExtraction()])).toThrow(/duplicate doc_id/);
  });
});
