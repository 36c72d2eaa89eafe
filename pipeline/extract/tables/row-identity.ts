/**
 * Who a row of a standard table is about, as seen from one amount cell: the label and code columns to the cell's
 * left, up to the previous amount column. A balance table (收入 | 金额 | 支出 | 金额) has two such groups; a matrix
 * table (code | name | 合计 | 基本支出 | 项目支出) one, shared by all its amount columns.
 */
import type {GridShape} from "./grid-shape.ts";

const VALID_CODE = /^\d{3}(?:\d{2}){0,2}$/;
const CODE_NAME = /^(\d{3,7})[-－—]([^\d].*)$/;

export interface RowIdentity {
  /** The rightmost label of the group, as printed (spaces removed). */
  label: string;
  /** The code cells joined (201 | 06 | 01 → 2010601), when they make a 类/款/项 or economic code. */
  code: string | null;
  /** Which group, from the left: 0 is the 收入 side of a balance table. */
  ordinal: number;
  /** The group's header, joined. */
  header: string;
}

/** The label (rightmost label cell of the group left of the cell), the code (its code cells joined) and the group. */
export function rowIdentity(row: string[], col: number, shape: GridShape): RowIdentity {
  const starts: number[] = [];
  shape.roles.forEach((r, j) => {
    const prev = shape.roles.slice(0, j).filter((x) => x !== "empty").at(-1);
    if ((r === "label" || r === "code") && (prev === undefined || prev === "amount")) starts.push(j);
  });
  const ordinal = starts.filter((s) => s < col).length - 1;
  const groupCols = (o: number) => {
    const start = starts[o] ?? 0;
    let end = start;
    while (end < shape.roles.length && shape.roles[end] !== "amount") end++;
    return {cols: Array.from({length: end - start}, (_, k) => start + k), end};
  };
  const {cols} = groupCols(ordinal);
  const cell = (j: number) => (row[j] ?? "").replace(/\s/g, "");
  // A 合计 merged over the code columns is a label too.
  const isLabel = (j: number) => shape.roles[j] === "label" || (shape.roles[j] === "code" && !/^\d+$/.test(cell(j)));
  let labels = cols.filter((j) => isLabel(j) && cell(j));
  // NOTE: "人员经费合计 | 7,967.72 | 公用经费合计 | (blank) | 2,266.65" (the central 公开06表 in three groups): a closing
  // label printed in the middle group whose amount stands under the next group's column, that group's label cells
  // empty. A total label (…合计, …总计) of a table in three or more groups belongs to the amount when its own group's
  // amount cells in the row are blank.
  if (labels.length === 0 && ordinal > 0 && starts.length >= 3 && cols.every((j) => !cell(j))) {
    const prev = groupCols(ordinal - 1);
    const prevAmounts = Array.from({length: Math.max(0, (starts[ordinal] ?? prev.end) - prev.end)}, (_, k) => prev.end + k).filter((j) => shape.roles[j] === "amount");
    const prevLabels = prev.cols.filter((j) => isLabel(j) && cell(j));
    const closing = prevLabels.length > 0 && /(?:合计|总计)$/.test(cell(prevLabels.at(-1)!));
    if (closing && prevAmounts.length && prevAmounts.every((j) => !cell(j))) labels = prevLabels;
  }
  let label = labels.length ? cell(labels.at(-1)!) : "";
  // NOTE: a letter-spaced label ("合    计") comes as one character per cell.
  if ([...label].length === 1) label = labels.map(cell).join("");
  // "一般公共预算资金 | 小计": the group's name is the row's label.
  if (/^小计$/.test(label) && labels.length > 1) label = cell(labels.at(-2)!);
  const digits = cols.filter((j) => shape.roles[j] === "code").map(cell).join("");
  let code = VALID_CODE.test(digits) ? digits : null;
  // NOTE: Beijing prints code and name in one cell: "30101-基本工资", "2010501-行政运行".
  const joined = CODE_NAME.exec(label);
  if (joined && VALID_CODE.test(joined[1]) && (code === null || code === joined[1])) {
    code = joined[1];
    label = joined[2];
  }
  const header = cols.map((j) => shape.paths[j].join("")).join("");
  return {label, code, ordinal: Math.max(0, ordinal), header};
}

