import fs from "node:fs";
import path from "node:path";
import {describe, expect, it} from "vitest";
import {isSyntheticFile, sidecarPath} from "../../pipeline/refresh/sidecar.ts";
import {tempDir} from "../helpers/cli.ts";

describe("refresh reads `synthetic` from a file's sidecar", () => {
  it("is true only when the sidecar says \"synthetic\": true", () => {
    const dir = tempDir("gongkai-sidecar-");
    const file = (name: string, meta?: string) => {
      const f = path.join(dir, name);
      fs.writeFileSync(f, "text");
      if (meta !== undefined) fs.writeFileSync(sidecarPath(f), meta);
      return f;
    };
    expect(sidecarPath("a/b/理县总工会.txt")).toBe("a/b/理县总工会.meta.json");
    expect(isSyntheticFile(file("synth.txt", '{"synthetic": true}'))).toBe(true);
    expect(isSyntheticFile(file("real.txt", '{"publisher": "阿坝州总工会"}'))).toBe(false);
    expect(isSyntheticFile(file("string.txt", '{"synthetic": "true"}'))).toBe(false);
    expect(isSyntheticFile(file("broken.txt", "{not json"))).toBe(false);
    expect(isSyntheticFile(file("bare.txt"))).toBe(false);
  });
});
