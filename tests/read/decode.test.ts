import {describe, expect, it} from "vitest";
import {DecodeError, decodeBytes} from "../../pipeline/read/decode.ts";
import {encodeAs, type Encoding} from "../helpers/seed-variants.ts";
import {seedText} from "../helpers/fixtures/seed.ts";

/** A tiny seeded PRNG (mulberry32), so "random" bytes are the same on every run. */
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomBytes(n: number, seed: number, lo = 0, hi = 256): Uint8Array {
  const next = mulberry32(seed);
  return Uint8Array.from({length: n}, () => lo + Math.floor(next() * (hi - lo)));
}

function decodeError(bytes: Uint8Array, name?: string): DecodeError {
  try {
    decodeBytes(bytes, name);
  } catch (e) {
    if (e instanceof DecodeError) return e;
    throw e;
  }
  throw new Error("expected a DecodeError");
}

const sample = "一、部门预算单位构成\n（一）收入预算情况\n阿坝州总工会2024年收入预算3422.23万元，占100%。\n";

describe("decodeBytes: encodings", () => {
  const cases: [Encoding, boolean, string][] = [
    ["utf-8", true, "utf-8"],
    ["utf-8-bom", true, "utf-8-bom"],
    ["gb18030", true, "gb18030"],
    ["utf-16le", true, "utf-16le"],
    ["utf-16be", true, "utf-16be"],
    ["utf-16le", false, "utf-16le"],
    ["utf-16be", false, "utf-16be"],
  ];
  for (const [enc, bom, label] of cases) {
    it(`${enc}${bom ? "" : " without BOM"} → ${label}`, () => {
      expect(decodeBytes(encodeAs(sample, enc, {bom}))).toEqual({text: sample, encoding: label});
    });
  }

  it("labels pure ASCII as utf-8", () => {
    expect(decodeBytes(new TextEncoder().encode("2024 budget\n")).encoding).toBe("utf-8");
  });

  it("keeps a CRLF file's line ends (cleaning normalises them, not decoding)", () => {
    expect(decodeBytes(encodeAs("甲\r\n乙\r\n", "gb18030")).text).toBe("甲\r\n乙\r\n");
  });
});

describe("decodeBytes: the seed document", () => {
  const seed = seedText();
  const cases: [Encoding, boolean, string][] = [
    ["utf-8", true, "utf-8"],
    ["utf-8-bom", true, "utf-8-bom"],
    ["gb18030", true, "gb18030"],
    ["utf-16le", true, "utf-16le"],
    ["utf-16be", true, "utf-16be"],
    ["utf-16le", false, "utf-16le"],
  ];
  for (const [enc, bom, label] of cases) {
    it(`round-trips the seed through ${enc}${bom ? "" : " without BOM"}`, () => {
      const {text, encoding} = decodeBytes(encodeAs(seed, enc, {bom}));
      expect(encoding).toBe(label);
      expect(text).toBe(seed);
    });
  }
});

describe("decodeBytes: errors", () => {
  it("rejects an empty file, naming it", () => {
    const e = decodeError(new Uint8Array(0), "data/raw/x.txt");
    expect(e.code).toBe("empty");
    expect(e.message).toBe("data/raw/x.txt: file is empty");
  });

  it("rejects whitespace only, in any encoding", () => {
    expect(decodeError(new TextEncoder().encode(" \n\t\r\n")).code).toBe("empty");
    expect(decodeError(encodeAs("\u3000\u3000\n", "utf-16le")).code).toBe("empty");
    expect(decodeError(Uint8Array.of(0xef, 0xbb, 0xbf)).code).toBe("empty");
  });

  it("rejects random bytes as binary", () => {
    for (const seed of [1, 2, 3]) expect(decodeError(randomBytes(4096, seed)).code).toBe("binary");
  });

  it("rejects a PNG header as binary", () => {
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52);
    const e = decodeError(png, "data/raw/scan.txt");
    expect(e.code).toBe("binary");
    expect(e.message).toMatch(/^data\/raw\/scan\.txt: .*PNG/);
  });

  it("rejects control characters without NULs as binary", () => {
    expect(decodeError(randomBytes(512, 7, 1, 32)).code).toBe("binary");
  });

  it("rejects high bytes that are no valid GB18030 text as undecodable", () => {
    const e = decodeError(randomBytes(4096, 11, 0x80, 0x100), "x.txt");
    expect(e.code).toBe("undecodable");
    expect(e.message).toMatch(/^x\.txt: not UTF-8, UTF-16 or GB18030 text/);
  });
});
