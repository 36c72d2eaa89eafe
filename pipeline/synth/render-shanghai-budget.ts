/**
 * Shanghai's 部门预算 template (区级部门 and 街道, 2023–2025): 部门主要职能, 名词解释 first, then 部门预算编制说明 (收入预算
 * with 财政拨款收入 "比上年预算增加…", 支出预算 by fund), one numbered line per 项 quoted as a whole 类/款/项 path with
 * "上年当年预算执行数为…，本年预算安排…，比上年预算执行数增加…%" and its reason, and 其他相关情况说明: “三公”经费 with
 * each part's change and reason, 机关运行经费, 政府采购, 绩效目标, 国有资产 (车辆).
 */
import {CLASSES, KUAN} from "./catalog.ts";
import type {DocCtx} from "./context.ts";
import {abs, dec, pctOf, type Cents} from "./money.ts";
import {policyReason} from "./phrases.ts";
import type {FactSpec} from "./writer.ts";

/** "比2023年预算增加25.00万元" / "比2023年预算持平" after an amount; records a stated difference as a change. */
function vsBudget(c: DocCtx, spec: FactSpec, current: Cents, prior: Cents): string {
  const d = c.w.delta(spec, current - prior);
  if (d === 0n) return `比${c.year - 1}年预算持平`;
  c.w.change(spec, c.year - 1, d, current);
  return `比${c.year - 1}年预算${d > 0n ? "增加" : "减少"}${c.w.num(dec(abs(d)))}万元`;
}

function className(c: DocCtx, code: string): string {
  const def = CLASSES[code];
  const name = c.flags.stale === code && def.former ? def.former : def.name;
  return name.endsWith("支出") ? name : `${name}支出`;
}

function summary(c: DocCtx): string[] {
  const {w, d, pd, year, unit} = c;
  const col = w.style.colon;
  const fiscal = {key: "income.fiscal"};
  const exp = {key: "expenditure.total", basis: "fiscal" as const};
  const gb = {key: "expenditure.total", basis: "general_budget" as const};
  return [
    "四、部门预算编制说明",
    `${year}年，${unit.name}收入预算${w.money({key: "income.total", basis: "total"}, d.income.total)}，其中${col}财政拨款收入${w.money(fiscal, d.income.general_budget)}，${vsBudget(c, fiscal, d.income.general_budget, pd.income.general_budget)}；事业收入${w.money({key: "income.business"}, 0n)}；其他收入${w.money({key: "income.other"}, 0n)}。`,
    `支出预算${w.money({key: "expenditure.total"}, d.total)}，其中${col}财政拨款支出预算${w.money(exp, d.total)}，${vsBudget(c, exp, d.total, pd.total)}。财政拨款支出预算中，一般公共预算拨款支出预算${w.money(gb, d.total)}，${vsBudget(c, gb, d.total, pd.total)}；政府性基金拨款支出预算${w.money({key: "expenditure.gov_fund"}, 0n)}，比${year - 1}年预算持平。`,
  ];
}

function lines(c: DocCtx): string[] {
  const {w, d, pd, year} = c;
  const prior = new Map(pd.lines.map((l) => [l.code, l.amount]));
  const out = [`${year}年部门预算按功能分类项目支出情况如下${w.style.colon}`];
  d.lines.forEach((l, i) => {
    const spec = {key: "expenditure.function", code: l.code, label: l.name};
    const path = `${className(c, l.code.slice(0, 3))}（类）${KUAN[l.code.slice(0, 5)]}（款）${l.name}（项）`;
    const was = prior.get(l.code) ?? 0n;
    const head = `${i + 1}. “${path}”${w.money(spec, l.amount)}，主要用于${l.name}。`;
    // NOTE: the prior is last year's 执行数 (an estimate), stated as an amount; the change is a percentage of it.
    if (was === 0n) {
      out.push(`${head}${year - 1}年无此项预算，${year}年预算安排${w.num(dec(l.amount))}万元。主要原因是：新增项目。`);
      return;
    }
    const delta = l.amount - was;
    // "比上年预算执行数持平" is no change the extractor records (its stated prior stays unplaced, as in the real 2024 file).
    if (delta !== 0n) w.change(spec, year - 1, delta, l.amount, undefined, "execution_estimate");
    const how = delta === 0n ? "持平" : `${delta > 0n ? "增加" : "减少"}${w.num(pctOf(abs(delta), was))}%`;
    const why = delta === 0n ? `${l.name}经费保持不变` : `${l.name}经费${delta > 0n ? "增加" : "减少"}`;
    out.push(`${head}${year - 1}年当年预算执行数为${w.num(dec(was))}万元，${year}年预算安排${w.num(dec(l.amount))}万元，比${year - 1}年预算执行数${how}。主要原因是：${why}。`);
  });
  return out;
}

