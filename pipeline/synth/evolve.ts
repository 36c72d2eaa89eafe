/**
 * Amount paths across years. A county union starts from a base model sized like a real one (150–900万元) and steps
 * year by year: pay rises, a person joins or leaves, the 工会经费 allocation swings, projects start and end.
 * 阿坝州总工会 is anchored on the seed (2024) and what it implies for 2023, and stepped outwards from there.
 */
import {PROJECT_POOL} from "./catalog.ts";
import {divRound, grow, total, type Cents} from "./money.ts";
import type {Item, ProjectItem, UnitYearModel} from "./model.ts";
import {Rng} from "./rng.ts";
import {seedModel2023, seedModel2024} from "./seed-model.ts";
import {PREFECTURE_UNIT, type SynthUnit} from "./units.ts";

export const FIRST_MODEL_YEAR = 2019;
export const LAST_MODEL_YEAR = 2025;

/** A share (in per-mille) of a wage base, rounded to the cent. */
const share = (base: Cents, lo: number, hi: number, rng: Rng) => divRound(base * BigInt(rng.int(lo, hi)), 1000n);

function baseModel(u: SynthUnit, rng: Rng, year: number): UnitYearModel {
  const staff = rng.int(3, 9);
  const perf = rng.chance(0.5);
  const wages: Item[] = [
    {label: "基本工资", amount: BigInt(staff) * rng.cents(280, 420)},
    {label: "津贴补贴", amount: BigInt(staff) * rng.cents(600, 900)},
    {label: "奖金", amount: BigInt(staff) * rng.cents(20, 100)},
  ];
  if (perf) wages.push({label: "绩效工资", amount: BigInt(staff) * rng.cents(200, 400)});
  const w = total(wages.map((i) => i.amount));
  const personnel: Item[] = [
    ...wages,
    {label: "其他社会保障缴费", amount: share(w, 5, 15, rng)},
    {label: "职工基本医疗保险", amount: share(w, 60, 90, rng)},
    {label: "公务员医疗补助", amount: share(w, 20, 30, rng)},
    {label: "机关事业单位基本养老保险缴费", amount: share(w, 160, 160, rng)},
    {label: "职业年金缴费", amount: share(w, 80, 80, rng)},
    {label: "住房公积金", amount: share(w, 120, 120, rng)},
    {label: "退休费", amount: 0n},
    {label: "对个人和家庭补助", amount: BigInt(staff) * rng.cents(50, 600)},
  ];
  const vehicles = rng.weighted([[1, 5], [2, 4], [0, 1]] as [number, number][]);
  const maybe = (lo: number, hi: number) => (rng.chance(0.35) ? 0n : rng.cents(lo, hi));
  const pub: Item[] = [
    {label: "办公费", amount: BigInt(staff) * rng.cents(10, 40)},
    {label: "印刷费", amount: maybe(10, 80)},
    {label: "取暖费", amount: rng.cents(30, 150)},
    {label: "手续费", amount: maybe(1, 10)},
    {label: "水电费", amount: rng.cents(50, 300)},
    {label: "邮电费", amount: rng.cents(50, 400)},
    {label: "差旅费", amount: BigInt(staff) * rng.cents(50, 200)},
    {label: "公务接待费", amount: rng.cents(30, 200)},
    {label: "公务用车运行维护费", amount: BigInt(vehicles) * rng.cents(350, 850)},
    {label: "维修（护）费", amount: maybe(20, 200)},
    {label: "会议费", amount: maybe(10, 100)},
    {label: "培训费", amount: rng.cents(50, 400)},
    {label: "工会经费", amount: share(w, 20, 20, rng)},
    {label: "福利费", amount: share(w, 10, 20, rng)},
    {label: "其他商品和服务支出", amount: rng.cents(200, 2000)},
  ];
  const basic = total([...personnel, ...pub].map((i) => i.amount));
  const others = rng.shuffle(PROJECT_POOL).slice(0, rng.int(2, 4));
  const projects: ProjectItem[] = others.map((p) => ({label: p.label, amount: rng.cents(p.lo, p.hi), line: "2012999", procurement: p.procurement}));
  // 工会经费 (the union-fee return) fills the budget up to the unit's size, never below 30万元.
  const target = BigInt(rng.int(u.size[0], u.size[1])) * 100n;
  const fee = target - basic - total(projects.map((p) => p.amount));
  projects.unshift({label: "工会经费", amount: fee > 3000n ? fee : rng.cents(3000, 8000), line: "2012999"});
  assignLines(projects, rng.chance(0.3));
  const assets = {fixed: rng.cents(3000, 40000), intangible: rng.chance(0.5) ? 0n : rng.cents(10, 500), vehicles};
  return {unit: u.name, year, personnel, public: pub, projects, assets, perfTargets: projects.length, published: [rng.int(1, 3), rng.int(1, 28)]};
}

