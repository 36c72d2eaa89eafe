/**
 * Jiangsu's 部门预算 template (省级部门 2017–2019): 第一部分 部门概况, then 第三部分 情况说明 table by table — 收支预算总表
 * (总计 with its change, 收入 and 类 with theirs, 基本/项目支出), 收入 and 支出 with shares, 财政拨款 totals, 项 lines under
 * their 类 headings, 基本支出 (人员经费/公用经费 with item names only), 机关运行经费, “三公”经费 with shares of the
 * total, 会议费 and 培训费, 政府采购 — and 第四部分 名词解释. Changes are "与上年相比增加…万元，增长…%", the reason in
 * the next sentence ("主要原因是…").
 */
import {CLASSES, KUAN} from "./catalog.ts";
import type {DocCtx} from "./context.ts";
import {abs, dec, pctOf, total, type Cents} from "./money.ts";
import {policyReason} from "./phrases.ts";
import type {FactSpec} from "./writer.ts";

const CN = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三"];

/** "与上年相比增加12.30万元，增长4.5%。主要原因是…" (or "与上年保持一致"); records the change. */
function change(c: DocCtx, spec: FactSpec, current: Cents, prior: Cents, why: string | null, lead = "与上年相比"): string {
  const w = c.w;
  const d = w.delta(spec, current - prior);
  // NOTE: an unchanged amount is said as a sentence of its own ("与上年相同。", as Jiangsu writes it), which states
  // no comparison the extractor records; only a stated difference is a change.
  if (d === 0n) return c.rng.pick(["与上年保持一致。", "与上年相同。", "本年数与上年预算数一致。"]);
  w.change(spec, c.year - 1, d, current);
  const up = d > 0n;
  const before = current - d;
  const pct = before > 0n ? `，${up ? "增长" : "下降"}${w.num(pctOf(abs(d), before))}%` : "";
  return `${lead}${up ? "增加" : "减少"}${w.num(dec(abs(d)))}万元${pct}。${why === null ? "" : `主要原因是${why}。`}`;
}

const incomeWhy = (c: DocCtx) => (c.flags.dropReason === "income" ? null : c.rng.pick(["人员经费政策性调整及项目支出变化", "项目支出安排调整", "按政策调整人员经费，项目资金据实安排"]));
const className = (c: DocCtx, code: string) => (c.flags.stale === code && CLASSES[code].former ? CLASSES[code].former! : CLASSES[code].name);

function overview(c: DocCtx): string[] {
  const {w, d, pd, year, unit} = c;
  const col = w.style.colon;
  const totalSpecs = [
    {key: "income.total", basis: "total" as const, label: "收入预算总计"},
    {key: "expenditure.total", basis: "total" as const, label: "支出预算总计"},
  ];
  const out = [
    "一、收支预算总表情况说明",
    "本表反映部门年度总体收支预算情况。",
    `${unit.name}${year}年度收入、支出预算总计${w.money(totalSpecs, d.income.total)}，${change(c, totalSpecs[1], d.total, pd.total, incomeWhy(c), "与上年相比收、支预算总计各")}其中${col}`,
    `（一）收入预算总计${w.money(totalSpecs[0], d.income.total)}。包括${col}`,
    `1．财政拨款收入预算总计${w.money({key: "income.fiscal"}, d.income.general_budget)}。`,
    `一般公共预算收入${w.money({key: "income.general_budget"}, d.income.general_budget)}，${change(c, {key: "income.general_budget"}, d.income.general_budget, pd.income.general_budget, incomeWhy(c))}`,
    `（二）支出预算总计${w.money(totalSpecs[1], d.total)}。包括${col}`,
  ];
  const prior = new Map(pd.classes.map((k) => [k.code, k.amount]));
  d.classes.forEach((k, i) => {
    const spec = {key: "expenditure.function", basis: "total" as const, code: k.code, label: className(c, k.code)};
    const name = k.code === "201" ? "一般公共服务（类）支出" : className(c, k.code);
    const purpose = {"201": "保障机构正常运转和完成工会工作任务", "208": "离退休人员和养老保险缴费支出", "210": "在职人员医疗支出", "221": "按政策为职工缴纳的住房公积金"}[k.code];
    out.push(`${i + 1}．${name}${w.money(spec, k.amount)}，主要用于${purpose}。${change(c, spec, k.amount, prior.get(k.code) ?? 0n, c.rng.pick(["人员变动及政策性调资", "项目安排调整", "按政策据实安排"]))}`);
  });
  const basic = {key: "expenditure.basic", basis: "total" as const, label: "基本支出预算数"};
  const project = {key: "expenditure.project", basis: "total" as const, label: "项目支出预算数"};
  out.push(
    `此外，基本支出预算数为${w.money(basic, d.basic)}。${change(c, basic, d.basic, pd.basic, c.rng.pick(["人员变动及政策性调资", "按政策调整津贴补贴"]))}`,
    `项目支出预算数为${w.money(project, d.project)}。${change(c, project, d.project, pd.project, c.rng.pick(["工会专项工作任务调整", "项目资金据实安排"]))}`,
  );
  return out;
}