function threePublic(c: DocCtx): string[] {
  const {w, d, pd, year} = c;
  const tp = d.threePublic;
  const ptp = pd.threePublic;
  const col = w.style.colon;
  const why = (name: "reception" | "vehicle", cur: Cents, prev: Cents) => {
    if (cur === prev) return `主要原因是${name === "reception" ? "公务接待费" : "公务用车运行费"}保持不变`;
    return c.flags.dropReason === name ? "" : policyReason(c.rng, cur > prev, name).slice(1);
  };
  const part = (text: string) => text.replace(/，$/, "");
  const ve = {key: "three_public.vehicle"};
  const re = {key: "three_public.reception"};
  const total = {key: "three_public.total"};
  return [
    `一、${year}年“三公”经费预算情况说明`,
    `${year}年“三公”经费预算数为${w.money(total, tp.total)}，${vsBudget(c, total, tp.total, ptp.total)}。其中${col}`,
    `（一）因公出国（境）费${w.money({key: "three_public.overseas"}, tp.overseas)}，比${year - 1}年预算持平。主要原因是无因公出国（境）安排。`,
    part(`（二）公务用车购置及运行费${w.money(ve, tp.vehicle)}，${vsBudget(c, ve, tp.vehicle, ptp.vehicle)}，${why("vehicle", tp.vehicle, ptp.vehicle)}`) +
      `。其中${col}公务用车购置费${w.money({key: "three_public.vehicle_purchase"}, tp.vehiclePurchase)}；公务用车运行费${w.money({key: "three_public.vehicle_operation"}, tp.vehicleOperation)}。`,
    part(`（三）公务接待费${w.money(re, tp.reception)}，${vsBudget(c, re, tp.reception, ptp.reception)}，${why("reception", tp.reception, ptp.reception)}`) + "。",
  ];
}

function other(c: DocCtx): string[] {
  const {w, d, m, year, unit} = c;
  const col = w.style.colon;
  const v = m.assets.vehicles;
  return [
    "二、机关运行经费预算",
    `${year}年${unit.name}（部门）下属1家机关财政拨款的机关运行经费预算为${w.money({key: "operating_cost"}, d.operatingCost)}。`,
    "三、政府采购预算情况",
    `${year}年本部门政府采购预算${w.money({key: "procurement.total"}, d.procurement)}，其中${col}政府采购货物预算${w.money({key: "procurement.goods"}, d.procurement)}、政府采购服务预算${w.money({key: "procurement.services"}, 0n)}。`,
    "四、绩效目标设置情况",
    `按照本区预算绩效管理工作的总体要求，本部门1个预算单位开展了${year}年项目预算绩效目标编报工作，编报绩效目标的项目${w.count({key: "performance.target_count", label: "绩效目标"}, m.projects.length, "个")}，涉及项目预算资金${w.money({key: "performance.funds"}, d.projectFunds)}。`,
    "五、国有资产占有使用情况",
    `截至${year - 1}年8月31日，${unit.name}（部门）共有车辆${w.count({key: "assets.vehicles", label: "车辆"}, v, "辆")}，其中${col}执法执勤用车${w.count({key: "assets.vehicles_enforcement", label: "执法执勤用车"}, 0, "辆")}、特种专业技术用车${w.count({key: "assets.vehicles_special", label: "特种专业技术用车"}, 0, "辆")}、其他用车${v}辆。`,
  ];
}

export function renderShanghaiBudget(c: DocCtx): string[] {
  const {unit, year} = c;
  return [
    `${unit.name}${year}年部门预算`,
    "一、部门主要职能",
    "一、加强工会组织建设，推动基层工会规范化建设。",
    "二、维护职工合法权益，做好困难职工帮扶工作。",
    "二、部门机构设置",
    `${unit.name}为行政单位，无下属预算单位。`,
    "三、名词解释",
    "（一）财政拨款收入：是预算主管部门及所属预算单位本年度从本级财政部门取得的财政拨款。",
    "（二）“三公”经费：是使用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
    ...summary(c),
    ...lines(c),
    "五、其他相关情况说明",
    ...threePublic(c),
    ...other(c),
  ];
}
