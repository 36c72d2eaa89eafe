import type {LabelRule, LabelVocabulary} from "../reference/label-vocabulary.ts";
import type {Basis, DocKind, Measure} from "../types.ts";

/**
 * The narrative's reading of labels: which stripped label names which fact key. The words are the rows of
 * data/reference/labels.csv (see pipeline/reference/label-vocabulary.ts); this module holds the order in which the
 * groups of rows are tried. Labels must match a rule EXACTLY (after `stripLabel`); a label no rule matches is not
 * guessed at — its amount is listed as unplaced.
 */

export interface KeyHit {
  key: string;
  /** A basis fixed by the label itself; otherwise the key takes the section's basis (or none). */
  basis?: Basis | null;
  /** The narrative suffix the label ended with (预算, 安排 …), not part of the noun that names the fact. */
  suffix?: string;
  /** The words the vocabulary marks as the line's name (a `(?<name>…)` group of its pattern): the fact's label. */
  name?: string;
  /** A `narrative_suffix` word the label ended with (预算数, 总额 …), kept in the fact's label except where named. */
  kept?: string;
}

/** Keys whose basis comes from the section they are stated in (the rest carry none, or their own). */
export const CONTEXT_BASIS_KEYS = new Set([
  "expenditure.total",
  "expenditure.current_year",
  "expenditure.basic",
  "expenditure.project",
  "expenditure.reserve",
  "expenditure.carryforward",
  "expenditure.carryover_end",
  "expenditure.function",
  "basic.personnel",
  "basic.public",
  "basic.item",
  "function_detail",
  "project.item",
  "operating_cost",
]);

/** The hits of a rule, as KeyHits (a basis the rule fixes, else none: the section's). */
const hitsOf = (found: {rule: LabelRule; m: RegExpExecArray} | null): KeyHit[] | null => {
  if (!found) return null;
  const suffix = found.m.groups?.sfx || undefined;
  const name = found.m.groups?.name || undefined;
  const kept = found.m.groups?.kept || undefined;
  return found.rule.hits.map((h) => ({key: h.key, ...(h.basis ? {basis: h.basis} : {}), ...(suffix ? {suffix} : {}), ...(name ? {name} : {}), ...(kept ? {kept} : {})}));
};

export interface LexiconCtx {
  vocab: LabelVocabulary;
  threePublic: boolean;
  kind: "money" | "percent" | "count";
  docKind: DocKind | null;
}

/** Keys a stripped label names, or null. Function-class labels are resolved elsewhere (they need the tables). */
export function lookupLabel(label: string, ctx: LexiconCtx): KeyHit[] | null {
  const hit = dropCarryoverSide(label, lookupExact(label, ctx), ctx);
  if (hit || ctx.kind !== "money") return hit;
  // NOTE: Jiangsu writes "公务接待费预算支出", "政府性基金支出预算支出": the trailing 支出 names no other quantity.
  const bare = label.replace(/(?:预算)?支出(?:预算)?数?$/u, "");
  if (bare === label || !bare) return null;
  const again = lookupExact(bare, ctx);
  // "基本支出" without 支出 is not a label; only keys that are not themselves expenditure lines qualify.
  return again && !again.some((h) => h.key.startsWith("expenditure.") && h.key !== "expenditure.gov_fund") ? again.map(({key, basis, name}) => ({key, ...(basis !== undefined ? {basis} : {}), ...(name ? {name} : {})})) : null;
}