function incomeAndSpending(c: DocCtx): string[] {
  const {w, d} = c;
  const col = w.style.colon;
  const gb = {key: "income.general_budget"};
  const basic = {key: "expenditure.basic", basis: "total" as const};
  const project = {key: "expenditure.project", basis: "total" as const};
  return [
    "二、收入预算情况说明",
    "本表反映部门年度总体收入预算情况。",
    `${c.unit.name}本年收入预算合计${w.money({key: "income.current_year"}, d.income.total)}，其中${col}`,
    `一般公共预算收入${w.money(gb, d.income.general_budget)}，占${w.share(gb, pctOf(d.income.general_budget, d.income.total))}。`,
    "三、支出预算情况说明",
    "本表反映部门年度总体支出预算情况。",
    `${c.unit.name}本年支出预算合计${w.money({key: "expenditure.total", basis: "total"}, d.total)}，其中${col}`,
    `基本支出${w.money(basic, d.basic)}，占${w.share(basic, pctOf(d.basic, d.total))}。`,
    `项目支出${w.money(project, d.project)}，占${w.share(project, pctOf(d.project, d.total))}。`,
  ];
}

function fiscal(c: DocCtx): string[] {
  const {w, d, pd, year, unit} = c;
  const spec = {key: "expenditure.total", basis: "fiscal" as const};
  // One label names both sides; the change the next sentence states is the income side's (the first named).
  const both = [{key: "income.fiscal", label: "财政拨款收支总预算"}, spec];
  const out = [
    "四、财政拨款收支预算总表情况说明",
    "本表反映部门年度财政拨款总体收支预算情况。",
    `${unit.name}${year}年度财政拨款收、支总预算${w.money(both, d.total)}。${change(c, both[0], d.total, pd.total, incomeWhy(c), "与上年相比，财政拨款收、支总计各")}`,
    "五、财政拨款支出预算表情况说明",
    "本表反映部门年度财政拨款支出预算安排情况，按照政府收支分类科目的功能分类“项”级细化列示。",
    `${unit.name}${year}年财政拨款预算支出${w.money(spec, d.total)}，占本年支出合计${w.num("100.00")}%。其中${w.style.colon}`,
  ];
  const prior = new Map(pd.lines.map((l) => [l.code, l.amount]));
  let n = 0;
  const why = () => c.rng.pick(["人员变动及政策性调资", "项目安排调整", "按实际需要据实安排"]);
  for (const cls of ["201", "208", "210", "221"]) {
    const lines = d.lines.filter((l) => l.code.startsWith(cls));
    if (!lines.length || c.flags.misfile === cls) continue;
    const head = cls === "201" ? (c.flags.stale === cls ? className(c, cls) : "一般公共服务") : className(c, cls);
    out.push(`（${CN[++n]}）${head}（类）`);
    lines.forEach((l, i) => {
      const s = {key: "expenditure.function", basis: "fiscal" as const, code: l.code, label: l.name};
      out.push(`${i + 1}．${KUAN[l.code.slice(0, 5)]}（款）${l.name}（项）支出${w.money(s, l.amount)}，${change(c, s, l.amount, prior.get(l.code) ?? 0n, why())}`);
    });
    const mis = c.flags.misfile;
    if (cls === "201" && mis) {
      // The seed's error in Jiangsu's layout: a whole 类 written as one 项 of 群众团体事务 under the 201 heading.
      const amount = total(d.lines.filter((l) => l.code.startsWith(mis)).map((l) => l.amount));
      const was = total(pd.lines.filter((l) => l.code.startsWith(mis)).map((l) => l.amount));
      const s = {key: "expenditure.function", basis: "fiscal" as const, code: mis, label: CLASSES[mis].name};
      out.push(`${lines.length + 1}．群众团体事务（款）${CLASSES[mis].name}（项）支出${w.money(s, amount)}，${change(c, s, amount, was, why())}`);
    }
  }
  return out;
}

