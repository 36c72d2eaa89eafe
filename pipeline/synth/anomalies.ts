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
  /** Last year's document's template (null in 2020): a change is checked against the fact as that one names it. */
  priorTemplate: Template | null;
  /** Other documents of the unit in the seed's template: a line's usual size needs three (unit_scale of 固定资产). */
  seedYears: number;
  rng: Rng;
}

/** 机关运行经费 as a template names it: Jiangsu's is the 一般公共预算's. */
const operatingSpec = (t: Template | null) => (t === "jiangsu" ? {key: "operating_cost", basis: "general_budget" as const} : {key: "operating_cost"});

/**
 * Where a template has no sentence for a rule's error, why (the rule is skipped for that document and recorded);
 * null when it has one. Only the seed's template lists items with amounts (identity_sum) and restates a total in the
 * same words (conflicting_mentions); Shanghai's quote whole classification paths, where a 类 filed as a 项 would not
 * be an author's slip but a made-up path.
 */
const CARRIES: Record<Template, Record<Exclude<AnomalyRule, "three_public_jump">, string | null>> = {
  seed: {identity_sum: null, share_mismatch: null, prior_year_mismatch: null, function_path: null, stale_name: null, conflicting_mentions: null, unit_scale: null, change_without_reason: null},
  jiangsu: {
    identity_sum: "lists economic items by name only",
    share_mismatch: null,
    prior_year_mismatch: null,
    function_path: null,
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
    prior_year_mismatch: "states no change against last year",
    function_path: "quotes whole 类/款/项 paths from the classification",
    stale_name: null,
    conflicting_mentions: "states no total twice in the same words",
    unit_scale: null,
    change_without_reason: "states no change against last year",
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
  share_mismatch({d, style, template, rng}) {
    // The shares each template states: 类 of the general budget (seed, 决算) and 基本支出 of the total.
    const classes = template === "jiangsu" ? [] : d.classes.filter((k) => k.amount > 0n).map((k) => ({key: "expenditure.function", basis: "general_budget" as const, code: k.code, part: k.amount}));
    const basic = template !== "seed" || style.incomeSubsections ? [{key: "expenditure.basic", basis: "total" as const, code: undefined, part: d.basic}] : [];
    const all = [...classes, ...basic];
    const o = rng.pick(all);
    const truth = pctOf(o.part, d.total);
    // Off by 0.30–9.00 percentage points: a share copied from another line or last year.
    const wrong = dec(abs(BigInt(truth.replace(".", "")) + rng.cents(30, 900) * (rng.chance(0.5) ? 1n : -1n)));
    const match = {key: o.key, basis: o.basis, code: o.code ?? null};
    return {anomaly: {rule: "share_mismatch", key: o.key, ...(o.code ? {code: o.code} : {}), detail: `stated share ${wrong}% ≠ ${truth}%`}, tweaks: [{kind: "share", match, value: wrong}], flags: {}};
  },
  prior_year_mismatch({firstYear, d, pd, template, priorTemplate, rng}) {
    if (firstYear) return null;
    // 机关运行经费's change is checked against last year's fact of the same basis: Shanghai's 预算 states none, and
    // Jiangsu's (一般公共预算) is another fact than the seed's.
    const operating = template !== "shanghai_budget" && (template === "jiangsu") === (priorTemplate === "jiangsu") && priorTemplate !== "shanghai_budget";
    const o = rng.pick([
      {match: {key: "three_public.reception"}, cur: d.threePublic.reception, prev: pd.threePublic.reception},
      {match: {key: "three_public.vehicle"}, cur: d.threePublic.vehicle, prev: pd.threePublic.vehicle},
      ...(operating ? [{match: operatingSpec(template), cur: d.operatingCost, prev: pd.operatingCost}] : []),
    ]);
    const off = rng.cents(5, 600) * (rng.chance(0.5) ? 1n : -1n);
    // A prior below zero is another error (negative_prior), not this one: the offset then goes the other way.
    const wrong = o.cur - o.prev + (o.prev - off < 0n ? -off : off);
    const detail = `stated change ${dec(wrong)} implies prior ${dec(o.cur - wrong)}; last year's document states ${dec(o.prev)}`;
    return {anomaly: {rule: "prior_year_mismatch", key: o.match.key, detail}, tweaks: [{kind: "delta", match: o.match, value: wrong}], flags: {}};
  },
  function_path({rng}) {
    const cls = rng.pick(["208", "210", "221"]);
    return {anomaly: {rule: "function_path", key: "expenditure.function", code: cls, detail: `class ${cls} filed as a 项 under 201 群众团体事务`}, tweaks: [], flags: {misfile: cls}};
  },
  stale_name({style, template, rng}) {
    // Only the seed's template lists zero classes (207).
    const cls = template === "seed" && style.zeroClasses ? rng.pick(["207", "210"]) : "210";
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
  unit_scale({d, m, template, seedYears, rng}) {
    const options = [
      // NOTE: Shanghai's 预算 sentence on 机关运行经费 is not read by the extractor yet (see tests/synth): no place.
      ...(template === "shanghai_budget" ? [] : [{match: operatingSpec(template), amount: d.operatingCost, flags: {noChange: ["operating_cost"]}}]),
      // 固定资产 is stated in the seed's template only, and is no part of the budget: it stands out only against the
      // unit's other years, three of which must state it.
      ...(template === "seed" && seedYears >= 3 ? [{match: {key: "assets.fixed"}, amount: m.assets.fixed, flags: {}}] : []),
      ...(d.procurement > 0n && template !== "shanghai_final" ? [{match: {key: "procurement.total"}, amount: d.procurement, flags: {}}] : []),
    ];
    if (!options.length) return null;
    const o = rng.pick(options);
    // 万元 with two decimals → 元: the cents times 100, written as a whole number.
    const yuan = (o.amount * 100n).toString();
    const detail = `${dec(o.amount)}万元 written as ${yuan}万元 (元 magnitude)`;
    return {anomaly: {rule: "unit_scale", key: o.match.key, detail}, tweaks: [{kind: "amount", match: o.match, nth: "all", value: yuan}], flags: o.flags};
  },
  change_without_reason({d, pd, template, rng}) {
    // Shanghai's 预算 gives the total's change and 机关运行经费 no reason at all (as the real files do): only 三公 parts.
    const shanghai = template === "shanghai_budget";
    const options = [
      ...(shanghai ? [] : [{key: "income.total", flag: "income", delta: d.total - pd.total}]),
      ...(shanghai ? [] : [{key: "operating_cost", flag: "operating_cost", delta: d.operatingCost - pd.operatingCost}]),
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
