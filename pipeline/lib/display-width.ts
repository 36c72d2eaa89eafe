/**
 * Columns a line takes in a monospace rendering, wide characters counting two. Two settings of one measure:
 *  - a terminal (the CLI's tables, store/query): East Asian wide and full-width characters are wide;
 *  - a CJK font (`cjkFont`, for a hard-wrapped document's page width in read/clean): there the East Asian
 *    ambiguous characters too — “”、…、—、①, every letter-like and symbol above U+2000 — are set full width.
 */
export function displayWidth(text: string, {cjkFont = false}: {cjkFont?: boolean} = {}): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    width += (cjkFont ? cp >= 0x2000 : isWide(cp)) ? 2 : 1;
  }
  return width;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}
