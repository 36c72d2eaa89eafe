/** The commands run in-process with a fake Io: the argument handling and output shapes, without spawn cost. */
import fs from "node:fs";
import path from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {buildProgram} from "../../pipeline/cli/program.ts";
import {tempDir} from "../helpers/cli.ts";
import {SEED_PATH} from "../helpers/fixtures/seed.ts";
import {fakeIo} from "../helpers/fake-io.ts";

const dir = tempDir();
afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));

async function run(args: string[]) {
  const io = fakeIo();
  await buildProgram(io).parseAsync(args, {from: "user"});
  return io;
}

describe("gongkai extract (in-process)", () => {
  it("names unsupported and non-disclosure files with their reason and sets exit code 3", async () => {
    const pdf = path.join(dir, "slides.key");
    const prose = path.join(dir, "prose.txt");
    fs.writeFileSync(pdf, "not a disclosure format\n");
    fs.writeFileSync(prose, "本单位今年没有任何数字。\n");
    const io = await run(["extract", pdf, prose]);
    expect(io.exitCode).toBe(3);
    expect(io.stderr).toEqual([
      `gongkai: ${pdf}: unsupported_format: unsupported format .key`,
      `gongkai: ${prose}: not_a_disclosure: not a budget disclosure: no amounts found`,
    ]);
    // Several files always give an array, even when none extracted.
    expect(JSON.parse(io.stdout.join(""))).toEqual([]);
  });
});

describe("gongkai extract: shapes", () => {
  it("prints an array for several files and keeps the good ones when one fails", async () => {
    const empty = path.join(dir, "empty.txt");
    fs.writeFileSync(empty, "");
    const seed = SEED_PATH;
    const io = await run(["extract", seed, empty, seed]);
    expect(io.exitCode).toBe(3);
    expect(io.stderr).toEqual([`gongkai: ${empty}: empty: file is empty`]);
    const out = JSON.parse(io.stdout.join(""));
    expect(out).toHaveLength(2);
    const fact = out[0].facts[0];
    expect(Object.keys(fact)).toEqual([
      "key",
      "basis",
      "code",
      "label",
      "parent",
      "measure",
      "amount",
      "unit",
      "amount_as_written",
      "unit_as_written",
      "share_pct",
      "rate_pct",
      "rate_base",
      "section",
      "span",
      "quote",
      "mentions",
      "origin",
      "table_name",
    ]);
    const changeKeys = ["key", "code", "label", "compare_year", "delta", "prior", "prior_measure", "pct", "span", "quote"];
    expect(Object.keys(out[0].changes[0])).toEqual(changeKeys);
    expect(Object.keys(out[0].reasons[0])).toEqual(["change_key", "ordinal", "text", "delta", "parts"]);
  });
});

describe("gongkai query (in-process)", () => {
  it("rejects an empty statement before opening anything", async () => {
    await expect(run(["query", "  ", "--db", path.join(dir, "none.duckdb")])).rejects.toThrow(/no SQL given/);
  });
});

describe("gongkai refresh --shard and load (in-process)", () => {
  it("refuses a shard spec out of range before reading or locking anything", async () => {
    const db = path.join(dir, "never.duckdb");
    await expect(run(["refresh", "--shard", "3/2", "--input", dir, "--db", db])).rejects.toThrow(
      /--shard: expected K\/N with whole numbers 1 ≤ K ≤ N \(e\.g\. 1\/4\), got "3\/2": K cannot exceed N/,
    );
    await expect(run(["refresh", "--shard", "0/2", "--input", dir])).rejects.toThrow(/got "0\/2": K counts from 1/);
    await expect(run(["refresh", "--lake", path.join(dir, "l"), "--input", dir])).rejects.toThrow(/--lake: only with --shard K\/N/);
    expect(fs.existsSync(db)).toBe(false);
    expect(fs.existsSync(`${db}.lock`)).toBe(false);
  });

  it("refuses to load a folder that is no shard output, leaving no warehouse", async () => {
    const db = path.join(dir, "from-nothing.duckdb");
    await expect(run(["load", "--from", dir, "--db", db])).rejects.toThrow(/is not the output of `gongkai refresh --shard K\/N`: it has no shard\.json/);
    expect(fs.existsSync(db)).toBe(false);
  });

  it("explains sharding in the help of refresh and load", () => {
    const help = (name: string) => buildProgram(fakeIo()).commands.find((c) => c.name() === name)!.helpInformation();
    const withAfter = (name: string) => {
      let text = "";
      const cmd = buildProgram(fakeIo()).commands.find((c) => c.name() === name)!;
      cmd.configureOutput({writeOut: (s) => (text += s)});
      cmd.outputHelp();
      return text;
    };
    expect(help("refresh")).toContain("--shard <K/N>");
    expect(help("load")).toContain("--from <dirs...>");
    expect(withAfter("refresh")).toContain("gongkai load --from");
    expect(withAfter("load")).toContain("gongkai refresh --input /data/raw --shard k/N --lake /lake/shard-k");
  });
});
