/**
 * The shape of a grid: where the header ends, what each column is (classification code, label, amount) and each
 * amount column's header path read top-down ("“三公”经费 › 公务用车购置及运行费 › 小计"). Readers repeat a spanning
 * header cell in every column it spans (see grid.ts), so the path of a column is its own header cells.
 */
import {parseAmount} from "./cell-amount.ts";
import type {TableGrid} from "./grid.ts";

export type ColumnRole = "code" | "label" | "amount" | "empty";

export interface GridShape {
  headerRows: number;
  roles: ColumnRole[];
  /** Header parts of each column, top-down, without repeats and spaces. */
  paths: string[][];
}

const CODE = /^\d{2,7}$/;
const CODE_HEADER = /编码|代码|^类$|^款$|^项$/;

export function gridShape(grid: TableGrid): GridShape {
  const width = Math.max(0, ...grid.rows.map((r) => r.length));
  const cell = (r: string[], c: number) => (r[c] ?? "").replace(/\s/g, "");
  let headerRows = grid.rows.findIndex((r) => r.some((x) => parseAmount(x) !== null));
  if (headerRows < 0) headerRows = grid.rows.length;
  const header = grid.rows.slice(0, headerRows);
  const body = grid.rows.slice(headerRows);
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
    // NOTE: a code column holds 201 / 20131 / 2013101, or 类 | 款 | 项 split into 201 | 05 | 06; amounts in 元 are
    // integers too, but print thousands separators or sit under 金额/合计, never under 编码.
    const codeLike = cells.every((x) => CODE.test(x));
    const codeLengths = cells.every((x) => [2, 3, 5, 7].includes(x.length));
    if (codeLike && (paths[c].some((p) => CODE_HEADER.test(p)) || (codeLengths && !isAmountHeader(paths[c])))) return "code";
    if (cells.filter((x) => parseAmount(x) !== null).length >= cells.length / 2) return "amount";
    return "label";
  });
  return {headerRows, roles, paths};
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
