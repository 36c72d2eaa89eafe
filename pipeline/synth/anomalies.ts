/**
 * Labelled errors, one per affected document. Each is injected the way a real author would make it: a typo in one
 * list item (identity_sum), a share or a change computed wrongly, a class filed or named the old way, one fact stated
 * twice differently, a 三公 line that really did jump (in the model, so everything else stays consistent), an amount
 * typed in 元 under a 万元 label, a change left without its reason.
 */
import type {TextFlags} from "./context.ts";
import type {AnomalyRule, ManifestAnomaly} from "./manifest.ts";
import {abs, dec, grow, pctOf} from "./money.ts";
import type {Derived, UnitYearModel} from "./model.ts";
import type {Rng} from "./rng.ts";
import type {Style} from "./style.ts";
import type {Template} from "./template.ts";
import type {Tweak} from "./writer.ts";

export interface AnomalyPlan {
  anomaly: ManifestAnomaly;
  tweaks: Tweak[];
  flags: TextFlags;
}

interface Input {
  /** No document of the previous year exists (2020): errors only visible against it are not injected. */
  firstYear: boolean;
  m: UnitYearModel;
  d: Derived;
  pd: Derived;
  style: Style;
  template: Template;
  rng: Rng;
}

/**
 * Where a template has no sentence for a rule's error, why (the rule is skipped for that document and recorded);
 * null when it has one. Only the seed's template lists items with amounts (identity_sum), files 项 under 类/款 paths
 * the seed's way (function_path) and restates a total in the same words (conflicting_mentions).
 */
const CARRIES: Record<Template, Record<Exclude<AnomalyRule, "three_public_jump">, string | null>> = {
  seed: {identity_sum: null, share_mismatch: null, prior_year_mismatch: null, function_path: null, stale_name: null, conflicting_mentions: null, unit_scale: null, change_without_reason: null},
  jiangsu: {
    identity_sum: "lists economic items by name only",
    share_mismatch: null,
    prior_year_mismatch: null,
    function_path: "writes 项 lines under their own 类 heading",
    stale_name: null,
    conflicting_mentions: "states no total twice in the same words",
    unit_scale: null,
    change_without_reason: null,
  },
  shanghai_budget: {
    identity_sum: "lists no items with amounts",
    share_mismatch: "states no shares",
    prior_year_mismatch: null,
    function_path: "quotes whole 类/款/项 paths from the classification",
    stale_name: null,
    conflicting_mentions: "states no total twice in the same words",
    unit_scale: null,
    change_without_reason: null,
  },
  shanghai_final: {
    identity_sum: "lists economic items by name only",
    share_mismatch: null,
    prior_year_mismatch: null,
    function_path: "quotes whole 类/款/项 paths from the classification",
    stale_name: null,
    conflicting_mentions: "states no total twice in the same words",
    unit_scale: null,
    change_without_reason: null,
  },
};

/** Why `rule` cannot be injected in a document of `template` (null when it can). */
export function cannotCarry(rule: AnomalyRule, template: Template, priorSameKind: boolean): string | null {
  if (rule === "three_public_jump") return null;
  if (rule === "prior_year_mismatch" && !priorSameKind) return "last year's document is of another kind (预算/决算) or absent";
  return CARRIES[template][rule];
}

const off = (rng: Rng) => rng.cents(1, 999) * (rng.chance(0.5) ? 1n : -1n);

