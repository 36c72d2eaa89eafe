import type {RegionRow} from "../reference/load-reference.ts";
import type {DocKind} from "../types.ts";

/**
 * Who and when a disclosure is about: unit, fiscal year, kind, publication date and region. The text is asked
 * first; the file's path (`data/raw/<region>/<year>/<short_name>.<ext>`) fills what the text does not say.
 */

export interface Identity {
  unit: string | null;
  year: number | null;
  kind: DocKind | null;
  published: string | null;
  region: string | null;
  region_level: string | null;
  /** Per field: "text", "path" or null (unknown). */
  source: Record<string, "text" | "path" | null>;
}

const ORG = "[\\p{Script=Han}（）()]{2,40}?(?:会|局|委员会|委|厅|院|办公室|办事处|处|室|中心|部|所|站|队|馆|校|府|社|团|联)";
const TITLE_RE = new RegExp(`^(${ORG})\\s*(20\\d\\d)\\s*年度?\\s*(?:[\\p{Script=Han}]{0,6})?部门(预算|决算)`, "mu");
const DEPT_LINE_RE = /^(?:预算主管部门|部\s*门)\s*[:：]\s*([\p{Script=Han}（）()]{2,40})/mu;
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

function isoDate(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
}

function fromText(text: string) {
  const title = TITLE_RE.exec(text.slice(0, 400));
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  // NOTE: a wrapped signature can split its date ("2024年1月31" / "日"); mend it before reading the tail.
  const tail = lines.slice(-4).join("\n").replace(/(\d)\n(日)$/u, "$1$2").split("\n").slice(-3);
  // NOTE: the seed has no title; it is signed at the end: "阿坝州总工会" then "2024年1月31日".
  const signed = tail.length >= 2 && /^20\d\d年\d{1,2}月\d{1,2}日$/u.test(tail[tail.length - 1]) ? tail[tail.length - 2] : null;
  const dept = DEPT_LINE_RE.exec(text.slice(0, 2000));
  let unit = title?.[1] ?? dept?.[1] ?? (signed && new RegExp(`^${ORG}$`, "u").test(signed) ? signed : null);
  unit = unit?.replace(/\s+/g, "") ?? null;
  const years = [...text.matchAll(CHAPTER_YEAR_RE)].map((m) => Number(m[1]));
  const year = title ? Number(title[2]) : mostFrequent(years);
  const kindWord = title?.[3] ?? (/部门决算|决算数/u.test(text.slice(0, 3000)) && !/部门预算/u.test(text.slice(0, 600)) ? "决算" : null);
  const budgetish = /预算/u.test(text) ? "预算" : null;
  const kind: DocKind | null = (kindWord ?? budgetish) === "决算" ? "final" : (kindWord ?? budgetish) ? "budget" : null;
  let published: string | null = null;
  const upd = /(?:更新时间|发布时间|发布日期)\s*[:：]\s*(20\d\d)-(\d{1,2})-(\d{1,2})/u.exec(text.slice(0, 1000));
  if (upd) published = isoDate(upd[1], upd[2], upd[3]);
  else if (signed || /^20\d\d年\d{1,2}月\d{1,2}日$/u.test(tail[tail.length - 1] ?? "")) {
    const d = /^(20\d\d)年(\d{1,2})月(\d{1,2})日$/u.exec(tail[tail.length - 1])!;
    published = isoDate(d[1], d[2], d[3]);
  }
  return {unit, year, kind, published};
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

export function identify(text: string, sourcePath: string, regions: RegionRow[]): Identity {
  const t = fromText(text);
  const p = fromPath(sourcePath);
  const unit = t.unit ?? p.unit;
  const year = t.year ?? p.year;
  const placed = placeRegion(unit, regions) ?? placeRegion(p.regionHint, regions);
  return {
    unit,
    year,
    kind: t.kind,
    published: t.published,
    region: placed?.region ?? null,
    region_level: placed?.level ?? null,
    source: {
      unit: t.unit ? "text" : p.unit ? "path" : null,
      year: t.year ? "text" : p.year ? "path" : null,
      region: placeRegion(unit, regions) ? (t.unit ? "text" : "path") : placed ? "path" : null,
    },
  };
}
