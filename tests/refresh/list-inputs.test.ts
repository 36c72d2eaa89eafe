import fs from "node:fs";
import path from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {listInputs} from "../../pipeline/refresh/list-inputs.ts";
import {tempDir} from "../helpers/cli.ts";

const dir = tempDir("gongkai-list-");
afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));

function touch(rel: string) {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), {recursive: true});
  fs.writeFileSync(path.join(dir, rel), "x");
}

describe("listInputs", () => {
  it("skips sidecars, READMEs and hidden files and folders; sorts by relative path", () => {
    // Created out of order on purpose: the listing must not follow creation or directory order.
    const files = ["z.txt", "四川省/2024/b.txt", "四川省/2024/b.meta.json", "a.pdf", "README.md", ".DS_Store"];
    for (const rel of files) touch(rel);
    touch(".git/HEAD.txt");
    touch("四川省/readme.md");
    touch("四川省/2023/a.txt");
    expect(listInputs(dir)).toEqual(["a.pdf", "z.txt", "四川省/2023/a.txt", "四川省/2024/b.txt"]);
  });

  it("fails clearly when the folder does not exist", () => {
    expect(() => listInputs(path.join(dir, "nope"))).toThrow(/input folder not found/);
  });
});
