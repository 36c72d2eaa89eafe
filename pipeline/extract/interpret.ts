import {equal, neg, sub} from "../lib/decimal.ts";
import type {Basis, DocKind, SectionRecord} from "../types.ts";
import type {AmountToken} from "./amount-scan.ts";
import type {Classifier} from "./classify.ts";
import {contextAt, type SectionContext} from "./context.ts";
import {isPathFiller, parseFunctionPath} from "./function-path.ts";
import {stripLabel, withoutLeadingOrg} from "./labels.ts";
import {CONTEXT_BASIS_KEYS, lookupLabel} from "./lexicon.ts";
import {parseReasons, REASON_INTRO, reasonBlockEnd, directionOf, type ParsedReason} from "./reasons.ts";
import {clauseStart, splitSentences, type Sentence} from "./sentences.ts";

/**
 * Reads a document sentence by sentence and decides what each amount is: a fact, the share of a fact, a change
 * (delta or stated prior), a reason of a change, or nothing we can place with confidence (unplaced, with why).
 */

export interface FactMention {
  token: AmountToken;
  key: string;
  basis: Basis | null;
  code: string | null;
  label: string | null;
  parent: string | null;
  share_pct: string | null;
  share_pct_as_written: string | null;
  path_as_written: string | null;
  section: string;
  sentence: Sentence;
}

export interface ChangeMention {
  subject: FactMention;
  token: AmountToken | null;
  compare_year: number | null;
  delta: string;
  prior: string;
  prior_source: "stated" | "implied";
  pct: string | null;
  pct_as_written: string | null;
  section: string;
  sentence: Sentence;
  reasons: ParsedReason[];
}

export interface Placement {
  token: AmountToken;
  role: string;
  key: string | null;
  section: string;
  sentence: Sentence;
  why?: string;
}

export interface Interpretation {
  facts: FactMention[];
  changes: ChangeMention[];
  placements: Placement[];
}

const CMP_RE = /(?:比|较|与|和|同)(?:(20\d\d)年度?|上年度?|上一年度?|去年)(?:同期)?|同比/u;
const VERB_END = /(?:增加|增长|新增|调增|提高|上升|减少|下降|降低|压减|调减|核减|增|减)了?\s*$/u;
const VERB_START = /^\s*[，,]?\s*(?:增长|增加|减少|下降|降低|持平|上升)/u;
const SAME_AS = /^\s*[，,]\s*(?:与|和|同)(?:(20\d\d)年度?|上年度?)(?:相比)?(?:保持)?(?:一致|持平|相同|相当)/u;
const LIST_INTRO = /^[^。；;]{0,6}?(?:主要包括|包括|主要用于|用于|其中)/u;

interface ListState {
  kind: "function" | "basic";
  parent: string;
  basis: Basis | null;
  items: FactMention[];
}