const PERSONNEL_NAMES = ["基本工资", "津贴补贴", "奖金", "绩效工资", "机关事业单位基本养老保险缴费", "职业年金缴费", "职工基本医疗保险缴费", "住房公积金", "退休费"];
const PUBLIC_NAMES = ["办公费", "印刷费", "水费", "电费", "邮电费", "差旅费", "维修（护）费", "会议费", "培训费", "公务接待费", "工会经费", "福利费", "公务用车运行维护费", "其他商品和服务支出"];

function basicSpending(c: DocCtx, n: number, basis: "fiscal" | "general_budget"): string[] {
  const {w, d, year, unit} = c;
  const col = w.style.colon;
  const names = (xs: string[]) => (w.style.shuffleLists ? c.rng.shuffle(xs) : xs).join("、");
  const what = basis === "fiscal" ? "财政拨款" : "一般公共预算";
  return [
    `${CN[n]}、${what}基本支出预算表情况说明`,
    `本表反映部门年度${what}基本支出预算安排情况，按照政府收支分类科目的经济分类“款”级细化列示。`,
    `${unit.name}${year}年度${what === "财政拨款" ? "财政拨款" : "一般公共预算财政拨款"}基本支出预算${w.money({key: "expenditure.basic", basis}, d.basic)}，其中${col}`,
    `（一）人员经费${w.money({key: "basic.personnel", basis, label: "人员经费"}, d.personnel)}。主要包括${col}${names(PERSONNEL_NAMES)}。`,
    `（二）公用经费${w.money({key: "basic.public", basis, label: "公用经费"}, d.public)}。主要包括${col}${names(PUBLIC_NAMES)}。`,
  ];
}

function generalBudget(c: DocCtx): string[] {
  const {w, d, pd, year, unit} = c;
  const spec = {key: "expenditure.total", basis: "general_budget" as const};
  // The extractor reads a stated none as a zero: 无政府性基金预算 is none of the fund's income and spending, 无…支出
  // only of its spending.
  const none = c.rng.pick(["本部门无政府性基金预算。", `${unit.name}${year}年度无政府性基金预算支出。`]);
  if (none.endsWith("预算。")) w.none({key: "income.gov_fund", label: "政府性基金预算"});
  w.none({key: "expenditure.gov_fund", label: none.endsWith("预算。") ? "政府性基金预算" : "政府性基金预算支出"});
  return [
    "七、政府性基金支出预算表情况说明",
    none,
    "八、一般公共预算支出预算表情况说明",
    "本表反映部门年度一般公共预算支出预算安排情况，按照政府收支分类科目的功能分类“项”级细化列示。",
    `${unit.name}${year}年一般公共预算财政拨款支出预算${w.money(spec, d.total)}，${change(c, spec, d.total, pd.total, incomeWhy(c), "与上年相比，一般公共预算财政拨款支出")}`,
  ];
}

function operating(c: DocCtx): string[] {
  const {w, d, pd, year} = c;
  const spec = {key: "operating_cost", basis: "general_budget" as const};
  const lead = `${year}年本部门一般公共预算机关运行经费预算支出${w.money(spec, d.operatingCost)}`;
  const why = c.flags.dropReason === "operating_cost" ? null : policyReason(c.rng, d.operatingCost > pd.operatingCost).slice("，主要原因是".length);
  const tail = c.flags.noChange?.includes("operating_cost") ? "。" : `，${change(c, spec, d.operatingCost, pd.operatingCost, why, "比上年")}`;
  return ["十、一般公共预算机关运行经费支出预算表情况说明", "本表反映部门年度一般公共预算机关运行经费支出预算安排情况。", `${lead}${tail}`];
}

