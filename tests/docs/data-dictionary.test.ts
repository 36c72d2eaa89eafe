import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {renderDataDictionary} from "../../pipeline/docs/data-dictionary.ts";
import {extractBytes} from "../helpers/extract-text.ts";
import {VOCABULARY} from "../../pipeline/extract/vocabulary.ts";
import {loadModels} from "../../pipeline/models/sql-files.ts";
import {loadReference} from "../../pipeline/reference/load-reference.ts";
import {PUBLISHED} from "../../pipeline/store/published.ts";
import {TABLES} from "../../pipeline/store/schema.ts";
import {repoRoot} from "../helpers/shared.ts";

describe("data dictionary", async () => {
  const rendered = await renderDataDictionary();

  it("is up to date with the vocabulary, the table specs, the SQL headers and the published list", () => {
    const committed = readFileSync(`${repoRoot}/docs/DATA_DICTIONARY.md`, "utf8");
    expect(committed, "run `npm run docs:dictionary`").toBe(rendered);
  });

  it("describes every table a user can query: stored, every model (marts included), the check tables", () => {
    const described = [...rendered.matchAll(/^#### `([a-z_0-9]+)`$/gm)].map((m) => m[1]);
    const expected = [...TABLES.map((t) => t.name), ...loadModels().map((m) => m.name), "check_rules", "check_results", "findings"];
    expect(expected.filter((name) => !described.includes(name))).toEqual([]);
    expect(PUBLISHED.filter((p) => !described.includes(p.name)).map((p) => p.name)).toEqual([]);
    // A mart's grain comes from its SQL header.
    expect(rendered).toContain(`Built by \`sql/marts/peers.sql\``);
  });

  it("documents every key the extractor emits on the bundled seed", () => {
    const seed = `${repoRoot}/data/raw/四川省/阿坝藏族羌族自治州/2024/阿坝州总工会.txt`;
    const ex = extractBytes(readFileSync(seed), seed, loadReference());
    const known = new Set(VOCABULARY.map((k) => k.key));
    expect([...new Set(ex.facts.map((f) => f.key))].filter((k) => !known.has(k))).toEqual([]);
  });
});
