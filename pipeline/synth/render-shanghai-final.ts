/**
 * Shanghai's 部门决算 template (区级部门 2024): 收入支出决算总体情况, 收入 and 支出 决算 with shares, 一般公共预算财政拨款
 * 支出决算 (总体, 结构 by 类 with shares, 具体: 年初预算 against 决算 per 项 with the reason it differs), 基本支出 (人员经费/
 * 公用经费 by name), “三公”经费 (年初预算, 决算, 完成预算的…%) and 机关运行经费. The model's amounts are the 决算数
 * (measure actual); each line's 年初预算数 (budget_initial) is drawn a little above or at it, the total as their sum.
 */
import {CLASSES, KUAN} from "./catalog.ts";
import type {DocCtx} from "./context.ts";
import {pctOf, total, type Cents} from "./money.ts";
import {policyReason} from "./phrases.ts";

const A = "actual" as const;
const B = "budget_initial" as const;

function className(c: DocCtx, code: string): string {
  const def = CLASSES[code];
  const name = c.flags.stale === code && def.former ? def.former : def.name;
  return name.endsWith("支出") ? name : `${name}支出`;
}

/** A 年初预算数 at or up to ~4% above the actual (never below zero), to the cent. */
function initialOf(c: DocCtx, actual: Cents): Cents {
  if (actual === 0n || c.rng.chance(0.35)) return actual;
  return actual + (actual * BigInt(c.rng.int(1, 40))) / 1000n;
}

function overall(c: DocCtx): string[] {
  const {w, d, year, unit} = c;
  const col = w.style.colon;
  const fiscal = {key: "income.fiscal", measure: A};
  const basic = {key: "expenditure.basic", basis: "total" as const, measure: A};
  const project = {key: "expenditure.project", basis: "total" as const, measure: A};
  return [
    "一、收入支出决算总体情况说明",
    `${unit.name}${year}年度收入支出总计${w.money({key: "income.total", basis: "total", measure: A}, d.income.total)}。`,
    "二、收入决算情况说明",
    `本年收入合计${w.money({key: "income.current_year", measure: A}, d.income.total)}，其中${col}财政拨款收入${w.money(fiscal, d.income.general_budget)}，占${w.share(fiscal, pctOf(d.income.general_budget, d.income.total))}；`,
    "三、支出决算情况说明",
    `本年支出合计${w.money({key: "expenditure.total", basis: "total", measure: A}, d.total)}，其中${col}基本支出${w.money(basic, d.basic)}，占${w.share(basic, pctOf(d.basic, d.total))}；项目支出${w.money(project, d.project)}，占${w.share(project, pctOf(d.project, d.total))}；`,
  ];
}

function generalBudget(c: DocCtx): string[] {
  const {w, d, year} = c;
  const col = w.style.colon;
  const gb = {key: "expenditure.total", basis: "general_budget" as const, measure: A};
  const initials = d.lines.map((l) => initialOf(c, l.amount));
  const initialTotal = total(initials);
  const classes = d.classes
    .filter((k) => k.amount > 0n)
    .map((k) => {
      const spec = {key: "expenditure.function", basis: "general_budget" as const, code: k.code, label: className(c, k.code), measure: A};
      return `${className(c, k.code)}（类）${w.money(spec, k.amount)}，占${w.share(spec, pctOf(k.amount, d.total))}`;
    });
  const out = [
    "五、一般公共预算财政拨款支出决算情况说明",
    "（一）一般公共预算财政拨款支出决算总体情况",
    `一般公共预算财政拨款支出${w.money(gb, d.total)}，占本年支出合计的${w.num("100.00")}%。`,
    "（二）一般公共预算财政拨款支出决算结构情况",
    `一般公共预算财政拨款支出${w.money(gb, d.total)}，主要用于以下方面${col}${classes.join("；")}。`,
    "（三）一般公共预算财政拨款支出决算具体情况",
    `一般公共预算财政拨款支出年初预算为${w.money({key: "expenditure.total", basis: "general_budget", measure: B}, initialTotal)}，支出决算为${w.money(gb, d.total)}，完成年初预算的${w.num(pctOf(d.total, initialTotal))}%。${d.total < initialTotal ? "决算数小于预算数的主要原因：厉行节约，严格控制一般性支出。" : ""}其中${col}`,
  ];
  d.lines.forEach((l, i) => {
    const spec = {key: "expenditure.function", basis: "general_budget" as const, code: l.code, label: l.name};
    const path = `${className(c, l.code.slice(0, 3))}（类）${KUAN[l.code.slice(0, 5)]}（款）${l.name}（项）`;
    const why = initials[i] === l.amount ? "决算数与预算数基本持平。" : `决算数小于预算数的主要原因：${c.rng.pick(["预算按充分保障预估，实际执行基本贴合预期", "人员变动，相关支出减少", "厉行节约，压减一般性支出"])}。`;
    out.push(`${i + 1}、${path}。主要用于${col}${l.name}相关支出。年初预算为${w.money({...spec, measure: B}, initials[i])}，支出决算为${w.money({...spec, measure: A}, l.amount)}。${why}`);
  });
  return out;
}

