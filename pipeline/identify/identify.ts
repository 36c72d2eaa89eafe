import type {RegionRow} from "../reference/load-reference.ts";
import type {TableGrid} from "../read/grid.ts";
import type {DocKind, DocScope} from "../types.ts";
import {findCaptions, findLabelledUnits, findTitles, type Title} from "./headings.ts";
import {findPublished, isoDate, plausiblePublished} from "./published.ts";
import {isOrgName, orgNameOf, sameUnitName} from "./unit-name.ts";

/**
 * Who and when a disclosure is about: unit, fiscal year, kind (预算/决算), scope (部门/单位), publication date and
 * region. Read from the text in this order, each field from the first reading that states it:
 *
 * 1. the title (cover or heading, possibly split over lines, unit first or year first: see headings.ts);
 * 2. labelled lines (`部门：`, `预算主管部门：`, `单位名称：`, `编制单位：` …), the most frequent value winning (they are
 *    repeated on every table page, and one copy may be cut short);
 * 3. table captions (`2017年政府采购预算表`, `预算01表 收支总表`, a `（2026年度）` line under one), also of tables
 *    kept out of the text (HTML, .docx, spreadsheets);
 * 4. the signature at the end (`阿坝州总工会` / `2024年1月31日`);
 * 5. the years the chapters speak of, then the file's path (`data/raw/<region>/<year>/<short_name>.<ext>`).
 *
 * `source` names, per field, which reading said it; `warnings` says where identification is uncertain (readings that
 * disagree, a field only inferred or taken from the path, an implausible date) so a report can print it per file.
 */

export interface Identity {
  unit: string | null;
  year: number | null;
  kind: DocKind | null;
  /** department (部门预算/决算) or unit (单位预算/决算); department when the document does not say (source "default"). */
  scope: DocScope | null;
  published: string | null;
  region: string | null;
  region_level: string | null;
  /**
   * Per field (unit, year, kind, scope, published, region): where it came from — "title", "label", "caption",
   * "signature", "page_header", "pdf_metadata", "chapters" (the years the text speaks of), "body" (budget words in
   * the text), "path", "default" — or null when unknown.
   */
  source: Record<string, IdentitySource | null>;
  /** Why a field is uncertain, in words; empty when every field was read plainly. */
  warnings: string[];
}

export type IdentitySource =
  | "title"
  | "label"
  | "caption"
  | "signature"
  | "page_header"
  | "pdf_metadata"
  | "chapters"
  | "body"
  | "path"
  | "default";

export interface IdentifyOptions {
  /** The document's tables: their captions and header rows are read too (they may be kept out of the text). */
  tables?: TableGrid[];
  /** The PDF's own metadata creation date (ISO yyyy-mm-dd), when the document is a PDF that carries one. */
  pdfCreated?: string | null;
}

// NOTE: "比2023年收支预算总数…" names the year compared with, not the document's own: comparisons don't count.
const CHAPTER_YEAR_RE = /(?<![比较与同和])(20\d\d)\s*年度?\s*(?:部门)?(?:收支|收入|支出|预算|决算|财政拨款|一般公共预算)/gu;

function mostFrequent<T>(items: T[]): T | null {
  const counts = new Map<T, number>();
  for (const x of items) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: T | null = null;
  let n = 0;
  for (const [x, c] of counts) if (c > n) [best, n] = [x, c];
  return best;
}

