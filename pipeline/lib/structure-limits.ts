/**
 * Limits on the shape of an input, beyond its size (refresh's --max-file-mb) and time (--timeout): structures no
 * disclosure has, which would otherwise cost minutes before the time budget stops them. Each is far above what any
 * real disclosure reaches, and going over it is the named error `too_complex`, raised in milliseconds.
 */

/**
 * Deepest nesting of HTML elements read. Government pages nest a few dozen levels; HTML's own parser does work in
 * the depth for every element it opens (100,000 levels took minutes) and runs out of stack near 5,000.
 */
export const MAX_HTML_DEPTH = 1_000;

/**
 * Most amounts read in one document's text. A 35-page disclosure states a few thousand; a file of more is no
 * disclosure (a 10 MB line of repeated amounts holds 500,000), and its mentions alone would fill gigabytes.
 */
export const MAX_AMOUNTS = 100_000;

/** An input over one of the limits above; extraction reports it as `too_complex` with this reason. */
export class TooComplexError extends Error {
  readonly reason: string;
  constructor(reason: string) {
    super(reason);
    this.name = "TooComplexError";
    this.reason = reason;
  }
}

/** Elements that never hold others (no end tag) or whose end tag may be left out: they do not nest in the count. */
const NOT_NESTING = new Set(
  "area base br col embed hr img input link meta param source track wbr p li dt dd tr td th tbody thead tfoot option optgroup colgroup rp rt html head body".split(" "),
);

/**
 * The deepest nesting of elements in an HTML text, by one linear scan of its tags: elements that need an end tag
 * count, script and style bodies and comments are skipped. An estimate for the limit only (a parser may repair what
 * it reads), never used to read the page.
 */
export function htmlNestingDepth(html: string): number {
  const tag = /<!--|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/gu;
  const lower = html.toLowerCase();
  let depth = 0;
  let max = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[0] === "<!--") {
      const end = html.indexOf("-->", tag.lastIndex);
      tag.lastIndex = end === -1 ? html.length : end + 3;
      continue;
    }
    const name = m[2].toLowerCase();
    if (m[1]) {
      if (!NOT_NESTING.has(name) && depth > 0) depth--;
      continue;
    }
    if (name === "script" || name === "style") {
      const end = lower.indexOf(`</${name}`, tag.lastIndex);
      const close = end === -1 ? -1 : lower.indexOf(">", end);
      tag.lastIndex = close === -1 ? html.length : close + 1;
      continue;
    }
    if (m[3] || NOT_NESTING.has(name)) continue;
    if (++depth > max) max = depth;
  }
  return max;
}