function threePublic(c: DocCtx): string[] {
  const {w, d, pd, year, unit} = c;
  const tp = d.threePublic;
  const ptp = pd.threePublic;
  const col = w.style.colon;
  const share = (spec: FactSpec, a: Cents) => `占“三公”经费的${w.share(spec, pctOf(a, tp.total))}`;
  const ov = {key: "three_public.overseas"};
  const ve = {key: "three_public.vehicle"};
  const re = {key: "three_public.reception"};
  const why = (name: "reception" | "vehicle", cur: Cents, prev: Cents) => (c.flags.dropReason === name ? null : policyReason(c.rng, cur > prev, name).slice("，主要原因是".length));
  const meeting = c.m.public.find((i) => i.label === "会议费")?.amount ?? 0n;
  const training = c.m.public.find((i) => i.label === "培训费")?.amount ?? 0n;
  const shares = tp.total > 0n;
  const part = (label: string, spec: FactSpec, a: Cents) => `${label}${w.money(spec, a)}${shares ? `，${share(spec, a)}` : ""}`;
  return [
    "十一、一般公共预算“三公”经费、会议费、培训费支出预算表情况说明",
    "本表反映部门年度一般公共预算资金安排的“三公”经费情况。",
    `${unit.name}${year}年度一般公共预算拨款安排的“三公”经费预算支出中，${part("因公出国（境）费支出", ov, tp.overseas)}；${part("公务用车购置及运行费支出", ve, tp.vehicle)}；${part("公务接待费支出", re, tp.reception)}。具体情况如下${col}`,
    `1．因公出国（境）费用预算支出${w.money(ov, tp.overseas)}，${change(c, ov, tp.overseas, ptp.overseas, null)}`,
    `2．公务用车购置及运行费预算支出${w.money(ve, tp.vehicle)}。${change(c, ve, tp.vehicle, ptp.vehicle, why("vehicle", tp.vehicle, ptp.vehicle))}其中${col}`,
    `（1）公务用车购置预算支出数${w.money({key: "three_public.vehicle_purchase"}, tp.vehiclePurchase)}，本年数与上年预算数一致。`,
    `（2）公务用车运行维护费预算支出${w.money({key: "three_public.vehicle_operation"}, tp.vehicleOperation)}。`,
    `3．公务接待费预算支出${w.money(re, tp.reception)}，${change(c, re, tp.reception, ptp.reception, why("reception", tp.reception, ptp.reception))}`,
    `${unit.name}${year}年度一般公共预算拨款安排的会议费预算支出${w.money({key: "meeting_cost"}, meeting)}。`,
    `${unit.name}${year}年度一般公共预算拨款安排的培训费预算支出${w.money({key: "training_cost"}, training)}。`,
  ];
}

function procurement(c: DocCtx): string[] {
  const {w, d, year} = c;
  return [
    "十二、政府采购预算表情况说明",
    `${year}年我部门政府采购预算总额为${w.money({key: "procurement.total"}, d.procurement)}。其中拟购买货物${w.money({key: "procurement.goods"}, d.procurement)}；拟购买服务${w.money({key: "procurement.services"}, 0n)}。`,
  ];
}

const TERMS = [
  "财政拨款：指由一般公共预算、政府性基金预算安排的财政拨款数。",
  "基本支出：包括人员经费、商品和服务支出（定额）。",
  "项目支出：包括编入部门预算的单位发展项目支出安排数等。",
  "“三公”经费：指用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
  "机关运行经费：指各部门的公用经费，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费及其他费用。",
];

export function renderJiangsu(c: DocCtx): string[] {
  const {unit, year} = c;
  const duties = ["负责本级工会组织建设和职工权益维护工作", "组织开展职工劳动和技能竞赛", "做好困难职工帮扶和送温暖工作", "指导基层工会开展工作"];
  return [
    `${unit.name}${year}年度部门预算`,
    "第一部分 部门概况",
    "一、主要职能",
    ...c.rng.shuffle(duties).slice(0, 3).map((t, i) => `${i + 1}．${t}。`),
    `二、${year}年主要工作任务及目标`,
    `${year}年，围绕中心、服务大局，团结动员广大职工建功立业，切实维护职工合法权益。`,
    `第三部分 ${unit.name}${year}年度部门预算情况说明`,
    ...overview(c),
    ...incomeAndSpending(c),
    ...fiscal(c),
    ...basicSpending(c, 6, "fiscal"),
    ...generalBudget(c),
    ...basicSpending(c, 9, "general_budget"),
    ...operating(c),
    ...threePublic(c),
    ...procurement(c),
    "第四部分 名词解释",
    ...TERMS.slice(0, c.rng.int(3, TERMS.length)).map((t, i) => `${CN[i + 1]}、${t}`),
  ];
}
