/** 三、收支预算 and 四、财政拨款收支: the totals, their sources and 类, and the year's change with its reasons. */
import type {Basis} from "../types.ts";
import {CLASSES} from "./catalog.ts";
import {self, type DocCtx} from "./context.ts";
import {pctOf, type Cents} from "./money.ts";
import {changeClause, h1, h2, reasonsText} from "./phrases.ts";

/** The 类 a list names, in code order: zero classes (205, 207) only when the style lists them. */
export function classRows(c: DocCtx): {code: string; name: string; amount: Cents}[] {
  const amounts = new Map(c.d.classes.map((k) => [k.code, k.amount]));
  const codes = c.w.style.zeroClasses ? ["201", "205", "207", "208", "210", "221"] : ["201", "208", "210", "221"];
  return codes.map((code) => {
    const def = CLASSES[code];
    return {code, name: c.flags.stale === code && def.former ? def.former : def.name, amount: amounts.get(code) ?? 0n};
  });
}

/** "一般公共服务支出3286.67万元，…" for one basis, with shares when asked. */
export function classList(c: DocCtx, basis: Basis, shares: boolean, sep = "，"): string {
  return classRows(c)
    .map((r) => {
      const spec = {key: "expenditure.function", basis, code: r.code, label: r.name};
      const money = c.w.money(spec, r.amount);
      return `${r.name}${money}${shares ? `，占${c.w.share(spec, pctOf(r.amount, c.d.total))}` : ""}`;
    })
    .join(sep);
}

export function incomeChange(c: DocCtx, spec: {key: string; basis: Basis | null}, noun: string, withReasons: boolean): string {
  const delta = c.d.income.total - c.pd.income.total;
  const clause = changeClause(c.w, {spec, current: c.d.income.total, delta, year: c.year, noun, rng: c.rng, reasons: c.reasons.map((r) => r.delta)});
  return clause + (withReasons && delta !== 0n ? reasonsText(c.w, c.reasons) : "");
}

export function renderBudget(c: DocCtx): string[] {
  const {w, d, year} = c;
  const col = w.style.colon;
  const inc = d.income;
  const sources = `一般公共预算拨款收入${w.money({key: "income.general_budget"}, inc.general_budget)}，事业收入${w.money({key: "income.business"}, inc.business)}，其他收入${w.money({key: "income.other"}, inc.other)}，上年结转${w.money({key: "income.carryover"}, inc.carryover)}`;
  const lists = `根据《预算法》《工会预算管理办法》相关规定，收入预算包括${col}${sources}；支出预算包括${col}${classList(c, "total", false)}。`;
  const label = c.rng.pick(["收支总预算", "收支预算总额", "收、支预算总计"]);
  const totalSpecs = [
    {key: "income.total", basis: "total" as const, label},
    {key: "expenditure.total", basis: "total" as const, label},
  ];
  const totalLine = `${self(c)}${year}年${label}${w.money(totalSpecs, inc.total)}${incomeChange(c, totalSpecs[0], "收支预算总数", c.flags.dropReason !== "income")}。`;
  const out = [h1(w, 3, c.rng.pick(["收支预算情况说明", "收支预算总体情况说明", "部门收支总体情况"])), lists, totalLine];
  if (!w.style.incomeSubsections) return out;

  const incomeTotal = {key: "income.total", basis: "total" as const, label};
  const src = (key: string, name: string, a: Cents) => `${name}${w.money({key}, a)}，占${w.share({key}, pctOf(a, inc.total))}`;
  // A conflicting restatement (anomaly) is a tweak on this, the second income.total mention.
  const incomeAmount = w.money(incomeTotal, inc.total);
  out.push(
    h2(w, 1, "收入预算情况"),
    `${self(c)}${year}年收入预算${incomeAmount}，其中${col}${src("income.carryover", "上年结转", inc.carryover)}；${src("income.general_budget", "一般公共预算拨款收入", inc.general_budget)}；${src("income.business", "事业收入", inc.business)}；${src("income.other", "其他收入", inc.other)}。`,
    h2(w, 2, "支出预算情况"),
    `${self(c)}${year}年支出预算${w.money({key: "expenditure.total", basis: "total"}, d.total)}，其中${col}基本支出${w.money({key: "expenditure.basic", basis: "total"}, d.basic)}，占${w.share({key: "expenditure.basic", basis: "total"}, pctOf(d.basic, d.total))}；项目支出${w.money({key: "expenditure.project", basis: "total"}, d.project)}，占${w.share({key: "expenditure.project", basis: "total"}, pctOf(d.project, d.total))}。`,
  );
  return out;
}

export function renderFiscal(c: DocCtx): string[] {
  const {w, d, year} = c;
  const col = w.style.colon;
  const specs = [
    {key: "income.fiscal", basis: null, label: "财政拨款收支总预算"},
    {key: "expenditure.total", basis: "fiscal" as const, label: "财政拨款收支总预算"},
  ];
  const head = `${self(c)}${year}年财政拨款收支总预算${w.money(specs, d.income.total)}${incomeChange(c, specs[0], "财政拨款收支总预算", c.flags.dropReason !== "income")}。`;
  const income = `收入包括${col}本年一般公共预算拨款收入${w.money({key: "income.general_budget"}, d.income.general_budget)}，上年结转一般公共预算收入${w.money({key: "income.carryover", basis: "general_budget"}, 0n)}，上年结转财政拨款资金${w.money({key: "income.carryover", basis: "fiscal"}, 0n)}`;
  return [h1(w, 4, "财政拨款收支预算情况说明"), head, `${income}；支出包括${col}${classList(c, "fiscal", false)}。`];
}