export function interpret(text: string, tokens: AmountToken[], sections: SectionRecord[], cls: Classifier, docYear: number | null, unit: string | null, kind: DocKind | null = "budget"): Interpretation {
  const facts: FactMention[] = [];
  const changes: ChangeMention[] = [];
  const placements: Placement[] = [];
  let lastSection = "";
  let lastFactInSection: FactMention | null = null;
  let lastChangeInSection: ChangeMention | null = null;
  let lastBasis: Basis | null = null;

  const place = (token: AmountToken, role: string, key: string | null, ctx: SectionContext, sentence: Sentence, why?: string) =>
    placements.push({token, role, key, section: ctx.path, sentence, why});

  for (const sentence of splitSentences(text)) {
    const [s0, s1] = sentence.span;
    const ctx = contextAt(sections, s0, cls);
    if (ctx.path !== lastSection) {
      lastSection = ctx.path;
      lastFactInSection = null;
      lastChangeInSection = null;
      lastBasis = null;
    }
    const toks = tokens.filter((t) => t.span[0] >= s0 && t.span[1] <= s1 && !(t.kind === "count" && ctx.descriptive));
    const blocks: [number, number][] = [];
    for (const m of sentence.text.matchAll(REASON_INTRO)) {
      const from = s0 + m.index! + m[0].length;
      if (blocks.some(([a, b]) => from >= a && from <= b)) continue;
      blocks.push([from, reasonBlockEnd(text, from, s1)]);
    }
    let lastFact: FactMention | null = null;
    let change: ChangeMention | null = null;
    let list: ListState | null = null;

    const events = [...toks.filter((t) => !blocks.some(([a, b]) => t.span[0] >= a && t.span[1] <= b)).map((t) => ({pos: t.span[0], t})), ...blocks.map((b) => ({pos: b[0], b}))].sort((a, b) => a.pos - b.pos);

    for (const ev of events) {
      if ("b" in ev && ev.b) {
        const [from, to] = ev.b;
        const target = change ?? (lastChangeInSection && lastChangeInSection.reasons.length === 0 ? lastChangeInSection : null);
        const reasons = parseReasons(text, from, to, toks);
        for (const r of reasons) {
          if (!target) {
            for (const t of [r.deltaToken, ...r.parts.map((p) => p.token), ...r.loose]) if (t) place(t, "unplaced", null, ctx, sentence, "reason without a stated change");
            continue;
          }
          if (r.deltaToken) place(r.deltaToken, "reason", target.subject.key, ctx, sentence);
          for (const p of r.parts) place(p.token, "reason_part", target.subject.key, ctx, sentence);
          for (const t of r.loose) place(t, "unplaced", null, ctx, sentence, "reason amount without a direction (增加/减少) or one of several");
        }
        if (target) target.reasons.push(...reasons);
        continue;
      }
      const t = (ev as {t: AmountToken}).t;
      const cs = clauseStart(text, t.span[0], s0);
      const prefix = text.slice(cs, t.span[0]);
      const after = text.slice(t.span[1], s1);
      const rawLabel = text.slice(itemStart(text, t.span[0], s0), t.span[0]);

      if (t.kind === "percent") {
        if (/占[^，,；;。]{0,12}$/u.test(prefix) && lastFact) {
          if (lastFact.share_pct === null) {
            lastFact.share_pct = t.amount;
            lastFact.share_pct_as_written = t.amountAsWritten;
            place(t, "share", lastFact.key, ctx, sentence);
          } else place(t, "unplaced", null, ctx, sentence, "second share for one fact");
          continue;
        }
        const target = change ?? lastChangeInSection;
        if (VERB_END.test(prefix) && target && target.pct === null) {
          target.pct = directionOf(prefix) < 0 ? neg(t.amount) : t.amount;
          target.pct_as_written = t.amountAsWritten;
          place(t, "change_pct", target.subject.key, ctx, sentence);
          continue;
        }
      }

      const cmp = CMP_RE.exec(prefix);
      if (cmp && t.kind !== "percent") {
        const subject = lastFact ?? lastFactInSection;
        const compareYear = cmp[1] ? Number(cmp[1]) : docYear !== null ? docYear - 1 : null;
        const tail = prefix.slice(cmp.index + cmp[0].length);
        let made: ChangeMention | null = null;
        if (subject && subject.token.unit === t.unit && VERB_END.test(tail) && directionOf(tail) !== 0) {
          const delta = directionOf(tail) < 0 ? neg(t.amount) : t.amount;
          made = {subject, token: t, compare_year: compareYear, delta, prior: sub(subject.token.amount, delta), prior_source: "implied", pct: null, pct_as_written: null, section: ctx.path, sentence, reasons: []};
        } else if (subject && subject.token.unit === t.unit && !/[增减]/u.test(tail) && VERB_START.test(after)) {
          made = {subject, token: t, compare_year: compareYear, delta: sub(subject.token.amount, t.amount), prior: t.amount, prior_source: "stated", pct: null, pct_as_written: null, section: ctx.path, sentence, reasons: []};
        }
        if (made) {
          const dup = changes.find((c) => c.subject.key === made!.subject.key && c.subject.basis === made!.subject.basis && c.subject.code === made!.subject.code && c.subject.label === made!.subject.label && equal(c.delta, made!.delta));
          if (dup) change = dup;
          else {
            changes.push(made);
            change = made;
          }
          lastChangeInSection = change;
          place(t, made.prior_source === "stated" ? "prior" : "change", made.subject.key, ctx, sentence);
        } else place(t, "unplaced", null, ctx, sentence, subject ? "comparison whose direction or unit is unclear" : "change without a fact it is about");
        continue;
      }
      if (t.kind === "percent") {
        const label = stripLabel(rawLabel, unit);
        const hits = lookupLabel(label, {threePublic: ctx.threePublic, kind: "percent", docKind: kind});
        if (hits) {
          const f = mk(t, hits[0].key, null, null, label, null, null, ctx, sentence);
          facts.push(f);
          lastFact = f;
          place(t, "fact", f.key, ctx, sentence);
        } else place(t, "unplaced", null, ctx, sentence, "percentage that is neither a share nor a change");
        continue;
      }

      const label = stripLabel(rawLabel, unit);
      // NOTE: under a heading that names no basis ("部门预算情况说明"), the parts of a total share its basis:
      // "一般公共预算财政拨款支出…。其中：基本支出…" states general-budget basic spending.
      const basisCtx = ctx.basis === null && lastBasis !== null ? {...ctx, basis: lastBasis} : ctx;
      const made = placeFact(t, label, prefix, after, basisCtx, sentence, list, cls, kind);
      if (!made) {
        place(t, "unplaced", null, ctx, sentence, `label not recognised: "${label}"`);
        continue;
      }
      for (const f of made.facts) facts.push(f);
      place(t, made.role, made.facts[0].key, ctx, sentence);
      const head = made.facts[0];
      if (made.role === "fact") {
        lastFact = head;
        lastFactInSection = head;
        if (CONTEXT_BASIS_KEYS.has(head.key) && head.basis !== null) lastBasis = head.basis;
      }
      if (made.list !== undefined) {
        if (list) finishList(list, cls);
        list = made.list;
      }
      if (list && made.role === "item") list.items.push(head);
      const same = SAME_AS.exec(after);
      if (same && made.role === "fact") {
        const c: ChangeMention = {subject: head, token: null, compare_year: same[1] ? Number(same[1]) : docYear !== null ? docYear - 1 : null, delta: "0", prior: head.token.amount, prior_source: "implied", pct: null, pct_as_written: null, section: ctx.path, sentence, reasons: []};
        changes.push(c);
        change = c;
        lastChangeInSection = c;
      }
    }
    if (list) finishList(list, cls);
  }
  return {facts, changes, placements};
}

