/**
 * When a disclosure was published, as the text states it: a web page's header line (`发布时间：2018-03-06`,
 * `日期:2026-01-30 16:32`, `来源: 昆明市人民政府办公室  2026-03-11 14:33`). The signature at the end is read in
 * identify.ts with the unit above it; the PDF's own creation date (read/pdf/pdf-date.ts) comes last.
 */

const DATE = String.raw`(20\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})`;
/** A date after a date label, or on the page's 来源 (source) line. */
const HEADER_DATE_RE = new RegExp(
  String.raw`(?:(?:发布|更新|成文|公开|发文)?(?:时间|日期)\s*[:：]\s*|来源\s*[:：][^\n]{0,60}?)${DATE}(?!\d)`,
  "u",
);
const HEADER_LINES = 80;
const HEADER_LINE_MAX = 120;

export function isoDate(y: string, m: string, d: string): string | null {
  const mo = Number(m);
  const da = Number(d);
  if (mo < 1 || mo > 12 || da < 1 || da > 31) return null;
  return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
}

/** The publication date a page header states, ISO yyyy-mm-dd, or null. */
export function findPublished(lines: string[]): string | null {
  for (const line of lines.slice(0, HEADER_LINES)) {
    if (line.length > HEADER_LINE_MAX) continue;
    const m = HEADER_DATE_RE.exec(line);
    if (m) return isoDate(m[1], m[2], m[3]);
  }
  return null;
}

/**
 * Whether a publication date fits the fiscal year: a budget is published from the year before (the plan is adopted
 * then) to two years after; final accounts from the year itself to three years after.
 */
export function plausiblePublished(iso: string, year: number, kind: "budget" | "final"): boolean {
  const y = Number(iso.slice(0, 4));
  return kind === "budget" ? y >= year - 1 && y <= year + 2 : y >= year && y <= year + 3;
}
