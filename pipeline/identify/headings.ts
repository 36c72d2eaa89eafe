/**
 * The three readings of a disclosure's identity from its headings: the title, the labelled lines, the table captions.
 * Each works on lines of the cleaned text (and the captions and header rows of its tables), spaces removed within
 * a line, since PDFs space out cover words ("2026 年度", "部 门").
 */
import type {TableGrid} from "../read/grid.ts";
import type {DocKind, DocScope} from "../types.ts";
import {orgNameAtStart, orgNameOf} from "./unit-name.ts";

export interface Title {
  unit: string | null;
  year: number;
  kind: DocKind;
  scope: DocScope | null;
  /** The title as read (its lines joined, spaces removed). */
  text: string;
  /** Index of its first line. */
  line: number;
}

const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, "");
const kindOf = (w: string): DocKind => (w === "决算" ? "final" : "budget");
const scopeOf = (w: string | undefined): DocScope | null => (w === "部门" ? "department" : w === "单位" ? "unit" : null);

/** How far into the document a title is looked for (an HTML page's navigation comes first), and how long its lines are. */
const FRONT_LINES = 150;
const TITLE_LINE_MAX = 60;
const TITLE_SPAN = 4;

/**
 * A title, whole: [who] YEAR年[度] [who] [部门|单位][综合] 预算|决算 [公开|信息公开|情况说明|报表 …]. Who stands
 * before the year (北京市统计局2026年部门预算, 西安市气象局 2022 年部门综合预算) or after it (2026年烟台市退役军人事务局
 * 部门预算); before the year it may be a region only (上海市普陀区2023年区级部门预算), which names no unit.
 */
const TITLE_RE =
  /^(?<pre>[\p{Script=Han}（）()]{0,40}?)(?<year>20\d\d)年度?(?<mid>[\p{Script=Han}（）()]{0,40}?)(?<scope>部门|单位)?(?:综合|财务)?(?<kind>预算|决算)(?:信息|公开|情况|编制|说明|报表|表格|表|目录|文本|草案)*$/u;
/** A level word between the year and 部门预算: 区级, 省级, 市级 … (the region's own budget, not a unit). */
const LEVEL_RE = /^(?:省|市|区|县|州|盟|旗|乡|镇|街道)级/u;
const HEADING_PREFIX_RE = /^(?:第[一二三四五六七八九十]+部分|附件[0-9一二三四五六七八九十]*[:：]?)/u;

/** A cover's year in Chinese numerals (二〇二四年度) → 2024年度. */
const HAN_DIGIT: Record<string, string> = {〇: "0", 零: "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9"};
const hanYears = (s: string) => s.replace(/([〇零一二三四五六七八九]{4})(?=年)/gu, (y) => [...y].map((c) => HAN_DIGIT[c]).join(""));

function readTitle(s: string): Omit<Title, "line"> | null {
  const m = TITLE_RE.exec(hanYears(s).replace(HEADING_PREFIX_RE, ""));
  if (!m?.groups) return null;
  const {pre, year, mid, scope, kind} = m.groups;
  const midName = mid.replace(LEVEL_RE, "");
  const unit = (pre ? orgNameOf(pre) : null) ?? (midName ? orgNameOf(midName) : null);
  // Something other than a name or a region between the year and 预算 (收支, 政府采购 …) makes it a caption, not a title.
  if (midName && !orgNameOf(midName)) return null;
  return {unit, year: Number(year), kind: kindOf(kind), scope: scopeOf(scope), text: s};
}

/**
 * Every title near the top: a stretch of 1–4 short lines that reads as a whole title, in document order (a table of
 * contents may come before the cover, its entries titles without a unit). When a title names no unit, a line holding
 * only a name just before or after it is the unit (a cover's name line).
 */
export function findTitles(lines: string[]): Title[] {
  const front = lines.slice(0, FRONT_LINES).map(squeeze);
  const found: Title[] = [];
  for (let i = 0; i < front.length; i++) {
    let joined = "";
    for (let k = 0; k < TITLE_SPAN && i + k < front.length; k++) {
      if (front[i + k].length > TITLE_LINE_MAX) break;
      joined += front[i + k];
      const t = readTitle(joined);
      if (!t) continue;
      let unit = t.unit;
      if (!unit) unit = (i > 0 ? orgNameOf(front[i - 1]) : null) ?? (i + k + 1 < front.length ? orgNameOf(front[i + k + 1]) : null);
      found.push({...t, unit, line: i});
      break;
    }
  }
  return found;
}

/**
 * Lines that label the unit: `部门：`, `部 门`, `部门名称`, `预算主管部门：`, `单位名称：`, `预算单位：`, `编制单位：`,
 * `填报单位：`. A plain word needs its colon (`部门预算…` is no label); a spaced-out or 名称 label may go without one
 * (a cover's `部 门`, a table cell `部门名称 | 北京市统计局`). The value is the name at its start, up to a space or the
 * next label (`单位：万元`). `主管部门` alone is left out: in a project table it names the parent department.
 */
const LABEL_RE =
  /^(?<label>预算主管部门|部门[（(]单位[）)]名称|部\s*门\s*名\s*称|单\s*位\s*名\s*称|部\s+门|部门|单\s*位|预算部门|预算单位|编制单位|填报单位|编报单位)\s*(?<colon>[:：])?\s*(?<value>.+)$/u;

