/**
 * The generator's model of one unit's budget for one year. Only leaves are stored (economic items, project items,
 * assets); every total a document states is derived here, so a clean document satisfies every identity by
 * construction and `identityViolations` can prove it with exact integer arithmetic.
 */
import {LINE_NAMES, SOCIAL_LINES} from "./catalog.ts";
import {total, type Cents} from "./money.ts";

export interface Item {
  label: string;
  amount: Cents;
}

export interface ProjectItem extends Item {
  /** Function line the project is budgeted under: 2012999 其他群众团体事务支出 or 2012906 工会事务. */
  line: "2012999" | "2012906";
  /** Bought through 政府采购 (equipment). */
  procurement?: boolean;
}

export interface UnitYearModel {
  unit: string;
  year: number;
  personnel: Item[];
  public: Item[];
  projects: ProjectItem[];
  assets: {fixed: Cents; intangible: Cents; vehicles: number};
  perfTargets: number;
  /** Publication date [month, day] of the year's disclosure. */
  published: [number, number];
}

export interface FunctionLine {
  code: string;
  name: string;
  amount: Cents;
  /** Economic items (行政运行) or project items the line lists; empty for social-security lines. */
  items: Item[];
}

export interface Derived {
  personnel: Cents;
  public: Cents;
  basic: Cents;
  project: Cents;
  total: Cents;
  income: {general_budget: Cents; business: Cents; other: Cents; carryover: Cents; total: Cents};
  /** 类 totals by code (201, 208, 210, 221), in code order. */
  classes: {code: string; amount: Cents}[];
  /** 项 lines in code order; zero social lines are left out. */
  lines: FunctionLine[];
  threePublic: {overseas: Cents; reception: Cents; vehicleOperation: Cents; vehiclePurchase: Cents; vehicle: Cents; total: Cents};
  operatingCost: Cents;
  procurement: Cents;
  projectFunds: Cents;
}

const itemAmount = (items: Item[], label: string) => items.find((i) => i.label === label)?.amount ?? 0n;

/** 行政运行's items: personnel items not filed under a social line, then public items; zeros left out. */
export function adminItems(m: UnitYearModel): Item[] {
  const out: Item[] = [];
  for (const i of [...m.personnel.filter((p) => !SOCIAL_LINES[p.label]), ...m.public]) {
    if (i.amount === 0n) continue;
    const same = out.find((o) => o.label === i.label);
    // NOTE: 其他商品和服务支出 can appear among personnel and public items; 行政运行 lists it once, summed.
    if (same) same.amount += i.amount;
    else out.push({...i});
  }
  return out;
}

export function derive(m: UnitYearModel): Derived {
  const personnel = total(m.personnel.map((i) => i.amount));
  const pub = total(m.public.map((i) => i.amount));
  const project = total(m.projects.map((p) => p.amount));
  const basic = personnel + pub;
  const admin = adminItems(m);
  const lines: FunctionLine[] = [{code: "2012901", name: LINE_NAMES["2012901"], amount: total(admin.map((i) => i.amount)), items: admin}];
  for (const code of ["2012906", "2012999"] as const) {
    const items = m.projects.filter((p) => p.line === code).map((p) => ({label: p.label, amount: p.amount}));
    if (items.length) lines.push({code, name: LINE_NAMES[code], amount: total(items.map((i) => i.amount)), items});
  }
  for (const [label, {code, name}] of Object.entries(SOCIAL_LINES)) {
    const amount = itemAmount(m.personnel, label);
    if (amount !== 0n) lines.push({code, name, amount, items: []});
  }
  lines.sort((a, b) => (a.code < b.code ? -1 : 1));
  const classes = ["201", "208", "210", "221"].map((code) => ({code, amount: total(lines.filter((l) => l.code.startsWith(code)).map((l) => l.amount))}));
  const reception = itemAmount(m.public, "公务接待费");
  const vehicleOperation = itemAmount(m.public, "公务用车运行维护费");
  const tp = {overseas: 0n, reception, vehicleOperation, vehiclePurchase: 0n, vehicle: vehicleOperation, total: reception + vehicleOperation};
  return {
    personnel,
    public: pub,
    basic,
    project,
    total: basic + project,
    income: {general_budget: basic + project, business: 0n, other: 0n, carryover: 0n, total: basic + project},
    classes,
    lines,
    threePublic: tp,
    operatingCost: pub,
    procurement: total(m.projects.filter((p) => p.procurement).map((p) => p.amount)),
    projectFunds: project,
  };
}

/** Every identity a clean document must satisfy, checked on the model; returns what fails (empty when all hold). */
export function identityViolations(m: UnitYearModel): string[] {
  const d = derive(m);
  const bad: string[] = [];
  const need = (ok: boolean, what: string) => void (ok || bad.push(what));
  const inc = d.income;
  need(inc.total === inc.general_budget + inc.business + inc.other + inc.carryover, "income = sum of sources");
  need(d.total === total(d.classes.map((c) => c.amount)), "expenditure = sum of 类");
  need(d.total === d.basic + d.project, "expenditure = basic + project");
  need(d.total === inc.total, "expenditure = income");
  for (const l of d.lines) if (l.items.length) need(l.amount === total(l.items.map((i) => i.amount)), `${l.code} = its items`);
  need(d.project === total(d.lines.filter((l) => l.code !== "2012901" && l.code.startsWith("20129")).map((l) => l.amount)), "project = project lines");
  need(d.basic === d.personnel + d.public, "basic = personnel + public");
  need(d.personnel === total(m.personnel.map((i) => i.amount)) && d.public === total(m.public.map((i) => i.amount)), "groups = items");
  const tp = d.threePublic;
  need(tp.total === tp.overseas + tp.reception + tp.vehicle, "三公 = parts");
  need(tp.vehicle === tp.vehicleOperation + tp.vehiclePurchase, "vehicle = purchase + operation");
  for (const i of [...m.personnel, ...m.public, ...m.projects]) need(i.amount >= 0n, `${i.label} is not negative`);
  return bad;
}
