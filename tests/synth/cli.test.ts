import fs from "node:fs";
import path from "node:path";
import {describe, expect, it} from "vitest";
import {buildProgram} from "../../pipeline/cli/program.ts";
import {isSyntheticFile} from "../../pipeline/refresh/sidecar.ts";
import {tempDir} from "../helpers/cli.ts";
import {fakeIo} from "../helpers/fake-io.ts";

const run = (args: string[]) => {
  const io = fakeIo();
  return buildProgram(io)
    .exitOverride()
    .parseAsync(["node", "gongkai", ...args])
    .then(() => io);
};

const REGION = "四川省/阿坝藏族羌族自治州";

describe("gongkai synth", () => {
  it("writes documents with synthetic sidecars and a manifest, and replaces its own earlier files", async () => {
    const out = tempDir("gongkai-synth-");
    await run(["synth", "--out", out, "--units", "2", "--years", "2023-2025", "--seed", "3"]);
    const files = fs.readdirSync(path.join(out, REGION, "2024")).sort();
    // 阿坝州总工会 2024 is the real seed's slot: only the county is generated.
    expect(files).toEqual(["马尔康市总工会.meta.json", "马尔康市总工会.txt"]);
    const meta = JSON.parse(fs.readFileSync(path.join(out, REGION, "2024", "马尔康市总工会.meta.json"), "utf8"));
    expect(meta).toMatchObject({synthetic: true, generator: "gongkai synth", seed: 3});
    expect(isSyntheticFile(path.join(out, REGION, "2024", "马尔康市总工会.txt"))).toBe(true);
    const manifest = JSON.parse(fs.readFileSync(path.join(out, "synthetic-manifest.json"), "utf8"));
    expect(manifest.documents.map((d: {path: string}) => d.path)).toHaveLength(5);

    const io = await run(["synth", "--out", out, "--units", "1", "--years", "2025", "--clean"]);
    expect(io.stderr.join("\n")).toMatch(/synthesised 1 documents .*5 earlier ones replaced/);
    expect(fs.existsSync(path.join(out, REGION, "2024", "马尔康市总工会.txt"))).toBe(false);
  });

  it("never touches a real document in a slot it would fill", async () => {
    const out = tempDir("gongkai-synth-");
    const real = path.join(out, REGION, "2023", "汶川县总工会.txt");
    fs.mkdirSync(path.dirname(real), {recursive: true});
    fs.writeFileSync(real, "real");
    await expect(run(["synth", "--out", out, "--units", "3", "--years", "2023"])).rejects.toThrow(/refusing to overwrite real document/);
    expect(fs.readFileSync(real, "utf8")).toBe("real");
    // Nothing else was written either.
    expect(fs.readdirSync(path.join(out, REGION, "2023"))).toEqual(["汶川县总工会.txt"]);
  });

  it("rejects options out of range", async () => {
    await expect(run(["synth", "--years", "2018-2020"])).rejects.toThrow(/--years/);
    await expect(run(["synth", "--units", "15"])).rejects.toThrow(/--units/);
  });
});
