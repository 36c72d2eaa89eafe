/**
 * The stages import downward only, and no module imports itself round a loop. A stage is a folder of pipeline/
 * (pipeline/types.ts stands with lib): data moves read → identify/segment → extract (text and tables) → store →
 * models → refresh → cli, with lib, the shared types and the reference tables below all of them. A stage may import
 * its own files and any lower stage, never a higher one.
 */
import fs from "node:fs";
import path from "node:path";
import {describe, expect, it} from "vitest";
import {repoRoot} from "../helpers/shared.ts";

/** Rank of each stage: an import must go to the same stage or a lower rank. */
const RANK: Record<string, number> = {
  lib: 0,
  "types.ts": 0,
  reference: 0,
  read: 1,
  identify: 2,
  segment: 2,
  extract: 3,
  store: 4,
  models: 5,
  refresh: 6,
  docs: 6,
  synth: 7,
  eval: 7,
  cli: 8,
};

const PIPELINE = path.join(repoRoot, "pipeline");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(e.name) ? [full] : [];
  });
}

/** file (relative to pipeline/) → the pipeline files it imports (static, dynamic and type-only imports alike). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(PIPELINE)) {
    const text = fs.readFileSync(file, "utf8");
    const targets = [...text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)]
      .map((m) => path.resolve(path.dirname(file), m[1]))
      .filter((t) => t.startsWith(PIPELINE + path.sep))
      .map((t) => path.relative(PIPELINE, t));
    graph.set(path.relative(PIPELINE, file), [...new Set(targets)].sort());
  }
  return graph;
}

const stageOf = (file: string) => file.split(path.sep)[0];

describe("the import graph of pipeline/", () => {
  const graph = importGraph();

  it("is read whole: every stage is ranked and every import resolves to a file", () => {
    expect([...new Set([...graph.keys()].map(stageOf))].filter((s) => !(s in RANK))).toEqual([]);
    const dangling = [...graph].flatMap(([f, ts]) => ts.filter((t) => !graph.has(t)).map((t) => `${f} → ${t}`));
    expect(dangling).toEqual([]);
    expect(graph.size).toBeGreaterThan(100);
  });

  it("has no upward import between stages", () => {
    const upward = [...graph].flatMap(([f, ts]) =>
      ts.filter((t) => stageOf(t) !== stageOf(f) && RANK[stageOf(t)] >= RANK[stageOf(f)]).map((t) => `${f} → ${t}`),
    );
    expect(upward).toEqual([]);
  });

  it("has no cycle of modules", () => {
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (f: string, stack: string[]) => {
      if (state.get(f) === "done") return;
      if (state.get(f) === "open") {
        cycles.push([...stack.slice(stack.indexOf(f)), f].join(" → "));
        return;
      }
      state.set(f, "open");
      for (const t of graph.get(f) ?? []) visit(t, [...stack, f]);
      state.set(f, "done");
    };
    for (const f of [...graph.keys()].sort()) visit(f, []);
    expect(cycles).toEqual([]);
  });
});
