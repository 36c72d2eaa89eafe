/**
 * 阿坝州总工会: the real 2024 disclosure (shared/seed) fills its 2024 slot, so the generator models that year exactly
 * as the seed states it, and builds 2023 from what the seed states and implies about it: income 5758.90
 * (−2336.67), 公务接待费 1.38 (+0.04), 公务用车 25.92 (+0), 机关运行经费 83.07 (+7.33), personnel −34.66, 工会经费
 * 2380 higher, 州级劳模 0.42 lower, no 国产电脑 yet. Other years are stepped from these two.
 */
import {cents, divRound, total, type Cents} from "./money.ts";
import type {Item, ProjectItem, UnitYearModel} from "./model.ts";
import {PREFECTURE_UNIT} from "./units.ts";

const items = (pairs: [string, string][]): Item[] => pairs.map(([label, a]) => ({label, amount: cents(a)}));

export function seedModel2024(): UnitYearModel {
  const projects: ProjectItem[] = [
    ...items([
      ["工会经费", "2600.00"],
      ["特困职工深度帮扶", "100.00"],
      ["困难职工帮扶资金", "40.00"],
      ["送温暖资金", "35.00"],
      ["州级劳模专项资金", "65.04"],
    ]).map((i): ProjectItem => ({...i, line: "2012999"})),
    {label: "国产电脑更新资金", amount: cents("0.92"), line: "2012999", procurement: true},
  ];
  return {
    unit: PREFECTURE_UNIT,
    year: 2024,
    // prettier-ignore
    personnel: items([["基本工资", "94.63"], ["津贴补贴", "197.97"], ["奖金", "7.89"], ["其他社会保障缴费", "5.63"], ["职工基本医疗保险", "20.95"], ["公务员医疗补助", "7.79"], ["机关事业单位基本养老保险缴费", "47.88"], ["职业年金缴费", "23.94"], ["住房公积金", "35.00"], ["退休费", "0"], ["其他商品和服务支出", "0.67"], ["对个人和家庭补助", "48.52"]]),
    // prettier-ignore
    public: items([["办公费", "2.05"], ["印刷费", "0"], ["取暖费", "0.82"], ["手续费", "0"], ["水电费", "0.62"], ["邮电费", "6.38"], ["差旅费", "18.2"], ["公务接待费", "1.42"], ["公务用车运行维护费", "25.92"], ["维修（护）费", "0.51"], ["租赁费", "0"], ["会议费", "0"], ["培训费", "3.94"], ["劳务费", "0"], ["工会经费", "0"], ["福利费", "7.97"], ["其他交通工具运行维护费", "0"], ["其他商品和服务支出", "22.57"]]),
    projects,
    assets: {fixed: cents("570.79"), intangible: cents("1.78"), vehicles: 3},
    perfTargets: 5,
    published: [1, 31],
  };
}

/**
 * Rescale `list` so it sums to `target`: labels in `fixed` keep the amount given there, the rest shrink or grow in
 * proportion, and `absorb` takes the rounding remainder so the sum is exact.
 */
export function scaleTo(list: Item[], target: Cents, fixed: Record<string, Cents>, absorb: string): Item[] {
  const fixedSum = total(Object.values(fixed));
  const free = list.filter((i) => !(i.label in fixed));
  const freeSum = total(free.map((i) => i.amount));
  const out = list.map((i) => ({label: i.label, amount: i.label in fixed ? fixed[i.label] : freeSum === 0n ? 0n : divRound(i.amount * (target - fixedSum), freeSum)}));
  const gap = target - total(out.map((i) => i.amount));
  const sink = out.find((i) => i.label === absorb)!;
  sink.amount += gap;
  return out;
}

export function seedModel2023(): UnitYearModel {
  const s = seedModel2024();
  const projects: ProjectItem[] = s.projects
    .filter((p) => !p.procurement)
    .map((p) => ({...p, amount: p.label === "工会经费" ? p.amount + cents("2380") : p.label === "州级劳模专项资金" ? p.amount - cents("0.42") : p.amount}));
  return {
    ...s,
    year: 2023,
    personnel: scaleTo(s.personnel, cents("456.21"), {}, "津贴补贴"),
    public: scaleTo(s.public, cents("83.07"), {公务接待费: cents("1.38"), 公务用车运行维护费: cents("25.92")}, "其他商品和服务支出"),
    projects,
    assets: {fixed: cents("548.36"), intangible: cents("1.78"), vehicles: 3},
    perfTargets: 5,
    published: [2, 6],
  };
}
