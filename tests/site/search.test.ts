import {readFileSync} from "node:fs";
import path from "node:path";
import {describe, expect, it} from "vitest";
import {extractBytes} from "../helpers/extract-text.ts";
import {loadReference} from "../../pipeline/reference/load-reference.ts";
import {createSearch, tokenize} from "../../site/src/components/search.js";
import {repoRoot} from "../helpers/shared.ts";

const SEED = path.join(repoRoot, "data", "raw", "四川省", "阿坝藏族羌族自治州", "2024", "阿坝州总工会.txt");

describe("search tokenizer", () => {
  it("splits CJK runs into bigrams and keeps Latin and digit runs whole", () => {
    expect(tokenize("三公经费 2024")).toEqual(["三公", "公经", "经费", "2024"]);
    expect(tokenize("工会")).toEqual(["工会"]);
    expect(tokenize("州")).toEqual(["州"]);
    expect(tokenize("Income.Total，收入")).toEqual(["income", "total", "收入"]);
    expect(tokenize("“三公”经费")).toEqual(["三公", "公经", "经费"]);
    expect(tokenize("2,380")).toEqual(["2380"]);
    expect(tokenize("")).toEqual([]);
  });

  it("normalises full-width forms (NFKC)", () => {
    expect(tokenize("２０２４ＡＢ")).toEqual(["2024ab"]);
  });
});

describe("search over the seed", () => {
  const ex = extractBytes(readFileSync(SEED), "data/raw/四川省/阿坝藏族羌族自治州/2024/阿坝州总工会.txt", loadReference());
  const docId = ex.document.doc_id;
  const items = new Map<string, {label: string; key: string; at: {d: string; a: string; s: number; e: number}[]}>();
  for (const f of ex.facts) {
    if (!f.label) continue;
    const id = `${f.label}|${f.key}`;
    if (!items.has(id)) items.set(id, {label: f.label, key: f.key, at: []});
    items.get(id)!.at.push({d: docId, a: String(f.amount), s: f.span[0], e: f.span[1]});
  }
  const search = createSearch({
    units: [
      {name: "阿坝州总工会", slug: "u9968a5ba4394", region: "四川省 › 阿坝藏族羌族自治州"},
      {name: "茂县总工会", slug: "ux", region: "四川省 › 阿坝藏族羌族自治州 › 茂县"},
    ],
    items: [...items.values()],
    docs: [{doc_id: docId, unit: "阿坝州总工会", year: 2024, text: ex.document.text}],
  });

  it("finds the seed's 工会经费 fact, its 2,600 万元 project line among them", () => {
    const hits = search("工会经费");
    const fee = hits.items.filter((h) => h.item.label === "工会经费");
    expect(fee.length).toBeGreaterThan(0);
    expect(fee.every((h) => h.exact)).toBe(true);
    const project = fee.find((h) => h.item.key === "project.item");
    expect(project?.item.at.map((a) => Number(a.a))).toContain(2600);
    expect(hits.docs[0]?.doc.doc_id).toBe(docId);
    expect(hits.docs[0]?.snippet.match).toBe("工会经费");
  });

  it("finds 三公 lines and the text that states them", () => {
    const hits = search("三公");
    expect(hits.items.length + hits.docs.length).toBeGreaterThan(0);
    expect(hits.docs[0]?.count).toBeGreaterThan(1);
    const text = ex.document.text;
    const first = hits.docs[0]!;
    expect(text.slice(first.start, first.end)).toBe("三公");
  });

  it("finds units by part of their name and ranks exact matches first", () => {
    expect(search("茂县").units.map((h) => h.unit.name)).toEqual(["茂县总工会"]);
    expect(search("总工会").units).toHaveLength(2);
    expect(search("阿坝").units[0].unit.name).toBe("阿坝州总工会");
  });

  it("requires every bigram and the phrase itself in document text", () => {
    expect(search("工会经费基数调整").docs).toHaveLength(1);
    expect(search("经费工会").docs).toHaveLength(0);
    expect(search("   ")).toMatchObject({units: [], items: [], docs: [], totals: {units: 0, items: 0, docs: 0}});
  });

  it("matches across quotes and digit separators, and says how many there are beyond the limit", () => {
    const quoted = search("三公经费").docs;
    expect(quoted.length).toBe(1);
    expect(search("“三公”经费").docs.length).toBe(1);
    expect(search("2380").docs.length).toBe(1);
    expect(search("2,380").docs.length).toBe(1);
    const few = search("万元", {limit: 1});
    expect(few.units.length + few.items.length).toBeLessThanOrEqual(2);
    expect(few.totals.items).toBeGreaterThan(1);
  });
});