function lookupExact(label: string, ctx: LexiconCtx): KeyHit[] | null {
  const {vocab, docKind} = ctx;
  if (ctx.kind === "count") return hitsOf(vocab.exec("narrative_count", label, docKind));
  if (ctx.kind === "percent") return hitsOf(vocab.exec("narrative_percent", label, docKind));
  if (ctx.threePublic) {
    // NOTE: "一般公共预算拨款安排的会议费预算支出": the qualifier only repeats what the 三公 section says.
    const q = vocab.exec("narrative_three_public_qualifier", label, docKind);
    const hit = hitsOf(vocab.exec("narrative_three_public", q ? label.slice(q.m[0].length) : label, docKind));
    if (hit) return hit;
  }
  const whole = hitsOf(vocab.exec("narrative", label, docKind));
  if (whole) return whole;
  const prefix = vocab.exec("basis_prefix", label, docKind);
  if (prefix) {
    const basis = prefix.rule.hits[0].basis!;
    const hit = hitsOf(vocab.exec("narrative_expenditure", label.slice(prefix.m[0].length), docKind));
    if (!hit) return null;
    // NOTE: "政府性基金预算拨款安排的支出" is the government-fund expenditure line, a key of its own.
    if (basis === "gov_fund" && hit[0].key === "expenditure.total") return [{key: "expenditure.gov_fund"}];
    return hit.map((h) => ({...h, basis}));
  }
  return hitsOf(vocab.exec("narrative_expenditure", label, docKind));
}

/** The basis a section title implies, or null. */
export function basisOfTitle(vocab: LabelVocabulary, title: string): Basis | null {
  // NOTE: a numbered line such as "1．一般公共服务（类）…（项目）2024年预算数为…" is content, not a heading that
  // names a basis; its "支出" must not make everything beneath it "total".
  if (/（[0-9]*(?:类|款|项目?)）|[（(][0-9]*(?:类|款|项目?)[）)]/u.test(title)) return null;
  return vocab.first("section_title_basis", title)?.hits[0].basis ?? null;
}

/**
 * NOTE: in final accounts 收入支出总计 includes 年初/年末结转和结余; the expenditure side of that 总计 is not
 * 本年支出合计 (expenditure.total), so only the income side is kept there.
 */
function dropCarryoverSide(label: string, hits: KeyHit[] | null, ctx: LexiconCtx): KeyHit[] | null {
  if (!hits || ctx.docKind !== "final" || !/总计/u.test(label) || hits.length < 2) return hits;
  return hits.filter((h) => h.key !== "expenditure.total");
}

/**
 * Measure words: which figure of a year an amount is, as the words after its label say ("财政拨款支出年初预算",
 * "公务接待费支出决算", "2022年当年预算执行数"): the `measure_word` rows, tried in order at the end of a label; the
 * first that matches wins. In a final account 执行数 is the amount spent (actual); in a budget document it is the
 * estimate of the year before. The label without it, and the word; null when it names none.
 */
export function splitMeasure(vocab: LabelVocabulary, label: string): {rest: string; measure: Measure; word: string} | null {
  for (const rule of vocab.rules("measure_word")) {
    const m = rule.re.exec(label);
    if (!m) continue;
    const rest = label.slice(0, m.index);
    // "一般公共预算" is a basis, not a measure word.
    if (/(?:一般公共|基金|资本经营)$/u.test(rest)) return null;
    return {rest, measure: rule.hits[0].measure!, word: m[0]};
  }
  return null;
}

/** The measure a comparison's words name ("比2023年度决算数", "比上年预算执行数", "比2025年年初预算数"), or null. */
export function measureNamed(vocab: LabelVocabulary, words: string): Measure | null {
  return vocab.first("comparison_measure", words.replace(/\s+/gu, ""))?.hits[0].measure ?? null;
}

/**
 * What a final account says its 三公 table's 预算数 is: "预算数为“三公”经费全年预算数" (the adjusted budget) or
 * "…年初预算数" (the initial one). The narrative's 三公 "预算" follows the table's definition; null when not said.
 */
export function threePublicBudgetMeasure(text: string): Measure | null {
  const m = /预算数(?:为|是|指)“?三公“?经费(年初|全年|调整后?的?)预算数/u.exec(text.replace(/[\s\u3000]+/gu, "").replace(/["”“]/gu, "“"));
  if (!m) return null;
  return m[1] === "年初" ? "budget_initial" : "budget_adjusted";
}
