/**
 * The document-text index (site/data-files.ts writeTextIndex) and its reader (components/text-search.js): a query
 * fetches the index files of its own tokens and the texts of the documents that have them all, and finds the
 * phrase there as the whole-corpus search did. Fetch is served from the folder the index was written to.
 */
import fs from "node:fs";
import path from "node:path";
import {DuckDBInstance} from "@duckdb/node-api";
import {afterAll, beforeAll, describe, expect, it, vi} from "vitest";
import {writeTextIndex} from "../../site/data-files.ts";
import {shardOf} from "../../site/src/components/search.js";
import {searchText} from "../../site/src/components/text-search.js";
import {tempDir} from "../helpers/cli.ts";
import {repoRoot} from "../helpers/shared.ts";

const SEED = path.join(repoRoot, "data", "raw", "四川省", "阿坝藏族羌族自治州", "2024", "阿坝州总工会.txt");

describe("document-text index", () => {
  let dir = "";
  const fetched: string[] = [];

  beforeAll(async () => {
    dir = tempDir("gongkai-text-index-");
    const seed = fs.readFileSync(SEED, "utf8");
    const instance = await DuckDBInstance.create(":memory:");
    const conn = await instance.connect();
    await conn.run("CREATE TABLE documents (doc_id VARCHAR, unit VARCHAR, year INTEGER, kind VARCHAR, is_synthetic BOOLEAN, text VARCHAR)");
    const insert = "INSERT INTO documents VALUES ($id, $unit, $year, 'budget', $synthetic, $text)";
    await conn.run(insert, {id: "seed", unit: "阿坝州总工会", year: 2024, synthetic: false, text: seed});
    // The seed with its union fee written 2,380 and a constructor-like word, which must not reach Object's prototype.
    await conn.run(insert, {id: "copy", unit: "茂县总工会", year: 2023, synthetic: true, text: seed.replaceAll("2380", "2,380") + "\nconstructor"});
    for (let i = 0; i < 30; i++) await conn.run(insert, {id: `n${i}`, unit: `第${i}县总工会`, year: 2022, synthetic: true, text: `第${i}县总工会 万元 收入`});
    await writeTextIndex(conn, dir);
    conn.closeSync();
    instance.closeSync();
    vi.stubGlobal("fetch", async (url: URL | string) => {
      const rel = decodeURIComponent(new URL(url).pathname.split("/_data/")[1]);
      fetched.push(rel);
      const file = path.join(dir, rel);
      if (!fs.existsSync(file)) return new Response("not found", {status: 404});
      return new Response(fs.readFileSync(file));
    });
  });

  afterAll(() => {
    vi.unstubAllGlobals();
    if (dir) fs.rmSync(dir, {recursive: true, force: true});
  });

  it("finds a phrase, folded, in the documents that have it, fetching only their texts", async () => {
    fetched.length = 0;
    const {docs, candidates} = await searchText("“三公”经费");
    expect(docs.map((d) => d.doc.doc_id).sort()).toEqual(["copy", "seed"]);
    expect(candidates).toBe(2);
    expect(docs[0].snippet.match).toMatch(/三公.?经费/);
    expect(fetched.filter((f) => f.startsWith("text/")).sort()).toEqual(["text/copy.txt", "text/seed.txt"]);
    const {shards} = JSON.parse(fs.readFileSync(path.join(dir, "search", "docs.json"), "utf8"));
    expect(fetched.filter((f) => /^search\/\d+\.json$/.test(f)).sort()).toEqual([...new Set(["三公", "公经", "经费"].map((t) => `search/${shardOf(t, shards)}.json`))].sort());
  });

  it("digit separators fold: 2380 finds 2,380; a common word is capped at the limit", async () => {
    const hits = await searchText("2380");
    expect(hits.docs.map((d) => d.doc.doc_id).sort()).toEqual(["copy", "seed"]);
    const common = await searchText("万元", {limit: 5});
    expect(common.candidates).toBe(32);
    expect(common.docs.length).toBe(5);
    expect((await searchText("constructor")).docs.map((d) => d.doc.doc_id)).toEqual(["copy"]);
    expect((await searchText("prototype")).docs).toEqual([]);
  });

  it("writes every text as stored, and postings only of the tokens a document has", () => {
    expect(fs.readFileSync(path.join(dir, "text", "seed.txt"), "utf8")).toBe(fs.readFileSync(SEED, "utf8"));
    const {shards, docs} = JSON.parse(fs.readFileSync(path.join(dir, "search", "docs.json"), "utf8"));
    // Ordered as the postings number them: year, unit, doc_id.
    expect(docs.map((d: {doc_id: string}) => d.doc_id).slice(-2)).toEqual(["copy", "seed"]);
    const shard = JSON.parse(fs.readFileSync(path.join(dir, "search", `${shardOf("收入", shards)}.json`), "utf8"));
    expect(shard["收入"].length).toBe(32);
  });
});
