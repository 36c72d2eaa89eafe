/**
 * The shape of a grid: where the header ends, what each column is (classification code, label, amount) and each
 * amount column's header path read top-down ("“三公”经费 › 公务用车购置及运行费 › 小计"). Readers repeat a spanning
 * header cell in every column it spans (see grid.ts), so the path of a column is its own header cells.
 */
import {cellAmount} from "../../lib/number-text.ts";
import type {TableGrid} from "../../read/grid.ts";

/** `ordinal`: a 行次/栏次 column numbering the rows (1, 2, 3 …), no amounts. */
export type ColumnRole = "code" | "label" | "amount" | "ordinal" | "empty";

export interface GridShape {
  headerRows: number;
  roles: ColumnRole[];
  /** Header parts of each column, top-down, without repeats and spaces. */
  paths: string[][];
  /** Label groups (label/code columns followed by amounts): 2 for a 收入 | 支出 balance table. */
  groups: number;
  /** The distinct measure words of the header (预算数, 决算数 …), in order. */
  measures: string[];
}

const CODE = /^\d{2,7}$/;
const CODE_HEADER = /编码|代码|^类$|^款$|^项$/;

export function gridShape(grid: TableGrid): GridShape {
  const width = Math.max(0, ...grid.rows.map((r) => r.length));
  const cell = (r: string[], c: number) => (r[c] ?? "").replace(/\s/g, "");
  // NOTE: a 栏次 row numbering the columns (栏次 | 1 | 2 | 3) belongs to the header, not the body.
  let headerRows = grid.rows.findIndex((r) => r.some((x) => cellAmount(x) !== null) && !isNumberingRow(r));
  if (headerRows < 0) headerRows = grid.rows.length;
  const header = grid.rows.slice(0, headerRows).filter((r) => !isNumberingRow(r));
  const body = grid.rows.slice(headerRows).filter((r) => !isNumberingRow(r));
  const paths = Array.from({length: width}, (_, c) => {
    const parts: string[] = [];
    for (const r of header) if (cell(r, c) && parts.at(-1) !== cell(r, c)) parts.push(cell(r, c));
    return joinWrapped(parts);
  });
  // NOTE: a heading over a 预算数 | 决算数 pair is centred on their border and may land over one of them only: a
  // column headed by a measure word alone takes its neighbour's heading.
  const MEASURE = /^(?:年初|调整|全年)?(?:预算|决算)数$/;
  paths.forEach((p, c) => {
    const next = paths[c + 1];
    if (p.length && p.every((x) => MEASURE.test(x)) && next && MEASURE.test(next.at(-1) ?? "") && next.length > 1) {
      paths[c] = [...next.slice(0, -1), ...p];
    }
  });
  const roles = Array.from({length: width}, (_, c): ColumnRole => {
    // NOTE: a merged 合计 cell often sits in the code column (xlsx, html): it says nothing of the column's kind.
    const cells = body.map((r) => cell(r, c)).filter((x) => x !== "" && !/^(?:合计|总计)$/.test(x));
    if (cells.length === 0) return "empty";
    if (ORDINAL_HEADER.test(paths[c].at(-1) ?? "") && cells.every((x) => /^\d{1,3}$/.test(x))) return "ordinal";
    // NOTE: a code column holds 201 / 20131 / 2013101, or 类 | 款 | 项 split into 201 | 05 | 06; amounts in 元 are
    // integers too, but print thousands separators or sit under 金额/合计, never under 编码.
    const codeLike = cells.every((x) => CODE.test(x));
    const codeLengths = cells.every((x) => [2, 3, 5, 7].includes(x.length));
    if (codeLike && (paths[c].some((p) => CODE_HEADER.test(p)) || (codeLengths && !isAmountHeader(paths[c])))) return "code";
    // NOTE: row numbers whose header was lost (1, 2, 3 … one more each row) are no amounts.
    if (cells.length >= 3 && cells.every((x, i) => /^[1-9]\d?$/.test(x) && (i === 0 || +x === +cells[i - 1] + 1))) return "ordinal";
    if (cells.filter((x) => cellAmount(x) !== null).length >= cells.length / 2) return "amount";
    return "label";
  });
  // NOTE: a header centred over a wide cell whose amounts are right-aligned may make a column of its own, empty in
  // the body, just left of the amounts' column, which then has no header of its own: the amounts take it.
  roles.forEach((r, c) => {
    const next = c + 1;
    if (r !== "empty" || roles[next] !== "amount" || paths[c].length <= paths[next].length) return;
    if (!paths[next].every((p, k) => paths[c][k] === p)) return;
    if (body.some((row) => cell(row, c) !== "")) return;
    paths[next] = paths[c];
  });
  subtotalHeadings(roles, paths);
  measureBlocks(header.flatMap((r) => r.map((_, c) => cell(r, c))), roles, paths);
  const groups = roles.filter((r, c) => {
    const prev = roles.slice(0, c).filter((x) => x !== "empty" && x !== "ordinal").at(-1);
    return (r === "label" || r === "code") && (prev === undefined || prev === "amount");
  }).length;
  const measures = [...new Set(header.flatMap((r) => r.map((_, c) => cell(r, c))).filter((x) => MEASURE_CELL.test(x)))];
  return {headerRows, roles, paths, groups, measures};
}