function mk(token: AmountToken, key: string, basis: Basis | null, code: string | null, label: string | null, parent: string | null, path: string | null, ctx: SectionContext, sentence: Sentence): FactMention {
  return {token, key, basis, code, label, parent, share_pct: null, share_pct_as_written: null, path_as_written: path, section: ctx.path, sentence};
}

/** A list's items are economic detail of a function line, or named projects (see the vocabulary). */
function finishList(list: ListState, cls: Classifier) {
  if (list.kind !== "function") return;
  const economic = list.items.filter((f) => f.label && cls.economic(f.label, ["30", "31"]) !== null).length;
  // NOTE: 行政运行/事业运行 lines list economic items (基本工资, 办公费 …); other lines list projects.
  const detail = /01$|50$/.test(list.parent) || (list.items.length > 0 && economic / list.items.length >= 0.75);
  for (const f of list.items) f.key = detail ? "function_detail" : "project.item";
}

function placeFact(t: AmountToken, label: string, prefix: string, after: string, ctx: SectionContext, sentence: Sentence, list: ListState | null, cls: Classifier, kind: DocKind | null): {facts: FactMention[]; role: string; list?: ListState | null} | null {
  const look = (l: string) => (t.kind === "money" || t.kind === "count" ? lookupLabel(l, {threePublic: ctx.threePublic && !list, kind: t.kind, docKind: kind}) : null);
  let hits = look(label);
  // NOTE: "县总工会公务车辆1辆": a short form of the unit's name before the label, with no year to mark where it ends.
  const bare = hits || list ? null : withoutLeadingOrg(label);
  if (bare && look(bare)) {
    hits = look(bare);
    label = bare;
  }
  const isGroupHeader = hits?.some((h) => h.key === "basic.personnel" || h.key === "basic.public");
  if (list && t.kind === "money" && label && !isGroupHeader) {
    if (list.kind === "basic") {
      const prefixes = list.parent === "personnel" ? ["301", "303"] : ["302", "310"];
      return {facts: [mk(t, "basic.item", list.basis, cls.economic(label, prefixes), label, list.parent, null, ctx, sentence)], role: "item"};
    }
    return {facts: [mk(t, "function_detail", list.basis, null, label, list.parent, null, ctx, sentence)], role: "item"};
  }
  if (t.kind === "money" && /（[0-9]*(?:类|款|项目?)）/u.test(label)) {
    const path = parseFunctionPath(label, cls, ctx.classFromHeading);
    if (!path || !path.code || !isPathFiller(path.rest)) return null;
    const f = mk(t, "expenditure.function", ctx.basis, path.code, path.name || cls.functionName(path.code), null, path.asWritten, ctx, sentence);
    const opensList = LIST_INTRO.test(after.replace(/^[，,]/u, ""));
    return {facts: [f], role: "fact", list: opensList ? {kind: "function", parent: path.code, basis: ctx.basis, items: []} : undefined};
  }
  if (hits) {
    const facts = hits.map((h) => {
      const basis = h.basis !== undefined ? h.basis : CONTEXT_BASIS_KEYS.has(h.key) ? ctx.basis : null;
      return mk(t, h.key, basis ?? null, null, label || null, null, null, ctx, sentence);
    });
    const head = facts[0];
    const opensList = isGroupHeader && LIST_INTRO.test(after.replace(/^[，,]\s*/u, ""));
    const newList: ListState | null | undefined = isGroupHeader ? (opensList ? {kind: "basic", parent: head.key === "basic.personnel" ? "personnel" : "public", basis: head.basis, items: []} : null) : undefined;
    return {facts, role: "fact", list: newList};
  }
  if (t.kind === "money") {
    const code = cls.functionClass(label);
    if (code) return {facts: [mk(t, "expenditure.function", ctx.basis, code, label, null, null, ctx, sentence)], role: "fact"};
    // NOTE: "单价50万元以上通用设备无": the threshold the asset report is stated against.
    if (/单价$/u.test(prefix) && /^以上/u.test(after)) {
      const what = /^以上([\p{Script=Han}]{2,12}?设备)/u.exec(after)?.[1] ?? "设备";
      return {facts: [mk(t, "assets.equipment_threshold", null, null, `单价${t.asWritten}以上${what}`, null, null, ctx, sentence)], role: "fact"};
    }
  }
  return null;
}

/** Start of a list item's label: the last clause delimiter or 、 — except the 、 of "收、支" (收入、支出 together). */
function itemStart(text: string, pos: number, min: number): number {
  for (let i = pos - 1; i >= min; i--) {
    const c = text[i];
    if (c === "、" && text[i - 1] === "收" && text[i + 1] === "支") continue;
    if (/[，,；;：:、]/u.test(c)) return i + 1;
  }
  return min;
}
