/**
 * One list of published tables: `gongkai export` and the site's downloads loader write the same files, with the
 * same columns and the same bytes, from the same warehouse.
 */
import {spawnSync} from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {refresh} from "../../pipeline/refresh/refresh.ts";
import {publishedFiles} from "../../pipeline/store/published.ts";
import {tempDir} from "../helpers/cli.ts";
import {writeSeedCorpus} from "../helpers/seed-corpus.ts";
import {repoRoot} from "../helpers/shared.ts";

/** The files of a ustar archive, by name (the loader's tar writer: 512-byte headers, octal sizes). */
function untar(buf: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let at = 0;
  while (at + 512 <= buf.length && buf[at] !== 0) {
    const name = buf.subarray(at, at + 100).toString("ascii").replace(/\0.*$/s, "");
    const size = parseInt(buf.subarray(at + 124, at + 136).toString("ascii").replace(/\0.*$/s, ""), 8);
    files.set(name, buf.subarray(at + 512, at + 512 + size));
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

describe("published tables", () => {
  const root = tempDir("gongkai-published-");
  afterAll(() => fs.rmSync(root, {recursive: true, force: true}));

  it("are the same files, byte for byte, from `gongkai export` and from the site's downloads", async () => {
    const input = path.join(root, "raw");
    writeSeedCorpus(input, 2);
    const db = path.join(root, "wh.duckdb");
    const exportDir = path.join(root, "exports");
    await refresh({input, db, buildDir: path.join(root, "build"), exportDir, fingerprint: "test"});

    const loader = spawnSync(process.execPath, ["--import", "tsx", path.join(repoRoot, "site/src/data/downloads.tar.ts")], {
      cwd: repoRoot,
      env: {...process.env, GONGKAI_DB: db},
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(loader.stderr.toString()).toBe("");
    const downloads = untar(loader.stdout);

    expect([...downloads.keys()].sort()).toEqual(publishedFiles());
    expect(fs.readdirSync(exportDir).sort()).toEqual(publishedFiles());
    for (const [name, bytes] of downloads) {
      expect(Buffer.compare(bytes, fs.readFileSync(path.join(exportDir, name))), name).toBe(0);
    }
    // Not vacuous: the facts file has rows, and its header carries the document version.
    const facts = downloads.get("facts.csv")!.toString("utf8").split("\n");
    expect(facts[0].startsWith("document_key,version,is_latest,")).toBe(true);
    expect(facts.length).toBeGreaterThan(50);
  }, 180_000);
});
