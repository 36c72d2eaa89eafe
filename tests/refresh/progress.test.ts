import {PassThrough} from "node:stream";
import {describe, expect, it} from "vitest";
import {barProgress, plainProgress} from "../../pipeline/refresh/progress.ts";

describe("progress", () => {
  it("prints one plain line per item off a terminal", () => {
    const lines: string[] = [];
    const p = plainProgress((l) => lines.push(l));
    p.start("extract", 2);
    p.tick("[1/2] a.txt … 3 facts");
    p.tick("[2/2] b.txt … failed: empty");
    p.stop();
    expect(lines).toEqual(["[1/2] a.txt … 3 facts", "[2/2] b.txt … failed: empty"]);
  });

  it("draws a bar on a terminal", () => {
    const tty = Object.assign(new PassThrough(), {
      isTTY: true,
      columns: 120,
      cursorTo: () => true,
      clearLine: () => true,
      moveCursor: () => true,
    });
    let out = "";
    tty.on("data", (c: Buffer) => (out += c.toString("utf8")));
    const p = barProgress(tty);
    p.start("extract", 3);
    for (const f of ["a", "b", "c"]) p.tick(`${f}.txt … 3 facts`);
    p.stop();
    expect(out).toMatch(/extract \[[█░]+\] 3\/3 · .* · c\.txt … 3 facts/);
  });
});