/**
 * Some counties budget 工会经费 and one more project under 2012906 工会事务. A line lists at least two projects so
 * that its list is never mistaken for economic detail.
 */
function assignLines(projects: ProjectItem[], unionAffairs: boolean) {
  const split = unionAffairs && projects.length >= 4;
  projects.forEach((p, i) => (p.line = split && i < 2 ? "2012906" : "2012999"));
}

/** The next (or previous) year's model: every amount moves a little, some move a lot. */
export function step(m: UnitYearModel, rng: Rng, year: number): UnitYearModel {
  const staffMove = rng.chance(0.15) ? rng.pick([880, 1120]) : 1000;
  // Per-mille factors stay integers: staff moves (±12%) times a pay drift (−1.5% … +6%).
  const personnel = m.personnel.map((i) => ({...i, amount: grow(i.amount, Math.floor((staffMove * rng.int(985, 1060)) / 1000))}));
  const pub = m.public.map((i) => {
    const steady = (i.label === "公务接待费" && rng.chance(0.5)) || (i.label === "公务用车运行维护费" && rng.chance(0.6));
    return {...i, amount: steady ? i.amount : grow(i.amount, rng.int(900, 1100))};
  });
  let projects: ProjectItem[] = m.projects.map((p) => {
    const pm = p.label === "工会经费" ? (rng.chance(0.1) ? rng.int(450, 700) : rng.int(750, 1300)) : rng.chance(0.6) ? 1000 : rng.int(800, 1250);
    return {...p, amount: grow(p.amount, pm)};
  });
  // Projects end and start; a line always keeps two.
  const ended = projects.filter((p) => p.label !== "工会经费" && projects.filter((q) => q.line === p.line).length > 2);
  if (ended.length && rng.chance(0.15)) {
    const gone = rng.pick(ended);
    projects = projects.filter((p) => p !== gone);
  }
  const fresh = PROJECT_POOL.filter((p) => !projects.some((q) => q.label === p.label));
  if (fresh.length && rng.chance(0.2)) {
    const p = rng.pick(fresh);
    projects.push({label: p.label, amount: rng.cents(p.lo, p.hi), line: "2012999", procurement: p.procurement});
  }
  const assets = {...m.assets, fixed: grow(m.assets.fixed, rng.int(940, 1080))};
  return {...m, year, personnel, public: pub, projects, assets, perfTargets: projects.length, published: [rng.int(1, 3), rng.int(1, 28)]};
}

/** Models for FIRST_MODEL_YEAR..LAST_MODEL_YEAR of one unit (2019 is never written: it is 2020's prior year). */
export function unitPath(u: SynthUnit, seed: number): Map<number, UnitYearModel> {
  const rng = Rng.for(seed, u.name, "path");
  const path = new Map<number, UnitYearModel>();
  if (u.name === PREFECTURE_UNIT) {
    path.set(2024, seedModel2024());
    path.set(2023, seedModel2023());
    for (let y = 2022; y >= FIRST_MODEL_YEAR; y--) path.set(y, step(path.get(y + 1)!, rng, y));
    path.set(2025, step(path.get(2024)!, rng, 2025));
    return path;
  }
  path.set(FIRST_MODEL_YEAR, baseModel(u, rng, FIRST_MODEL_YEAR));
  for (let y = FIRST_MODEL_YEAR + 1; y <= LAST_MODEL_YEAR; y++) path.set(y, step(path.get(y - 1)!, rng, y));
  return path;
}