const PLANNERS: Record<Exclude<AnomalyRule, "three_public_jump">, (x: Input) => AnomalyPlan | null> = {
  identity_sum({m, d, rng}) {
    const lists = [
      {key: "expenditure.function", code: "2012901", spec: "function_detail", parent: "2012901", items: d.lines[0].items},
      {key: "basic.personnel", spec: "basic.item", parent: "personnel", items: m.personnel},
      {key: "basic.public", spec: "basic.item", parent: "public", items: m.public},
      ...d.lines.filter((l) => l.code.startsWith("20129") && l.code !== "2012901").map((l) => ({key: "expenditure.function", code: l.code, spec: "project.item", parent: l.code, items: l.items})),
    ];
    const l = rng.pick(lists);
    const item = rng.pick(l.items.filter((i) => i.amount > 1000n));
    if (!item) return null;
    const wrong = item.amount + off(rng);
    const basis = "general_budget" as const;
    const tweak: Tweak = {kind: "amount", match: {key: l.spec, basis, parent: l.parent, label: item.label}, nth: 0, value: dec(wrong)};
    const detail = `${l.parent} item ${item.label} written ${dec(wrong)} instead of ${dec(item.amount)}: items no longer sum to the stated total`;
    return {anomaly: {rule: "identity_sum", key: l.key, ...(l.code ? {code: l.code} : {}), detail}, tweaks: [tweak], flags: {}};
  },
  share_mismatch({d, style, rng}) {
    const options = d.classes.filter((k) => k.amount > 0n).map((k) => ({key: "expenditure.function", basis: "general_budget" as const, code: k.code, part: k.amount}));
    const all = style.incomeSubsections ? [...options, {key: "expenditure.basic", basis: "total" as const, code: undefined, part: d.basic}] : options;
    const o = rng.pick(all);
    const truth = pctOf(o.part, d.total);
    // Off by 0.30–9.00 percentage points: a share copied from another line or last year.
    const wrong = dec(abs(BigInt(truth.replace(".", "")) + rng.cents(30, 900) * (rng.chance(0.5) ? 1n : -1n)));
    const match = {key: o.key, basis: o.basis, code: o.code ?? null};
    return {anomaly: {rule: "share_mismatch", key: o.key, ...(o.code ? {code: o.code} : {}), detail: `stated share ${wrong}% ≠ ${truth}%`}, tweaks: [{kind: "share", match, value: wrong}], flags: {}};
  },
  prior_year_mismatch({firstYear, d, pd, rng}) {
    if (firstYear) return null;
    const o = rng.pick([
      {key: "three_public.reception", cur: d.threePublic.reception, prev: pd.threePublic.reception, label: null},
      {key: "three_public.vehicle", cur: d.threePublic.vehicle, prev: pd.threePublic.vehicle, label: null},
      {key: "operating_cost", cur: d.operatingCost, prev: pd.operatingCost, label: "机关运行经费财政拨款预算"},
    ]);
    const wrong = o.cur - o.prev + rng.cents(5, 600) * (rng.chance(0.5) ? 1n : -1n);
    const detail = `stated change ${dec(wrong)} implies prior ${dec(o.cur - wrong)}; last year's document states ${dec(o.prev)}`;
    return {anomaly: {rule: "prior_year_mismatch", key: o.key, detail}, tweaks: [{kind: "delta", match: {key: o.key}, value: wrong}], flags: {}};
  },
  function_path({rng}) {
    const cls = rng.pick(["208", "210", "221"]);
    return {anomaly: {rule: "function_path", key: "expenditure.function", code: cls, detail: `class ${cls} filed as a 项 under 201 群众团体事务`}, tweaks: [], flags: {misfile: cls}};
  },
  stale_name({style, rng}) {
    const cls = style.zeroClasses ? rng.pick(["207", "210"]) : "210";
    const name = cls === "210" ? "医疗卫生与计划生育支出" : "文化体育与传媒支出";
    return {anomaly: {rule: "stale_name", key: "expenditure.function", code: cls, detail: `class ${cls} written under its former name ${name}`}, tweaks: [], flags: {stale: cls}};
  },
  conflicting_mentions({d, style, rng}) {
    const income = style.incomeSubsections && rng.chance(0.5);
    const truth = income ? d.income.total : d.threePublic.total;
    const wrong = truth + (rng.chance(0.5) || truth < 2000n ? 1n : -1n) * rng.cents(10, 1500);
    const key = income ? "income.total" : "three_public.total";
    const match = income ? {key, basis: "total" as const} : {key};
    const tweak: Tweak = {kind: "amount", match, nth: 1, value: dec(wrong)};
    return {anomaly: {rule: "conflicting_mentions", key, detail: `stated ${dec(truth)}, restated ${dec(wrong)}`}, tweaks: [tweak], flags: income ? {} : {repeatThreePublic: true}};
  },
  unit_scale({d, m, rng}) {
    const options = [
      {key: "operating_cost", amount: d.operatingCost, flags: {noChange: ["operating_cost"]}},
      {key: "assets.fixed", amount: m.assets.fixed, flags: {}},
      ...(d.procurement > 0n ? [{key: "procurement.total", amount: d.procurement, flags: {}}] : []),
    ];
    const o = rng.pick(options);
    // 万元 with two decimals → 元: the cents times 100, written as a whole number.
    const yuan = (o.amount * 100n).toString();
    const detail = `${dec(o.amount)}万元 written as ${yuan}万元 (元 magnitude)`;
    return {anomaly: {rule: "unit_scale", key: o.key, detail}, tweaks: [{kind: "amount", match: {key: o.key}, nth: "all", value: yuan}], flags: o.flags};
  },
  change_without_reason({d, pd, rng}) {
    const options = [
      {key: "income.total", flag: "income", delta: d.total - pd.total},
      {key: "operating_cost", flag: "operating_cost", delta: d.operatingCost - pd.operatingCost},
      {key: "three_public.reception", flag: "reception", delta: d.threePublic.reception - pd.threePublic.reception},
      {key: "three_public.vehicle", flag: "vehicle", delta: d.threePublic.vehicle - pd.threePublic.vehicle},
    ].filter((o) => o.delta !== 0n);
    if (!options.length) return null;
    const o = rng.pick(options);
    return {anomaly: {rule: "change_without_reason", key: o.key, detail: `change ${dec(o.delta)} stated without 主要原因`}, tweaks: [], flags: {dropReason: o.flag}};
  },
};

/** A text-level anomaly of `rule` for this document, or null when the document offers no place for it. */
export function planTextAnomaly(rule: AnomalyRule, x: Input): AnomalyPlan | null {
  return rule === "three_public_jump" ? null : PLANNERS[rule](x);
}

/** three_public_jump: the model itself jumps (×3.2–5), so every total and next year's change follow it. */
export function applyJump(m: UnitYearModel, rng: Rng): {model: UnitYearModel; anomaly: ManifestAnomaly} | null {
  const targets = m.public.filter((i) => (i.label === "公务接待费" || i.label === "公务用车运行维护费") && i.amount > 0n);
  if (!targets.length) return null;
  const t = rng.pick(targets);
  const permille = rng.int(3200, 5000);
  const jumped = grow(t.amount, permille);
  const model = {...m, public: m.public.map((i) => (i === t ? {...i, amount: jumped} : i))};
  const key = t.label === "公务接待费" ? "three_public.reception" : "three_public.vehicle";
  return {model, anomaly: {rule: "three_public_jump", key, detail: `${t.label} ${dec(t.amount)} → ${dec(jumped)} (×${permille / 1000})`}};
}
