import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {renderDataDictionary} from "../../pipeline/docs/data-dictionary.ts";
import {extractBytes} from "../../pipeline/extract/extract.ts";
import {VOCABULARY} from "../../pipeline/extract/vocabulary.ts";
import {loadReference} from "../../pipeline/reference/load-reference.ts";
import {repoRoot} from "../helpers/shared.ts";

describe("data dictionary", () => {
  it("is up to date with the vocabulary and the table specs", () => {
    const committed = readFileSync(`${repoRoot}/docs/DATA_DICTIONARY.md`, "utf8");
    expect(committed, "run `npm run docs:dictionary`").toBe(renderDataDictionary());
  });

  it("documents every key the extractor emits on the bundled seed", () => {
    const seed = `${repoRoot}/data/raw/四川省/阿坝藏族羌族自治州/2024/阿坝州总工会.txt`;
    const ex = extractBytes(readFileSync(seed), seed, loadReference());
    const known = new Set(VOCABULARY.map((k) => k.key));
    expect([...new Set(ex.facts.map((f) => f.key))].filter((k) => !known.has(k))).toEqual([]);
  });
});
