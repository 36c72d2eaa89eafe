import {describe, expect, it} from "vitest";
import {planRefresh} from "../../pipeline/refresh/plan.ts";
import type {ScannedFile} from "../../pipeline/refresh/scan.ts";
import type {DocumentVersionRecord} from "../../pipeline/store/versions.ts";

/** A content named by one letter: sha256 "aaaa…" and doc_id "aaaa…" (16). */
const sha = (c: string) => c.repeat(64);
const file = (source: string, c: string): ScannedFile => ({
  source,
  ok: true,
  sha256: sha(c),
  doc_id: sha(c).slice(0, 16),
  bytes: 10,
  isSynthetic: false,
});
const ver = (
  key: string,
  c: string,
  version: number,
  is_latest: boolean,
  supersedes: string | null = null,
): DocumentVersionRecord => ({
  doc_id: sha(c).slice(0, 16),
  document_key: key,
  version,
  supersedes: supersedes && sha(supersedes).slice(0, 16),
  is_latest,
  sha256: sha(c),
  bytes: 10,
});

describe("planRefresh", () => {
  it("adds new paths as version 1 and keeps unchanged ones as they are", () => {
    const prev = [ver("a.txt", "a", 1, true)];
    const plan = planRefresh(prev, [file("a.txt", "a"), file("b.txt", "b")]);
    expect(plan.keys.map((k) => [k.document_key, k.status, k.versions])).toEqual([
      ["a.txt", "unchanged", prev],
      ["b.txt", "added", [ver("b.txt", "b", 1, true)]],
    ]);
    expect(plan.removed).toEqual([]);
    expect(plan.failed).toEqual([]);
  });

  it("makes new content at a known path the next version, superseding the latest; old versions stay", () => {
    const prev = [ver("a.txt", "a", 1, false), ver("a.txt", "b", 2, true, "a")];
    const [k] = planRefresh(prev, [file("a.txt", "c")]).keys;
    expect(k.status).toBe("changed");
    expect(k.versions).toEqual([
      ver("a.txt", "a", 1, false),
      ver("a.txt", "b", 2, false, "a"),
      ver("a.txt", "c", 3, true, "b"),
    ]);
    expect(k.previous).toEqual(prev);
  });

  it("makes an earlier version current again when its content comes back", () => {
    const prev = [ver("a.txt", "a", 1, false), ver("a.txt", "b", 2, true, "a")];
    const [k] = planRefresh(prev, [file("a.txt", "a")]).keys;
    expect(k.status).toBe("reverted");
    expect(k.versions).toEqual([ver("a.txt", "a", 1, true), ver("a.txt", "b", 2, false, "a")]);
  });

  it("drops documents whose file is gone, with every version", () => {
    const prev = [ver("gone.txt", "a", 1, false), ver("gone.txt", "b", 2, true, "a"), ver("x.txt", "x", 1, true)];
    const plan = planRefresh(prev, [file("x.txt", "x")]);
    expect(plan.removed).toEqual([{document_key: "gone.txt", versions: prev.slice(0, 2)}]);
  });

  it("keeps one path per content: the one that already held it, else the first in path order", () => {
    const fresh = planRefresh([], [file("a.txt", "s"), file("b.txt", "s")]);
    expect(fresh.keys.map((k) => k.document_key)).toEqual(["a.txt"]);
    expect(fresh.failed).toEqual([{source: "b.txt", reason: "duplicate of a.txt", previous: []}]);

    const held = planRefresh([ver("b.txt", "s", 1, true)], [file("a.txt", "s"), file("b.txt", "s")]);
    expect(held.keys.map((k) => [k.document_key, k.status])).toEqual([["b.txt", "unchanged"]]);
    expect(held.failed.map((f) => [f.source, f.reason])).toEqual([["a.txt", "duplicate of b.txt"]]);
  });

  it("refuses content a kept version of another document already has (one doc_id, one document)", () => {
    const prev = [ver("a.txt", "a", 1, false), ver("a.txt", "b", 2, true, "a")];
    const plan = planRefresh(prev, [file("a.txt", "b"), file("copy.txt", "a")]);
    expect(plan.failed.map((f) => [f.source, f.reason])).toEqual([["copy.txt", "same content as a.txt (version 1)"]]);
    // Once a.txt is gone, its versions go too and the content is free to land elsewhere (a move).
    const moved = planRefresh(prev, [file("copy.txt", "a")]);
    expect(moved.keys.map((k) => [k.document_key, k.status])).toEqual([["copy.txt", "added"]]);
  });

  it("reports unreadable files with the versions their document keeps", () => {
    const prev = [ver("a.txt", "a", 1, true)];
    const plan = planRefresh(prev, [{source: "a.txt", ok: false, reason: "cannot read: EACCES"}]);
    expect(plan.failed).toEqual([{source: "a.txt", reason: "cannot read: EACCES", previous: prev}]);
    expect(plan.removed).toEqual([]);
  });
});
