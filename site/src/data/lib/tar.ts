/**
 * A minimal ustar writer for archive loaders (`*.tar.ts`): Framework extracts `data/units/<slug>.json` from
 * `data/units.tar`, so one loader process (one warehouse connection) serves every page of a dynamic route.
 * Names are UTF-8 (unit pages are named by the unit: units/阿坝州总工会.json; tar-stream, which Framework extracts
 * with, reads names as UTF-8) and shorter than 100 bytes; mtime is 0 so the archive is byte-for-byte deterministic.
 */
const BLOCK = 512;

function header(name: string, size: number): Buffer {
  if (!name || Buffer.byteLength(name, "utf8") > 99 || /[\x00-\x1f\x7f]/.test(name)) throw new Error(`tar: unsupported file name ${JSON.stringify(name)}`);
  const h = Buffer.alloc(BLOCK);
  const put = (text: string, offset: number, length: number) => h.write(text, offset, length, "utf8");
  const octal = (n: number, length: number) => n.toString(8).padStart(length - 1, "0");
  put(name, 0, 100);
  put(octal(0o644, 8), 100, 8);
  put(octal(0, 8), 108, 8);
  put(octal(0, 8), 116, 8);
  put(octal(size, 12), 124, 12);
  put(octal(0, 12), 136, 12);
  put("        ", 148, 8);
  put("0", 156, 1);
  put("ustar\u000000", 257, 8);
  let sum = 0;
  for (const byte of h) sum += byte;
  put(`${octal(sum, 7)}\u0000 `, 148, 8);
  return h;
}

/** One tar archive of `files` (name → contents). */
export function tar(files: Iterable<[string, string | Buffer]>): Buffer {
  const parts: Buffer[] = [];
  for (const [name, contents] of files) {
    const body = typeof contents === "string" ? Buffer.from(contents, "utf8") : contents;
    parts.push(header(name, body.length), body, Buffer.alloc((BLOCK - (body.length % BLOCK)) % BLOCK));
  }
  parts.push(Buffer.alloc(BLOCK * 2));
  return Buffer.concat(parts);
}