export const MEASURE_CELL = /^(?:\d{4}年(?:度)?)?(?:年初|调整|全年)?(?:预算|决算)数$/;

/**
 * "预算数 | 决算数" printed once each over two identical runs of columns (合计 | 因公出国（境）费 | … twice): a heading
 * centred over its run may reach only a column or two of it. When the amount columns split into as many identical
 * runs (by their lowest header) as the header has measure words, each run is headed by its measure word, in order.
 */
/**
 * NOTE: a 小计 is the first column of the group it sums (基本支出 › 小计 | 人员经费 | 公用经费). The group's heading is
 * centred over the group and, rebuilt from positions, may land over its second column only, leaving a bare 小计
 * that could be any group's. Beside a 合计 column (so that it is no row total), a bare 小计 takes the heading of the
 * amount column after it, when that heading heads no column before it.
 */
function subtotalHeadings(roles: ColumnRole[], paths: string[][]) {
  const named = (c: number) => paths[c].filter((p) => !MEASURE_CELL.test(p));
  const hasTotal = roles.some((r, c) => r === "amount" && /^(?:合计|总计)$/.test(named(c).at(-1) ?? ""));
  if (!hasTotal) return;
  roles.forEach((r, c) => {
    const own = named(c);
    if (r !== "amount" || own.length !== 1 || own[0] !== "小计" || paths[c].at(-1) !== "小计") return;
    const next = roles.findIndex((x, j) => j > c && x === "amount");
    if (next < 0 || named(next).length < 2) return;
    const heading = named(next).at(-2)!;
    if (paths.slice(0, c).some((p) => p.includes(heading))) return;
    paths[c] = [...paths[c].slice(0, -1), heading, "小计"];
  });
}

function measureBlocks(headerCells: string[], roles: ColumnRole[], paths: string[][]) {
  const measures = [...new Set(headerCells.filter((x) => MEASURE_CELL.test(x)))];
  if (measures.length < 2) return;
  const cols = roles.flatMap((r, c) => (r === "amount" ? [c] : []));
  const n = cols.length / measures.length;
  if (!Number.isInteger(n) || n < 2) return;
  const named = (c: number) => paths[c].filter((p) => !MEASURE_CELL.test(p));
  const runs = measures.map((_, i) => cols.slice(i * n, (i + 1) * n));
  // NOTE: rebuilt from positions, pieces of a wrapped or spanning header may land in a neighbouring (empty) column:
  // one run reads "因公出国（境）费" where the other reads "因公出国（境）", "公务用车购置及运行维护费 › 小计" where the
  // other reads "小计". A column whose header is part of the other run's header at the same place is that heading.
  const name = (c: number) => named(c).join("");
  const same = (a: string, b: string) => a !== "" && b !== "" && (a.includes(b) || b.includes(a));
  if (runs.some((run) => run.some((c, k) => !same(name(c), name(runs[0][k]))))) return;
  // A column already headed by another run's measure word would contradict the split.
  if (cols.some((c, k) => paths[c].some((p) => MEASURE_CELL.test(p) && p !== measures[Math.floor(k / n)]))) return;
  // The runs print the same headings: where one run lost a heading to a neighbouring column (the 小计 of
  // "公务用车购置及运行维护费 › 小计" without its heading), every run takes the fullest path of its position.
  const fullest = Array.from({length: n}, (_, k) =>
    runs.map((run) => named(run[k])).reduce((a, b) => (b.length > a.length || (b.length === a.length && b.join("").length > a.join("").length) ? b : a)),
  );
  cols.forEach((c, k) => {
    paths[c] = [measures[Math.floor(k / n)], ...fullest[k % n]];
  });
}

const ORDINAL_HEADER = /行次$|^栏次$|^序号$|^行号$/;

/** A row numbering the columns: "栏次 | 1 | 2 | 3", or bare consecutive numbers "1 | 2 | 3 | 4". */
export function isNumberingRow(row: string[]): boolean {
  const cells = row.map((c) => c.replace(/\s/g, "")).filter(Boolean);
  const words = cells.filter((c) => /^(?:栏次|行次|栏号|栏|次)$/.test(c));
  const nums = cells.filter((c) => /^\d{1,2}$/.test(c));
  if (nums.length === 0 || nums.length + words.length !== cells.length) return false;
  if (words.length > 0) return true;
  return nums.length >= 3 && nums.every((n, i) => i === 0 || +n === +nums[i - 1] + 1);
}

const isAmountHeader = (path: string[]) => path.some((p) => /金额|合计|数$|支出$|收入$|费$/.test(p));

/** A header cell wrapped over lines comes as pieces ("本年收入合", "计"): glue pieces that are no words alone. */
function joinWrapped(parts: string[]): string[] {
  const out: string[] = [];
  for (const p of parts) {
    const prev = out.at(-1);
    const word = (x: string) => /^(?:类|款|项|小计|合计|总计|金额|项目)$|数$/.test(x);
    const piece = prev !== undefined && (p.length <= 2 || prev.length <= 2 || /^[（(）)]/.test(p));
    if (piece && !word(p) && !word(prev)) out[out.length - 1] = prev + p;
    else out.push(p);
  }
  return out;
}
