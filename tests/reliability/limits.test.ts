/**
 * Nothing dropped into the input folder can hang a refresh: a file over the size limit fails `too_large` unread; a
 * 100,000-deep HTML page and a single line of 100,000+ amounts (each once ran for minutes or overflowed the stack)
 * fail `too_complex` at once, by the structure limits of lib/structure-limits.ts; a file whose extraction runs past
 * the time budget fails `timeout`; the good document lands beside them every time.
 *
 * The limits are set small here (--max-file-mb 8, --timeout 1) so the run stays short; the defaults are 50 MB and
 * 60 s. The 200 MB file of the issue is the same code path as the 9 MB one below (refused by its size before any
 * byte is read), so it is left to a manual run: `truncate -s 200M big.txt` in an input folder.
 */
import fs from "node:fs";
import path from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {queryRows} from "../../pipeline/store/query.ts";
import {runCli, tempDir} from "../helpers/cli.ts";
import {seedBytes} from "../helpers/fixtures/seed.ts";

const cwd = tempDir("gongkai-limits-");
afterAll(() => fs.rmSync(cwd, {recursive: true, force: true}));

function write(rel: string, bytes: Uint8Array | string) {
  const file = path.join(cwd, "in", rel);
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, bytes);
}

describe("size and time limits", () => {
  it("fail the runaway files by name and land the good one", async () => {
    write("2024/阿坝州总工会.txt", seedBytes());
    write("bad/big.txt", Buffer.alloc(9 * 2 ** 20, "收入总计1万元。"));
    write("bad/deep.html", "<html><body>" + "<div>".repeat(100_000) + "收入总计100万元" + "</div>".repeat(100_000) + "</body></html>");
    write("bad/line.txt", "1元，".repeat(110_000));
    // The seed 550 times over (7.3 MB, 89,000 amounts: under the structure limits): a real document's structure whose
    // extraction takes over 3 s on an idle machine, past a 1 s budget.
    write("bad/long.txt", Buffer.concat(Array.from({length: 550}, () => seedBytes())));
    const started = Date.now();
    const r = runCli(["refresh", "--input", "in", "--db", "wh.duckdb", "--no-export", "--max-file-mb", "8", "--timeout", "1"], {cwd});
    const seconds = (Date.now() - started) / 1000;
    expect(r.status, r.stderr).toBe(3);
    const report = JSON.parse(fs.readFileSync(path.join(cwd, "wh.duckdb.build", "run-report.json"), "utf8"));
    const codes = Object.fromEntries(report.failed.map((f: {source: string; reason: string}) => [f.source, f.reason.split(":")[0]]));
    expect(codes).toEqual({"bad/big.txt": "too_large", "bad/deep.html": "too_complex", "bad/line.txt": "too_complex", "bad/long.txt": "timeout"});
    expect(report.landed.map((f: {source: string}) => f.source)).toEqual(["2024/阿坝州总工会.txt"]);
    expect(Number((await queryRows(path.join(cwd, "wh.duckdb"), "select count(*) from facts")).rows[0][0])).toBeGreaterThan(50);
    expect(r.stderr).toMatch(/bad\/big\.txt: too_large: 9 MB, over the limit of 8 MB/);
    expect(r.stderr).toMatch(/bad\/deep\.html: too_complex: elements nested 100000 deep, over the limit of 1000/);
    expect(r.stderr).toMatch(/bad\/line\.txt: too_complex: 110000 amounts in one document, over the limit of 100000/);
    // Bounded: one budget of 1 s and the rest; generous, only to show nothing ran unbounded.
    expect(seconds).toBeLessThan(170);
  }, 180_000);

  it("refuses a limit that is not a positive number", () => {
    const r = runCli(["refresh", "--input", "in", "--db", "x.duckdb", "--timeout", "soon"], {cwd});
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--timeout: not a positive number: soon/);
  }, 60_000);
});