/** A page number line a PDF's text layer ends pages with: `- 9 -`, `— 13 —`, `第 3 页`, `3/10`, `12`. */
const PAGE_NUMBER_RE = /^(?:[-—–－~\s]*\d{1,4}[-—–－~\s]*|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/u;

const HAN_NUM: Record<string, number> = {〇: 0, 零: 0, Ｏ: 0, O: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9};
/** 一 … 九, 十, 十一 … 十九, 二十 … 三十一 → the number, or NaN. */
function hanSmall(s: string): number {
  if (/^[一二三四五六七八九]$/u.test(s)) return HAN_NUM[s];
  const m = /^([一二三]?)十([一二三四五六七八九]?)$/u.exec(s);
  if (!m) return NaN;
  return (m[1] ? HAN_NUM[m[1]] : 1) * 10 + (m[2] ? HAN_NUM[m[2]] : 0);
}

/**
 * A signature date, the whole line: `2024年1月31日` or in Chinese numerals as official documents date themselves
 * (`二〇二四年一月三十一日`). `unitBefore` is a name written on the same line before it (`某州总工会 2024年1月31日`).
 */
function signatureDate(line: string): {date: string; unitBefore: string} | null {
  const s = line.replace(/[\s\u3000]+/g, "");
  const arabic = /^(.*?)(20\d\d)年(\d{1,2})月(\d{1,2})日$/u.exec(s);
  if (arabic) {
    const date = isoDate(arabic[2], arabic[3], arabic[4]);
    return date ? {date, unitBefore: arabic[1]} : null;
  }
  const han = /^(.*?)二[〇零Ｏ]([〇零Ｏ一二三四五六七八九])([〇零Ｏ一二三四五六七八九])年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$/u.exec(s);
  if (!han) return null;
  const [mo, da] = [hanSmall(han[4]), hanSmall(han[5])];
  if (Number.isNaN(mo) || Number.isNaN(da)) return null;
  const date = isoDate(`20${HAN_NUM[han[2]]}${HAN_NUM[han[3]]}`, String(mo), String(da));
  return date ? {date, unitBefore: han[1]} : null;
}

/**
 * The signature at the end (the seed has no title; it is signed): the unit's name, then the date — on the line
 * before the date or before it on the same line. Page numbers after it (`- 9 -`) are skipped. The date counts as
 * a signature only under a name (`unit` non-null): a document that ends with an as-of date (截至…) is not signed.
 */
function signature(lines: string[]): {unit: string | null; date: string | null} {
  let end = lines.length;
  while (end > 0 && end > lines.length - 3 && PAGE_NUMBER_RE.test(lines[end - 1])) end--;
  // NOTE: a wrapped signature can split its date ("2024年1月31" / "日"); mend it before reading the tail.
  const tail = lines.slice(Math.max(0, end - 4), end).join("\n").replace(/([\d一二三四五六七八九十])\n(日)$/u, "$1$2").split("\n").slice(-3);
  const d = signatureDate(tail[tail.length - 1] ?? "");
  if (!d) return {unit: null, date: null};
  const before = d.unitBefore || (tail.length >= 2 ? tail[tail.length - 2].replace(/\s+/g, "") : "");
  const unit = orgNameOf(before.replace(/[（(](?:盖章|公章|章)[）)]$/u, ""));
  return {unit, date: unit ? d.date : null};
}

interface TextReading {
  title: Title | null;
  labelled: {unit: string; label: string; count: number; all: Map<string, number>} | null;
  captions: {year: number | null; kind: DocKind | null; scope: DocScope | null; unit: string | null; years: number[]};
  signed: {unit: string | null; date: string | null};
  chapterYear: number | null;
  /** Share of the chapters' year mentions that name chapterYear. */
  chapterYearShare: number;
  bodyKind: DocKind | null;
  /** The body speaks of both 预算 and 决算 (final accounts compare with the budget): its kind is a judgement. */
  bodyKindMixed: boolean;
  published: {date: string; source: "page_header" | "signature"} | null;
}

function readText(text: string, tables: TableGrid[]): TextReading {
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  const labelled = findLabelledUnits(lines, tables);
  const title = chooseTitle(findTitles(lines), labelled);
  const captions = findCaptions(lines, tables);
  const signed = signature(lines);
  const chapterYears = [...text.matchAll(CHAPTER_YEAR_RE)].map((m) => Number(m[1]));
  const chapterYear = mostFrequent(chapterYears);
  const chapterYearShare = chapterYear === null ? 0 : chapterYears.filter((y) => y === chapterYear).length / chapterYears.length;
  const bodyKind: DocKind | null =
    /部门决算|决算数/u.test(text.slice(0, 3000)) && !/部门预算/u.test(text.slice(0, 600)) ? "final" : /预算/u.test(text) ? "budget" : null;
  const bodyKindMixed = /决算/u.test(text) && /预算/u.test(text);
  const header = findPublished(lines);
  const published = header ? {date: header, source: "page_header" as const} : signed.date && signed.unit ? {date: signed.date, source: "signature" as const} : null;
  return {title, labelled, captions, signed, chapterYear, chapterYearShare, bodyKind, bodyKindMixed, published};
}

/**
 * The title that identifies the document: the first one naming a unit, unless a labelled line names the unit before
 * it (027's cover: `上海市普陀区2023年区级部门预算` / `预算主管部门：…`; a later heading may be a subordinate unit's);
 * else the first title (the unit then comes from the labels).
 */
function chooseTitle(titles: Title[], labelled: {line: number} | null): Title | null {
  const named = titles.find((t) => t.unit);
  if (named && !(labelled && labelled.line < named.line)) return named;
  return titles[0] ?? null;
}

/** Path parts of `data/raw/<region>/<year>/<name>.<ext>` (any depth: only the parts that parse are used). */
function fromPath(path: string): {regionHint: string | null; year: number | null; unit: string | null} {
  const parts = path.split(/[\\/]/).filter(Boolean);
  const yearIdx = parts.findIndex((p) => /^(19|20)\d\d$/.test(p));
  const base = parts[parts.length - 1]?.replace(/\.[^.]+$/, "") ?? "";
  const unitFromName = /^[\p{Script=Han}（）]{2,40}$/u.test(base) ? base : null;
  return {
    regionHint: yearIdx > 0 ? parts[yearIdx - 1] : null,
    year: yearIdx >= 0 ? Number(parts[yearIdx]) : null,
    unit: unitFromName,
  };
}

/** The region path of a unit: the most specific region whose name or short name the unit name (or hint) contains. */
export function placeRegion(unitOrHint: string | null, regions: RegionRow[]): {region: string; level: string} | null {
  if (!unitOrHint) return null;
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const rank: Record<string, number> = {county: 3, prefecture: 2, province: 1};
  const hits = regions.filter((r) => [r.name, r.short_name].some((n) => n && unitOrHint.includes(n)));
  hits.sort((a, b) => (rank[b.level] ?? 0) - (rank[a.level] ?? 0) || b.name.length - a.name.length);
  const best = hits[0];
  if (!best) return null;
  const chain: string[] = [];
  for (let r: RegionRow | undefined = best; r; r = r.parent_code ? byCode.get(r.parent_code) : undefined) chain.unshift(r.name);
  return {region: chain.join(" › "), level: best.level};
}

type Pick<T> = {value: T; source: IdentitySource} | null;
function first<T>(...picks: [T | null | undefined, IdentitySource][]): Pick<T> {
  for (const [value, source] of picks) if (value !== null && value !== undefined) return {value, source};
  return null;
}

export function identify(text: string, sourcePath: string, regions: RegionRow[], opts: IdentifyOptions = {}): Identity {
  const t = readText(text, opts.tables ?? []);
  const p = fromPath(sourcePath);
  const warnings: string[] = [];

  // Scope first: a 主管部门 label names the unit's parent in a 单位预算, so labels are read knowing the scope.
  const scope = first<DocScope>([t.title?.scope, "title"], [t.captions.scope, "caption"], ["department", "default"]);

  const labelUnit = t.labelled && !(scope?.value === "unit" && /主管/u.test(t.labelled.label)) ? t.labelled.unit : null;
  const signedUnit = t.signed.unit && t.signed.date ? (t.signed.unit.length <= 40 ? orgOrNull(t.signed.unit) : null) : null;
  const unit = first<string>([t.title?.unit, "title"], [labelUnit, "label"], [t.captions.unit, "caption"], [signedUnit, "signature"], [p.unit, "path"]);
  if (unit && t.labelled) {
    for (const other of t.labelled.all.keys()) {
      if (other !== unit.value && !sameUnitName(other, unit.value) && !unit.value.startsWith(other) && !(scope?.value === "unit" && /主管/u.test(t.labelled.label))) {
        warnings.push(`unit: the ${unit.source} says ${unit.value}, a labelled line says ${other}`);
      }
    }
  }
  if (!unit) warnings.push("unit: not stated in the text (no title, labelled line, caption or signature names it)");
  else if (unit.source === "path") warnings.push(`unit: ${unit.value} taken from the file name; the text does not state it`);

  const year = first<number>([t.title?.year, "title"], [t.captions.year, "caption"], [t.chapterYear, "chapters"], [p.year, "path"]);
  if (year && year.source !== "caption" && t.captions.year !== null && t.captions.year !== year.value) {
    warnings.push(`year: the ${year.source} says ${year.value}, the table captions say ${t.captions.year}`);
  }
  // NOTE: an untitled document (the seed) speaks of its own year throughout; only a split vote is uncertain.
  if (year?.source === "chapters" && t.chapterYearShare < 0.6) {
    warnings.push(`year: ${year.value} inferred from the years the text speaks of (${Math.round(100 * t.chapterYearShare)}% of them); no title or caption states it`);
  }
  if (year?.source === "path") warnings.push(`year: ${year.value} taken from the file's path; the text does not state it`);
  if (!year) warnings.push("year: not stated in the text");

  const kind = first<DocKind>([t.title?.kind, "title"], [t.captions.kind, "caption"], [t.bodyKind, "body"]);
  if (kind?.source === "body" && t.bodyKindMixed) warnings.push(`kind: ${kind.value} inferred from the text, which speaks of both 预算 and 决算; no title or caption states it`);
  if (!kind) warnings.push("kind: not stated in the text");

  let published = first<string>([t.published?.date, t.published?.source ?? "page_header"], [opts.pdfCreated, "pdf_metadata"]);
  if (published && year && kind && !plausiblePublished(published.value, year.value, kind.value)) {
    warnings.push(`published: ${published.value} (${published.source}) is implausible for a ${year.value} ${kind.value}; left out`);
    published = null;
  }

  const placed = placeRegion(unit?.value ?? null, regions);
  const hinted = placed ? null : placeRegion(p.regionHint, regions);
  return {
    unit: unit?.value ?? null,
    year: year?.value ?? null,
    kind: kind?.value ?? null,
    scope: scope?.value ?? null,
    published: published?.value ?? null,
    region: (placed ?? hinted)?.region ?? null,
    region_level: (placed ?? hinted)?.level ?? null,
    source: {
      unit: unit?.source ?? null,
      year: year?.source ?? null,
      kind: kind?.source ?? null,
      scope: scope?.source ?? null,
      published: published?.source ?? null,
      region: placed ? unit!.source : hinted ? "path" : null,
    },
    warnings,
  };
}

function orgOrNull(s: string): string | null {
  return isOrgName(s) ? s : null;
}