export interface LabelledUnit {
  unit: string;
  /** Index (into the lines given) of the first line stating the winning value; table header rows come after them. */
  line: number;
  /** The label of the winning value, spaces removed (预算主管部门, 部门, 单位名称 …). */
  label: string;
  count: number;
  /** Every value read, with how often. */
  all: Map<string, number>;
}

function headerLines(tables: TableGrid[]): string[] {
  const out: string[] = [];
  for (const t of tables) {
    out.push(t.title);
    for (const row of t.rows.slice(0, 3)) out.push(row.filter(Boolean).join(" "));
  }
  return out;
}

export function findLabelledUnits(lines: string[], tables: TableGrid[]): LabelledUnit | null {
  const all = new Map<string, number>();
  const labelOf = new Map<string, string>();
  const lineOf = new Map<string, number>();
  [...lines, ...headerLines(tables)].forEach((line, i) => {
    const m = LABEL_RE.exec(line.trim());
    if (!m?.groups) return;
    const label = squeeze(m.groups.label);
    const spaced = /\s/u.test(m.groups.label) || label.endsWith("名称");
    if (!m.groups.colon && !spaced) return;
    // The value runs to the first space or the next label's colon (“部门：X 单位：万元”, “X保密审查情况：已审查”).
    const value = m.groups.value.trim().split(/[\s\u3000]+/u)[0].split(/[:：]/u)[0];
    const unit = orgNameAtStart(value);
    if (!unit) return;
    all.set(unit, (all.get(unit) ?? 0) + 1);
    if (!labelOf.has(unit)) labelOf.set(unit, label);
    if (!lineOf.has(unit)) lineOf.set(unit, i);
  });
  let best: string | null = null;
  for (const [u, n] of all) if (best === null || n > all.get(best)!) best = u;
  return best ? {unit: best, line: lineOf.get(best)!, label: labelOf.get(best)!, count: all.get(best)!, all} : null;
}

export interface Captions {
  year: number | null;
  kind: DocKind | null;
  scope: DocScope | null;
  unit: string | null;
  years: number[];
}

/** A table caption: a short heading that ends in 表 (a bracketed note may follow) and speaks of 预算 or 决算. */
const CAPTION_RE = /^(?<body>[^，。；：:]{2,50}?表)(?:[（(][^）)]{1,12}[）)])?$/u;
const CAPTION_NUMBER_RE = /^(?:[一二三四五六七八九十]+、|\d+[.．、]|[（(][一二三四五六七八九十\d]+[）)])/u;
const CAPTION_FOLLOWER_RE = /(?:金额|计量)?单位[:：]|(?:编制|填报)单位[:：]|部门[:：]/u;
const YEAR_NOTE_RE = /^[（(]?(20\d\d)年度?[）)]?$/u;
const CAPTION_YEAR_RE = /^(?<pre>[\p{Script=Han}（）()]{0,40}?)(?<year>20\d\d)年度?/u;

/**
 * Year, kind, scope (and a unit, when one is written before the year) from the document's table captions and the
 * table of contents' table names: `2017年政府采购预算表`, `2022年部门综合预算收支总表`, `预算01表 收支总表`,
 * `一般公共预算财政拨款支出决算表`, a `（2026年度）` line under a caption. The most frequent reading wins.
 */
export function findCaptions(lines: string[], tables: TableGrid[]): Captions {
  const caps: string[] = [];
  const years: number[] = [];
  // NOTE: a caption may run on into the label under it when the cleaner joins a hard wrap ("…总表单位：万元").
  const all = [...lines, ...tables.map((t) => t.title)].map((l) => squeeze(l).split(CAPTION_FOLLOWER_RE)[0]);
  all.forEach((line, i) => {
    const m = CAPTION_RE.exec(line.replace(CAPTION_NUMBER_RE, ""));
    if (!m?.groups || !/预算|决算/u.test(m.groups.body)) return;
    caps.push(m.groups.body);
    const next = all[i + 1] ?? "";
    const note = YEAR_NOTE_RE.exec(next);
    if (note) years.push(Number(note[1]));
  });
  const units: string[] = [];
  for (const c of caps) {
    const y = CAPTION_YEAR_RE.exec(c.replace(HEADING_PREFIX_RE, ""));
    if (!y?.groups) continue;
    years.push(Number(y.groups.year));
    const u = y.groups.pre ? orgNameOf(y.groups.pre) : null;
    if (u) units.push(u);
  }
  const kinds = caps.map((c): DocKind => (/决算/u.test(c) ? "final" : "budget"));
  const scopes = caps.flatMap((c): DocScope[] => (/部门(?:综合)?(?:预算|决算)/u.test(c) ? ["department"] : /单位(?:预算|决算)/u.test(c) ? ["unit"] : []));
  return {year: mode(years), kind: mode(kinds), scope: mode(scopes), unit: mode(units), years};
}

function mode<T>(items: T[]): T | null {
  const counts = new Map<T, number>();
  for (const x of items) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: T | null = null;
  let n = 0;
  for (const [x, c] of counts) if (c > n) [best, n] = [x, c];
  return best;
}

export {orgNameAtStart};