function basicAndThreePublic(c: DocCtx): string[] {
  const {w, d, year} = c;
  const col = w.style.colon;
  const tp = d.threePublic;
  const initial = initialOf(c, tp.total);
  const rate = (a: Cents, b: Cents) => (b === 0n ? "0" : w.num(pctOf(a, b)));
  return [
    "六、一般公共预算财政拨款基本支出决算情况说明",
    `一般公共预算财政拨款基本支出${w.money({key: "expenditure.basic", basis: "general_budget", measure: A}, d.basic)}。其中${col}人员经费${w.money({key: "basic.personnel", basis: "general_budget", label: "人员经费", measure: A}, d.personnel)}，主要包括${col}基本工资、津贴补贴、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、住房公积金、退休费；公用经费${w.money({key: "basic.public", basis: "general_budget", label: "公用经费", measure: A}, d.public)}，主要包括${col}办公费、印刷费、邮电费、差旅费、会议费、培训费、公务接待费、工会经费、福利费、公务用车运行维护费、其他商品和服务支出。`,
    "七、财政拨款“三公”经费支出决算情况说明",
    "（一）“三公”经费财政拨款支出决算总体情况说明。",
    `“三公”经费财政拨款支出年初预算为${w.money({key: "three_public.total", measure: B}, initial)}，支出决算为${w.money({key: "three_public.total", measure: A}, tp.total)}，完成预算的${rate(tp.total, initial)}%${tp.total < initial ? `。${year}年度“三公”经费支出决算数小于预算数的主要原因${col}${policyReason(c.rng, false).slice("，主要原因是".length)}` : ""}。`,
    "（二）“三公”经费财政拨款支出决算具体情况说明。",
    `因公出国（境）费决算为${w.money({key: "three_public.overseas", measure: A}, tp.overseas)}；公务用车购置及运行维护费支出决算为${w.money({key: "three_public.vehicle", measure: A}, tp.vehicle)}；公务接待费支出决算为${w.money({key: "three_public.reception", measure: A}, tp.reception)}。`,
  ];
}

export function renderShanghaiFinal(c: DocCtx): string[] {
  const {w, d, unit, year} = c;
  return [
    `${unit.name}${year}年度部门决算`,
    `第一部分 ${unit.name}概况`,
    "一、主要职能",
    `${unit.name}的主要职责是：团结动员职工，维护职工合法权益，指导基层工会开展工作。`,
    `第三部分 ${unit.name}${year}年度部门决算情况说明`,
    ...overall(c),
    ...generalBudget(c),
    ...basicAndThreePublic(c),
    "八、政府性基金预算财政拨款收入支出决算情况说明",
    noGovFund(c),
    "十一、其他重要事项的情况说明",
    "（一）机关运行经费支出情况",
    `机关运行经费支出${w.money({key: "operating_cost", measure: A}, d.operatingCost)}。`,
    "第四部分 名词解释",
    "一、财政拨款收入：指本级财政当年拨付的资金。",
    `二、“三公”经费：指部门用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。`,
  ];
}

/** A stated none, which the extractor reads as zero 决算 figures of the fund's income and spending. */
function noGovFund(c: DocCtx): string {
  for (const key of ["income.gov_fund", "expenditure.gov_fund"]) c.w.none({key, label: "政府性基金预算财政拨款收入和支出", measure: A});
  return `${c.unit.name}${c.year}年度无政府性基金预算财政拨款收入和支出。`;
}
