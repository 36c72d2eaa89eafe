/**
 * The reasons a year's total changed, computed from the two years' models so that they always sum to the change:
 * one reason per project whose amount moved (new and ended projects included, small ones grouped), and one for basic
 * spending with its personnel/public parts.
 */
import {abs, total, type Cents} from "./money.ts";
import {derive, type UnitYearModel} from "./model.ts";
import type {Rng} from "./rng.ts";

export interface ReasonPart {
  label: string;
  delta: Cents;
}

export interface Reason {
  /** Text around the amount: `before` + amount + "万元" + `after`. `before` ends with the direction verb. */
  before: string;
  delta: Cents;
  after: string;
  parts: ReasonPart[];
}

const up = (d: Cents, rng: Rng) => (d >= 0n ? rng.pick(["增加", "增加", "增长"]) : rng.pick(["减少", "减少", "下降"]));

export function reasonsBetween(prev: UnitYearModel, cur: UnitYearModel, rng: Rng): Reason[] {
  const out: Reason[] = [];
  const labels = [...new Set([...prev.projects, ...cur.projects].map((p) => p.label))];
  const moves = labels
    .map((label) => {
      const a = prev.projects.find((p) => p.label === label)?.amount;
      const b = cur.projects.find((p) => p.label === label)?.amount;
      return {label, a, b, d: (b ?? 0n) - (a ?? 0n)};
    })
    .filter((m) => m.d !== 0n)
    .sort((x, y) => (abs(y.d) > abs(x.d) ? 1 : abs(y.d) < abs(x.d) ? -1 : 0));
  const keep = moves.slice(0, 3);
  const rest = moves.slice(3);
  for (const m of keep) {
    if (m.label === "工会经费") {
      out.push({before: `工会经费基数调整，${cur.year}年工会经费较${prev.year}年${up(m.d, rng)}`, delta: m.d, after: "", parts: []});
    } else if (m.a === undefined) {
      out.push({before: `新增${m.label}`, delta: m.d, after: "", parts: []});
    } else if (m.b === undefined) {
      out.push({before: `${m.label}项目已完成，相应${up(m.d, rng)}`, delta: m.d, after: "", parts: []});
    } else {
      out.push({before: `${m.label}${rng.pick(["", "预算"])}${up(m.d, rng)}`, delta: m.d, after: "", parts: []});
    }
  }
  const restSum = total(rest.map((m) => m.d));
  if (restSum !== 0n) out.push({before: `其他项目资金合计${up(restSum, rng)}`, delta: restSum, after: "", parts: []});

  const p = derive(prev);
  const c = derive(cur);
  const dBasic = c.basic - p.basic;
  if (dBasic !== 0n) {
    const parts: ReasonPart[] = [];
    if (c.personnel !== p.personnel) parts.push({label: "人员经费", delta: c.personnel - p.personnel});
    if (c.public !== p.public) parts.push({label: "公用经费", delta: c.public - p.public});
    const why = rng.pick(["人员变动及工资标准调整，", "单位人员调整，", "按政策调整工资津贴，", ""]);
    // One part alone would only repeat the reason's own amount.
    out.push({before: `${why}基本支出${up(dBasic, rng)}`, delta: dBasic, after: "", parts: parts.length > 1 ? parts : []});
  }
  return out;
}
