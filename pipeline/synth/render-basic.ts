/** 六、基本支出 (personnel and public items), 七、“三公”经费 and 八、政府性基金. */
import {economicCode} from "./catalog.ts";
import {self, type DocCtx} from "./context.ts";
import type {Item} from "./model.ts";
import type {Cents} from "./money.ts";
import {changeClause, h1, h2, policyReason} from "./phrases.ts";
import type {FactSpec} from "./writer.ts";

function itemList(c: DocCtx, group: "personnel" | "public", items: Item[]): string {
  const shown = items.filter((i) => i.amount !== 0n || c.w.style.zeroItems);
  const order = c.w.style.shuffleLists ? c.rng.shuffle(shown) : shown;
  const spec = (i: Item) => ({key: "basic.item", basis: "general_budget" as const, parent: group, code: economicCode(i.label, group), label: i.label});
  return order.map((i) => `${i.label}${c.w.money(spec(i), i.amount)}`).join(c.w.style.listSep);
}

export function renderBasic(c: DocCtx): string[] {
  const {w, d, year} = c;
  const col = w.style.colon;
  const basic = {key: "expenditure.basic", basis: "general_budget" as const, label: "一般公共预算基本支出"};
  const lead = `${self(c)}${year}年一般公共预算基本支出${w.money(basic, d.basic)}`;
  const personnel = `人员经费${w.money({key: "basic.personnel", basis: "general_budget", label: "人员经费"}, d.personnel)}，主要包括${col}`;
  const out = [h1(w, 6, "一般公共预算基本支出情况说明")];
  if (w.style.basicChange) {
    const delta = d.basic - c.pd.basic;
    const clause = changeClause(w, {spec: basic, current: d.basic, delta, year, noun: "预算数", rng: c.rng});
    const why = delta === 0n ? "" : `，主要原因是${c.rng.pick(["人员变动及工资标准调整", "在职人员增减变化", "按政策调整津贴补贴标准"])}`;
    out.push(`${lead}${clause}${why}。`, `其中${col}${personnel}${itemList(c, "personnel", c.m.personnel)}；`);
  } else out.push(`${lead}，其中${col}${personnel}${itemList(c, "personnel", c.m.personnel)}；`);
  const pub = `公用经费${w.money({key: "basic.public", basis: "general_budget", label: "公用经费"}, d.public)}，主要包括${col}${itemList(c, "public", c.m.public)}。`;
  if (c.rng.chance(0.7)) out.push(pub);
  else out[out.length - 1] += pub;
  return out;
}

/** A 三公 part's change against last year, with its policy reason unless the anomaly drops it. */
function partChange(c: DocCtx, spec: FactSpec, cur: Cents, prev: Cents, name: "reception" | "vehicle"): string {
  const delta = cur - prev;
  const clause = changeClause(c.w, {spec, current: cur, delta, year: c.year, noun: "预算经费", rng: c.rng});
  return clause + (c.flags.dropReason === name && delta !== 0n ? "" : policyReason(c.rng, delta > 0n, name));
}

export function renderThreePublic(c: DocCtx): string[] {
  const {w, year} = c;
  const tp = c.d.threePublic;
  const ptp = c.pd.threePublic;
  const col = w.style.colon;
  const q = c.rng.pick(["“三公”", "\"三公\"", "三公"]);
  const totalSpec = {key: "three_public.total", label: `${q}经费财政拨款预算数`};
  const overseas = `因公出国（境）经费${w.money({key: "three_public.overseas"}, tp.overseas)}`;
  const reception = `公务接待费${w.money({key: "three_public.reception"}, tp.reception)}`;
  const vehicle = w.style.vehicleSplit
    ? `公务用车购置及运行维护费${w.money({key: "three_public.vehicle"}, tp.vehicle)}（其中${col}公务用车购置费${w.money({key: "three_public.vehicle_purchase"}, tp.vehiclePurchase)}，公务用车运行维护费${w.money({key: "three_public.vehicle_operation"}, tp.vehicleOperation)}）`
    : `公务用车运行维护费${w.money({key: "three_public.vehicle_operation"}, tp.vehicleOperation)}`;
  const out = [
    h1(w, 7, `${q}经费财政拨款预算安排情况说明`),
    `${self(c)}${year}年${q}经费财政拨款预算数${w.money(totalSpec, tp.total)}，其中${col}${overseas}，${reception}，${vehicle}。`,
  ];
  // 总工会 have no trips abroad: 0 this year and last, said the seed's way or as 持平.
  w.change({key: "three_public.overseas"}, year - 1, tp.overseas - ptp.overseas, tp.overseas);
  const overseasChange = c.rng.chance(0.5) ? `。较${year - 1}年预算经费${w.num("0.00")}万元增长0%` : "，与上年持平";
  out.push(h2(w, 1, `${year}年因公出国（境）经费${w.money({key: "three_public.overseas"}, tp.overseas)}${overseasChange}，主要原因是${col}无因公出国（境）安排。`));
  const rLabel = c.rng.pick(["公务接待费", "公务接待经费"]);
  out.push(h2(w, 2, `${year}年${rLabel}${w.money({key: "three_public.reception"}, tp.reception)}${partChange(c, {key: "three_public.reception"}, tp.reception, ptp.reception, "reception")}。`));
  out.push(h2(w, 3, `${year}年公务用车购置及运行维护费${w.money({key: "three_public.vehicle"}, tp.vehicle)}${partChange(c, {key: "three_public.vehicle"}, tp.vehicle, ptp.vehicle, "vehicle")}。`));
  if (w.style.threePublicRepeat || c.flags.repeatThreePublic) out.push(`综上，${year}年${q}经费预算总额为${w.money({key: "three_public.total", label: totalSpec.label}, tp.total)}。`);
  return out;
}

export function renderGovFund(c: DocCtx): string[] {
  const {w, year} = c;
  const head = h1(w, 8, "政府性基金预算支出情况说明");
  if (!w.style.govFundAmount) {
    w.none({key: "expenditure.gov_fund", label: "使用政府性基金预算拨款安排的支出"});
    return [head, `${self(c)}${year}年没有使用政府性基金预算拨款安排的支出。`];
  }
  const spec = {key: "expenditure.gov_fund", label: "政府性基金预算拨款安排的支出"};
  const amount = w.money(spec, 0n);
  const seedForm = c.rng.chance(0.5);
  w.change(spec, year - 1, 0n, 0n);
  return [head, `${self(c)}${year}年政府性基金预算拨款安排的支出${amount}${seedForm ? `。较${year - 1}年预算经费${w.num("0.00")}万元增长0%` : "，与上年持平"}。`];
}
