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
  const start = starts[ordinal] ?? 0;
  let end = start;
  while (end < shape.roles.length && shape.roles[end] !== "amount") end++;
  const cols = Array.from({length: end - start}, (_, k) => start + k);
  const cell = (j: number) => (row[j] ?? "").replace(/\s/g, "");
  // A 合计 merged over the code columns is a label too.
  const isLabel = (j: number) => shape.roles[j] === "label" || (shape.roles[j] === "code" && !/^\d+$/.test(cell(j)));
  const labels = cols.filter((j) => isLabel(j) && cell(j));
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

