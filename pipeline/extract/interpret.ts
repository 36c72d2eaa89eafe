import {equal, neg, sub} from "../lib/decimal.ts";
import type {LabelVocabulary} from "../reference/label-vocabulary.ts";
import type {Basis, DocKind, Measure, SectionRecord} from "../types.ts";
import type {AmountToken} from "./amount-scan.ts";
import type {Classifier} from "./classify.ts";
import {contextAt, type SectionContext} from "./context.ts";
import {DOWN_VERBS, UP_VERBS} from "./direction-verbs.ts";
import {isPathFiller, parseFunctionPath} from "./function-path.ts";
import {leadingOrgCuts, normLabel, stripLabel, withoutLeadingOrg} from "./labels.ts";
import {basisOfTitle, CONTEXT_BASIS_KEYS, lookupLabel, measureNamed, splitMeasure, threePublicBudgetMeasure} from "./lexicon.ts";
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
  /** Which figure of the year (see FactRecord.measure): null in budget documents, "actual" unless the words say
   * otherwise in final accounts. */
  measure: Measure | null;
  rate_pct: string | null;
  rate_pct_as_written: string | null;
  rate_base: Measure | null;
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
  prior_measure: Measure | null;
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

// NOTE: PDF text layers put spaces between digits and Han characters ("比 2023 年度决算数增加").
const CMP_RE = /(?:比|较|与|和|同)\s*(?:(20\d\d)\s*年度?|上年度?|上一年度?|去年)(?:同期)?|同比/u;
/** A comparison standing as a clause of its own: "…，与2023年相比，" (the verb follows in the next clause). */
const CMP_LEAD_CLAUSE = /(?:与|和|同)\s*(?:(20\d\d)\s*年度?|上年度?|上一年度?|去年)(?:同期)?\s*(?:相比|比较)\s*[，,]\s*$/u;
/**
 * The verb's clause restating the total just stated: "收、支总计各增加", "各增加", "增加", and with the fund named as
 * Jiangsu's tables do ("财政拨款收、支总计各增加", "财政拨款支出增加", "一般公共预算财政拨款支出增加").
 */
const LEAD_RESTATES_TOTAL = /^(?:(?:一般公共预算)?(?:财政拨款)?(?:收[、，]?支(?:预算)?总计|支出))?各?$/u;
/** A final account compares its actual with the same year's budget: "比年初预算数增加", "较预算数减少". */
const CMP_SAME_YEAR_RE = /(?:比|较)\s*(?=(?:年初|全年|调整后?的?)?预算数?)/u;
/** A sentence saying what a line is for ("主要用于：…", "用于…"), with no amount of its own. */
const USE_SENTENCE = /^\s*(?:主要)?用于/u;

/** A completion rate: "完成年初预算的91.14%", "完成预算的60.46%", "预算完成率为98%". */
const RATE_RE = /完成\s*(年初|全年|调整后?的?)?\s*预算数?\s*(?:[0-9０-９.,，]+\s*万元\s*)?的\s*$|(?:预算)?(?:完成率|执行率)(?:为|达到?)?\s*$/u;
const VERB_END = new RegExp(`(?:${UP_VERBS}|${DOWN_VERBS})了?\\s*$`, "u");
const VERB_START = /^\s*[，,]?\s*(?:增长|增加|减少|下降|降低|持平|上升)/u;
const SAME_AS = /^\s*[，,]\s*(?:与|和|同)(?:(20\d\d)年度?|上年度?)(?:相比)?(?:保持)?(?:一致|持平|相同|相当)/u;
/** A sentence whose subject is one project: "该项目…", "本项目…", "项目全年预算数为…". */
const ONE_PROJECT = /(?:该|本|此)项目|项目(?:全年|年初)预算数/u;
/** Longest stretch before a clause that CMP_LEAD_CLAUSE can match ("与2023年度同期相比，" and spaces): the search looks no
 * further back, so a sentence of thousands of clauses is not rescanned from its start for each amount. */
const CMP_LEAD_WINDOW = 48;
const LIST_INTRO = /^[^。；;]{0,6}?(?:主要包括|包括|主要用于|用于|其中)/u;

interface ListState {
  kind: "function" | "basic";
  parent: string;
  basis: Basis | null;
  items: FactMention[];
}

export function interpret(text: string, tokens: AmountToken[], sections: SectionRecord[], cls: Classifier, vocab: LabelVocabulary, docYear: number | null, unit: string | null, kind: DocKind | null = "budget"): Interpretation {
  const facts: FactMention[] = [];
  const changes: ChangeMention[] = [];
  const placements: Placement[] = [];
  let lastSection = "";
  let lastFactInSection: FactMention | null = null;
  let lastChangeInSection: ChangeMention | null = null;
  let lastBasis: Basis | null = null;
  // In a final account every amount is the 决算数 unless its words name another figure.
  const defaultMeasure: Measure | null = kind === "final" ? "actual" : null;
  const tpBudget = kind === "final" ? threePublicBudgetMeasure(text) : null;
  // A classification path stated as a sentence of its own ("1.一般公共服务（类）信访事务（款）行政运行（项）。"): the
  // subject of the amounts of the next sentence ("年初预算为…，支出决算为…").
  let pathSubject: FactMention | null = null;

  const sentenceFacts = new SentenceFacts(facts);
  const lineStartOf = lineStarts(text);

  const place = (token: AmountToken, role: string, key: string | null, ctx: SectionContext, sentence: Sentence, why?: string) =>
    placements.push({token, role, key, section: ctx.path, sentence, why});

  for (const sentence of splitSentences(text)) {
    const [s0, s1] = sentence.span;
    const ctx = contextAt(sections, s0, cls, vocab);
    if (ctx.path !== lastSection) {
      lastSection = ctx.path;
      lastFactInSection = null;
      lastChangeInSection = null;
      lastBasis = null;
      pathSubject = null;
    }
    sentenceFacts.start(sentence);
    let oneProject: boolean | undefined;
    const toks = tokensWithin(tokens, s0, s1).filter((t) => !(t.kind === "count" && ctx.descriptive));
    const subjectOfPath: FactMention | null = pathSubject;
    // NOTE: the national 决算 template says what a line is for between its path and its amounts ("1、…行政运行（项）。
    // 主要用于：局本部人员经费…。年初预算为…"): a sentence of that kind, with no amount, keeps the path as the subject.
    pathSubject = toks.length === 0 ? (pathSentence(sentence, ctx, cls, unit) ?? (subjectOfPath && USE_SENTENCE.test(sentence.text) ? subjectOfPath : null)) : null;
    // A budget document's figure of the year before ("2022年当年预算执行数为11.67万元"): the prior of a comparison
    // that follows ("比2022年预算执行数增加314.82%"); unplaced when none does.
    let pendingPrior: {token: AmountToken; year: number | null; measure: Measure} | null = null;
    // A measure-only amount whose subject could not be found: a later "支出决算为…" of the sentence restates it too.
    let restatementFailed = false;
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
        // NOTE: a PDF text layer breaks lines inside a phrase ("完成年初预\n算的 100.71%") and letter-spaces it
        // ("完 成 预 算 的99.95%"): the rate phrase is read with its whitespace dropped.
        const rate = RATE_RE.exec(prefix.replace(/\s+/gu, ""));
        if (rate) {
          const target = sentenceFacts.lastActual();
          if (target && target.rate_pct === null) {
            target.rate_pct = t.amount;
            target.rate_pct_as_written = t.amountAsWritten;
            target.rate_base = rateBase(rate[1], ctx.threePublic ? tpBudget : null, /完成率|执行率/u.test(rate[0]));
            place(t, "rate", target.key, ctx, sentence);
          } else place(t, "unplaced", null, ctx, sentence, "completion rate without an actual amount it is the rate of");
          continue;
        }
        const cmpPct = CMP_RE.exec(prefix);
        // NOTE: when the sentence restates the current amount and that restatement matched nothing ("2023年预算安排
        // 441.25万元" under a line of 220.63), it is not known which amount the percentage compares: no change.
        if (pendingPrior && !restatementFailed && cmpPct && VERB_END.test(prefix) && measureNamed(vocab, prefix.slice(cmpPct.index)) === pendingPrior.measure) {
          const subject = lastFact ?? lastFactInSection;
          if (subject && subject.token.unit === pendingPrior.token.unit) {
            const c: ChangeMention = {subject, token: pendingPrior.token, compare_year: cmpPct[1] ? Number(cmpPct[1]) : pendingPrior.year, delta: sub(subject.token.amount, pendingPrior.token.amount), prior: pendingPrior.token.amount, prior_source: "stated", prior_measure: pendingPrior.measure, pct: directionOf(prefix) < 0 ? neg(t.amount) : t.amount, pct_as_written: t.amountAsWritten, section: ctx.path, sentence, reasons: []};
            changes.push(c);
            change = c;
            lastChangeInSection = c;
            place(pendingPrior.token, "prior", subject.key, ctx, sentence);
            place(t, "change_pct", subject.key, ctx, sentence);
            pendingPrior = null;
            continue;
          }
        }
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

      const cmpOther = CMP_RE.exec(prefix);
      // NOTE: "收、支总计22066.59万元，与2023年相比，收、支总计各增加5834.37万元": the comparison stands in a clause of
      // its own before the verb. Taken only when the verb's clause names nothing but the total already stated.
      const lead = !cmpOther && t.kind !== "percent" ? CMP_LEAD_CLAUSE.exec(text.slice(Math.max(s0, cs - CMP_LEAD_WINDOW), cs)) : null;
      const cmpLead = lead && LEAD_RESTATES_TOTAL.test(prefix.replace(VERB_END, "").replace(/\s/gu, "")) ? {index: 0, 0: "", 1: lead[1]} : null;
      const cmp = cmpOther ?? cmpLead ?? (kind === "final" ? CMP_SAME_YEAR_RE.exec(prefix) : null);
      if (cmp && t.kind !== "percent") {
        // NOTE: "工资福利支出（301）478.83万元，较上年增加286.42万元" where 478.83 could not be placed: the change is of
        // that amount, not of the last fact before it (the sentence's total). No subject, no change.
        const prevMoney = lastPlacementOf(placements, sentence, (p) => p.token.kind === "money" && p.token.span[0] < t.span[0]);
        if (prevMoney && prevMoney.role === "unplaced" && prevMoney.why?.startsWith("label not recognised")) {
          place(t, "unplaced", null, ctx, sentence, "change of an amount that could not be placed");
          continue;
        }
        const subject = lastFact ?? lastFactInSection;
        // NOTE: a final account's "比年初预算数增加" compares with the same year's budget, not the year before.
        const compareYear = cmp[1] ? Number(cmp[1]) : !cmpOther && !cmpLead ? docYear : docYear !== null ? docYear - 1 : null;
        const tail = prefix.slice(cmp.index + cmp[0].length);
        let priorMeasure = measureNamed(vocab, tail);
        if (priorMeasure === "budget" && kind === "final" && ctx.threePublic && tpBudget) priorMeasure = tpBudget;
        let made: ChangeMention | null = null;
        if (subject && subject.token.unit === t.unit && VERB_END.test(tail) && directionOf(tail) !== 0) {
          const delta = directionOf(tail) < 0 ? neg(t.amount) : t.amount;
          made = {subject, token: t, compare_year: compareYear, delta, prior: sub(subject.token.amount, delta), prior_source: "implied", prior_measure: priorMeasure, pct: null, pct_as_written: null, section: ctx.path, sentence, reasons: []};
        } else if (subject && subject.token.unit === t.unit && !/[增减]/u.test(tail) && VERB_START.test(after)) {
          made = {subject, token: t, compare_year: compareYear, delta: sub(subject.token.amount, t.amount), prior: t.amount, prior_source: "stated", prior_measure: priorMeasure, pct: null, pct_as_written: null, section: ctx.path, sentence, reasons: []};
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
        const hits = lookupLabel(label, {vocab, threePublic: ctx.threePublic, kind: "percent", docKind: kind});
        if (hits) {
          const f = mk(t, hits[0].key, null, null, label, null, null, ctx, sentence);
          facts.push(f);
          lastFact = f;
          place(t, "fact", f.key, ctx, sentence);
        } else place(t, "unplaced", null, ctx, sentence, "percentage that is neither a share nor a change");
        continue;
      }

      // "完成预算0万元的0%": the budget the actual amount before it is measured against.
      const ofBudget = t.kind === "money" && kind === "final" ? /完成(年初|全年|调整后?的?)?预算数?$/u.exec(prefix.replace(/\s+/gu, "")) : null;
      if (ofBudget && /^\s*的/u.test(after)) {
        const m: Measure | null = ofBudget[1] === "年初" ? "budget_initial" : ofBudget[1] ? "budget_adjusted" : ctx.threePublic ? tpBudget : null;
        if (lastFact && lastFact.measure === "actual" && m) {
          const f: FactMention = {...lastFact, token: t, measure: m, share_pct: null, share_pct_as_written: null, rate_pct: null, rate_pct_as_written: null, rate_base: null, section: ctx.path, sentence};
          facts.push(f);
          place(t, "fact", f.key, ctx, sentence);
        } else place(t, "unplaced", null, ctx, sentence, "the budget a completion rate is of, with no actual amount before it or no stated kind of budget");
        continue;
      }
      let label = stripLabel(rawLabel, unit);
      let measure: Measure | null = defaultMeasure;
      const mw = t.kind === "money" ? splitMeasure(vocab, label) : null;
      const labelYear = /(20\d\d)\s*年/u.exec(rawLabel)?.[1];
      if (mw && kind === "final") {
        let m: Measure | null = mw.measure === "execution_estimate" ? "actual" : mw.measure;
        if (m === "budget") m = ctx.threePublic ? tpBudget : null;
        if (m === null) {
          place(t, "unplaced", null, ctx, sentence, `a final account's ${mw.word} that does not say which budget it is (年初 or 调整/全年)`);
          continue;
        }
        measure = m;
        label = mw.rest;
      } else if (mw && mw.measure === "execution_estimate") {
        if (pendingPrior) place(pendingPrior.token, "unplaced", null, ctx, sentence, "another year's figure that no comparison uses");
        pendingPrior = {token: t, year: labelYear ? Number(labelYear) : docYear !== null ? docYear - 1 : null, measure: "execution_estimate"};
        continue;
      }
      // A label that is only a measure word ("年初预算为…，支出决算为…", "2026年预算数…" under the heading that
      // names the fact): the amount states the subject of the sentence, of its path sentence or of its heading.
      if (mw && (mw.rest === "" || (kind === "final" && mw.rest === "支出"))) {
        if (labelYear && docYear !== null && Number(labelYear) !== docYear) {
          place(t, "unplaced", null, ctx, sentence, `a figure of ${labelYear}, not of the document's year`);
          continue;
        }
        const subject = restatedSubject(t, measure, lastFact, subjectOfPath, lastFactInSection, ctx, sections, cls, vocab, unit, kind);
        if (subject) {
          const f: FactMention = {...subject, token: t, measure, share_pct: null, share_pct_as_written: null, rate_pct: null, rate_pct_as_written: null, rate_base: null, section: ctx.path, sentence};
          facts.push(f);
          lastFact = f;
          lastFactInSection = f;
          place(t, "fact", f.key, ctx, sentence);
          continue;
        }
        if (mw.rest === "" || restatementFailed) {
          restatementFailed = true;
          place(t, "unplaced", null, ctx, sentence, `"${mw.word}" with no subject it restates`);
          continue;
        }
      }
      // "公务接待10批次、152人次", "出国团组2个、12人次": the persons of the count just stated.
      const paired = t.kind === "count" && label === "" && lastFact ? PAIRED_COUNT[lastFact.key] : undefined;
      if (paired && t.unit === "人") {
        const f = mk(t, paired, null, null, lastFact!.label, null, null, ctx, sentence);
        f.measure = measure;
        facts.push(f);
        lastFact = f;
        place(t, "fact", f.key, ctx, sentence);
        continue;
      }
      // NOTE: a sentence about one project ("该项目批复的年初预算数为1018.00万元，其中当年财政拨款898.00万元，上年结转
      // 120.00万元", a 绩效评价 annex's "项目全年预算数为…") states that project's funding, not the department's: its
      // 上年结转 is not the document's 年初结转和结余.
      if ((oneProject ??= ONE_PROJECT.test(sentence.text))) {
        place(t, "unplaced", null, ctx, sentence, "an amount of one project (该项目…), not of the whole document");
        continue;
      }
      // NOTE: under a heading that names no basis ("部门预算情况说明"), the parts of a total share its basis:
      // "一般公共预算财政拨款支出…。其中：基本支出…" states general-budget basic spending.
      // NOTE: under a heading of all funds ("四、预算单位支出情况"), "财政拨款安排支出X元，其中：基本支出Y元": the parts
      // after 其中 split the narrower total just stated in the sentence, so they share its basis.
      const splitHead = sentenceFacts.lastSplitHead();
      // NOTE: "财政拨款安排支出X元，其中：基本支出Y元，与上年对比增加…，主要原因分析：…；项目支出Z元": the 其中 follows the
      // first fact of that basis in the sentence, not the part just before; every part after it shares the basis.
      const headOfBasis = splitHead ? sentenceFacts.firstWithBasis(splitHead.basis!) : undefined;
      const narrowed =
        splitHead && headOfBasis && ctx.basis === "total" && splitHead.basis !== "total" && /其中/u.test(text.slice(headOfBasis.token.span[1], t.span[0])) ? splitHead.basis : null;
      // NOTE: "财政拨款安排支出按功能科目分类情况，主要用于：" and a coded line per function class: the line that
      // introduces the coded lines names their funds.
      const intro = codedListIntro(text, lineStartOf(t.span[0]));
      const introBasis = ctx.basis === "total" && intro ? basisOfTitle(vocab, intro) : null;
      const listBasis = introBasis && introBasis !== "total" ? introBasis : null;
      const basisCtx: SectionContext = narrowed ? {...ctx, basis: narrowed} : listBasis ? {...ctx, basis: listBasis} : ctx.basis === null && lastBasis !== null ? {...ctx, basis: lastBasis} : ctx;
      const made: ReturnType<typeof placeFact> = placeFact(t, label, prefix, after, basisCtx, sentence, list, cls, vocab, kind) ?? incomePart(t, label, text, sentenceFacts.firstIncomeWhole(), vocab, ctx, sentence, kind);
      if (!made) {
        place(t, "unplaced", null, ctx, sentence, `label not recognised: "${label}"`);
        continue;
      }
      for (const f of made.facts) {
        f.measure = measure;
        if (kind === "final" && made.role === "fact" && f.label && f.code === null) f.label = nounOf(vocab, f.label, f.key, rawLabel, ctx, kind, mw !== null);
        else if (made.role === "fact" && f.label && f.code === null) f.label = withThisYear(vocab, f.label, f.key, rawLabel, ctx, kind);
        facts.push(f);
      }
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
        const c: ChangeMention = {subject: head, token: null, compare_year: same[1] ? Number(same[1]) : docYear !== null ? docYear - 1 : null, delta: "0", prior: head.token.amount, prior_source: "implied", prior_measure: null, pct: null, pct_as_written: null, section: ctx.path, sentence, reasons: []};
        changes.push(c);
        change = c;
        lastChangeInSection = c;
      }
    }
    if (list) finishList(list, cls);
    if (pendingPrior) place(pendingPrior.token, "unplaced", null, ctx, sentence, "another year's figure that no comparison uses");
  }
  for (const f of facts) if (f.measure === null) f.measure = defaultMeasure;
  return {facts, changes, placements};
}

/**
 * A final account's label as the noun that names the quantity, its qualifiers carried by the fact's fields: the
 * basis prefix ("财政拨款基本支出" → 基本支出, basis general_budget), the 支出 of "…费支出决算" (the measure phrase
 * 支出决算, measure actual), and
 * 本年 kept where the row is called so ("本年收入合计"). The same noun the standard tables use for the row.
 */
function nounOf(vocab: LabelVocabulary, label: string, key: string, rawLabel: string, ctx: SectionContext, kind: DocKind | null, hadMeasureWord: boolean): string {
  const look = (l: string) => lookupLabel(l, {vocab, threePublic: ctx.threePublic, kind: "money", docKind: kind})?.some((h) => h.key === key) ?? false;
  let noun = label;
  const prefix = /^(?:一般公共预算|政府性基金预算?|国有资本经营预算?)?(?:财政)?(?:拨款)?(?:安排的)?/u.exec(noun)?.[0] ?? "";
  if (prefix && key.startsWith("expenditure.") && key !== "expenditure.total" && look(noun.slice(prefix.length))) noun = noun.slice(prefix.length);
  const bare = noun.replace(/支出$/u, "");
  // "公务接待费支出决算": 支出决算 is the measure phrase; "机关运行经费支出" without one keeps its 支出.
  if (hadMeasureWord && bare !== noun && !key.startsWith("expenditure.") && look(bare)) noun = bare;
  return withThisYear(vocab, noun, key, rawLabel, ctx, kind);
}

/**
 * The label with the 本年 it was written with ("本年财政拨款收入", "本年收入合计"): the year words are taken off before
 * the label is looked up, but 本年 tells this year's income from the total with what was carried over, so it stays
 * where the vocabulary names the same key with it.
 */
function withThisYear(vocab: LabelVocabulary, noun: string, key: string, rawLabel: string, ctx: SectionContext, kind: DocKind | null): string {
  const look = (l: string) => lookupLabel(l, {vocab, threePublic: ctx.threePublic, kind: "money", docKind: kind})?.some((h) => h.key === key) ?? false;
  return normLabel(rawLabel).endsWith(`本年${noun}`) && look(`本年${noun}`) ? `本年${noun}` : noun;
}

/** What a completion rate is of: 完成年初预算的 → budget_initial; 完成全年/调整预算的 → budget_adjusted; 完成预算的 →
 * what the document says its 预算数 is (三公), else unnamed. */
function rateBase(word: string | undefined, defined: Measure | null, isRateWord: boolean): Measure | null {
  if (word === "年初") return "budget_initial";
  if (word) return "budget_adjusted";
  return isRateWord ? null : defined;
}

/** A sentence that is only a classification path ("1.一般公共服务（类）信访事务（款）行政运行（项）。"), as a subject. */
function pathSentence(sentence: Sentence, ctx: SectionContext, cls: Classifier, unit: string | null): FactMention | null {
  // NOTE: a PDF text layer wraps a long path anywhere ("…（款）离退休\n人员管理机构（项）", "…行政单位离退休\n（项）");
  // names have no whitespace, so it is dropped before the path is read.
  const body = sentence.text.replace(/\s+/gu, "").replace(/[。；;：:，,]+$/u, "");
  // "其中：1.一般公共服务（类）…（项）。": the path is what follows the last colon or semicolon.
  const label = stripLabel(body.slice(Math.max(body.lastIndexOf("："), body.lastIndexOf(":"), body.lastIndexOf("；"), body.lastIndexOf(";")) + 1), unit);
  if (!/（[0-9]*(?:类|款|项目?)）/u.test(label)) return null;
  const path = parseFunctionPath(label, cls, ctx.classFromHeading);
  if (!path || !path.code || path.rest !== "") return null;
  return {token: null as unknown as AmountToken, key: "expenditure.function", basis: ctx.basis, code: path.code, label: path.name || cls.functionName(path.code), parent: null, share_pct: null, share_pct_as_written: null, path_as_written: path.asWritten, measure: null, rate_pct: null, rate_pct_as_written: null, rate_base: null, section: ctx.path, sentence};
}

/**
 * The fact a measure-only amount restates. In a final account: the sentence's last fact at another measure
 * ("财政拨款支出年初预算为X，支出决算为Y"), else the path sentence before it. In a budget document: the section's
 * last fact when the amount is the same ("…（项）”45.41万元…。2023年预算安排45.41万元"), else the path sentence.
 * In both, the heading that names the fact when it is the section's first ("（一）因公出国（境）费用" → "2026年预算数
 * 45.19万元").
 */
function restatedSubject(t: AmountToken, measure: Measure | null, lastFact: FactMention | null, pathSubject: FactMention | null, lastFactInSection: FactMention | null, ctx: SectionContext, sections: SectionRecord[], cls: Classifier, vocab: LabelVocabulary, unit: string | null, kind: DocKind | null): FactMention | null {
  if (kind === "final") {
    if (lastFact && lastFact.measure !== measure && lastFact.token.unit === t.unit) return lastFact;
    if (pathSubject && !lastFact) return pathSubject;
  } else {
    if (lastFactInSection && lastFactInSection.token.unit === t.unit && equal(lastFactInSection.token.amount, t.amount) && !lastFact) return lastFactInSection;
    if (pathSubject && !lastFact) return pathSubject;
  }
  if (lastFact || lastFactInSection) return null;
  const section = sections.find((s) => s.path === ctx.path);
  if (!section) return null;
  const title = stripLabel(section.title, unit);
  const hits = lookupLabel(title, {vocab, threePublic: ctx.threePublic, kind: "money", docKind: kind});
  if (!hits || hits.length !== 1) return null;
  const h = hits[0];
  const basis = h.basis !== undefined ? h.basis : CONTEXT_BASIS_KEYS.has(h.key) ? ctx.basis : null;
  return {token: t, key: h.key, basis: basis ?? null, code: null, label: title, parent: null, share_pct: null, share_pct_as_written: null, path_as_written: null, measure, rate_pct: null, rate_pct_as_written: null, rate_base: null, section: ctx.path, sentence: null as unknown as Sentence};
}

/** A count and the count of persons that may follow it without a label of its own. */
/** The parts of the 三公 (not their total): labelled by the item they name. */
const THREE_PUBLIC_PARTS = new Set(["three_public.overseas", "three_public.reception", "three_public.vehicle", "three_public.vehicle_purchase", "three_public.vehicle_operation"]);

const PAIRED_COUNT: Record<string, string> = {"three_public.reception_batches": "three_public.reception_people", "three_public.overseas_groups": "three_public.overseas_people"};
/** The unit a 三公 count must be stated in: "公务接待10批次" is a count of receptions, "152人次" of persons. */
const COUNT_UNIT: Record<string, string> = {"three_public.overseas_groups": "个", "three_public.overseas_people": "人", "three_public.reception_batches": "次", "three_public.reception_people": "人", "three_public.vehicles_purchased": "辆"};

function mk(token: AmountToken, key: string, basis: Basis | null, code: string | null, label: string | null, parent: string | null, path: string | null, ctx: SectionContext, sentence: Sentence): FactMention {
  return {token, key, basis, code, label, parent, share_pct: null, share_pct_as_written: null, path_as_written: path, measure: null, rate_pct: null, rate_pct_as_written: null, rate_base: null, section: ctx.path, sentence};
}

/** A list's items are economic detail of a function line, or named projects (see the vocabulary). */
function finishList(list: ListState, cls: Classifier) {
  if (list.kind !== "function") return;
  const economic = list.items.filter((f) => f.label && cls.economic(f.label, ["30", "31"]) !== null).length;
  // NOTE: 行政运行/事业运行 lines list economic items (基本工资, 办公费 …); other lines list projects.
  const detail = /01$|50$/.test(list.parent) || (list.items.length > 0 && economic / list.items.length >= 0.75);
  for (const f of list.items) f.key = detail ? "function_detail" : "project.item";
}

function placeFact(t: AmountToken, label: string, prefix: string, after: string, ctx: SectionContext, sentence: Sentence, list: ListState | null, cls: Classifier, vocab: LabelVocabulary, kind: DocKind | null): {facts: FactMention[]; role: string; list?: ListState | null} | null {
  const look = (l: string) => (t.kind === "money" || t.kind === "count" ? lookupLabel(l, {vocab, threePublic: ctx.threePublic && !list, kind: t.kind, docKind: kind}) : null);
  let hits = look(label);
  // NOTE: "县总工会公务车辆1辆": a short form of the unit's name before the label, with no year to mark where it ends.
  const bare = hits || list ? null : withoutLeadingOrg(label);
  if (bare && look(bare)) {
    hits = look(bare);
    label = bare;
  } else if (!hits && !list && t.kind === "money") {
    // NOTE: a unit name the identity stage did not find ("福州市公安局治安管理支队收入预算为…"): the shortest cut
    // that leaves a label the vocabulary knows.
    const cut = leadingOrgCuts(label).find((c) => look(c));
    if (cut) {
      hits = look(cut);
      label = cut;
    }
  }
  const isGroupHeader = hits?.some((h) => h.key === "basic.personnel" || h.key === "basic.public");
  if (list && t.kind === "money" && label && !isGroupHeader) {
    if (list.kind === "basic") {
      const prefixes = list.parent === "personnel" ? ["301", "303"] : ["302", "310"];
      return {facts: [mk(t, "basic.item", list.basis, cls.economic(label, prefixes), label, list.parent, null, ctx, sentence)], role: "item"};
    }
    return {facts: [mk(t, "function_detail", list.basis, null, label, list.parent, null, ctx, sentence)], role: "item"};
  }
  // NOTE: "204-公共安全支出", "2080501-行政单位离退休", "[2010501]行政运行": a function code written before its name.
  // The name must be the code's own (current or former), or the amount is not placed by code.
  const coded = t.kind === "money" ? /^[［[【]?(\d{3}|\d{5}|\d{7})[］\]】]?\s*[-—－–]?\s*(\p{Script=Han}[^，,；;：:]*)$/u.exec(label) : null;
  if (coded) {
    const [, code, written] = coded;
    const bare = (x: string) => normLabel(x).replace(/支出$/u, "");
    const official = (c: string) => cls.functionName(c);
    const isNamed = (c: string, n: string) => (official(c) !== null && bare(official(c)!) === bare(n)) || cls.functionAnyLevel(n) === c;
    // NOTE: Yunnan writes the whole path after the code: "2010301一般公共服务支出-政府办公厅(室)及相关机构事务-行政运行".
    // Each level must be the name of the code's own 类/款 prefix, and the last the code's name.
    const levels = written.split(/[-—－–]/u);
    const prefixes = levels.map((_, i) => code.slice(0, code.length - 2 * (levels.length - 1 - i)));
    const name = levels.at(-1)!;
    if (levels.length <= (code.length - 1) / 2 && prefixes.every((c, i) => c.length >= 3 && isNamed(c, levels[i]))) {
      const path = levels.length > 1 ? prefixes.join(">") : `${code}>${name}`;
      return {facts: [mk(t, "expenditure.function", ctx.basis, code, name, null, path, ctx, sentence)], role: "fact"};
    }
  }
  if (t.kind === "money" && /（[0-9]*(?:类|款|项目?)）/u.test(label)) {
    const path = parseFunctionPath(label, cls, ctx.classFromHeading);
    if (!path || !path.code || !isPathFiller(path.rest)) return null;
    const f = mk(t, "expenditure.function", ctx.basis, path.code, path.name || cls.functionName(path.code), null, path.asWritten, ctx, sentence);
    const opensList = LIST_INTRO.test(after.replace(/^[，,]/u, ""));
    return {facts: [f], role: "fact", list: opensList ? {kind: "function", parent: path.code, basis: ctx.basis, items: []} : undefined};
  }
  if (hits && t.kind === "count" && hits.some((h) => COUNT_UNIT[h.key] && COUNT_UNIT[h.key] !== t.unit)) return null;
  if (hits) {
    const facts = hits.map((h) => {
      let basis = h.basis !== undefined ? h.basis : CONTEXT_BASIS_KEYS.has(h.key) ? ctx.basis : null;
      // NOTE: "财政拨款基本支出" under "六、一般公共预算财政拨款基本支出决算情况说明" is the general-budget line.
      if (basis === "fiscal" && ctx.basis === "general_budget") basis = "general_budget";
      // The noun that names the fact: "机关运行经费安排" → 机关运行经费, "公务接待费预算" → 公务接待费 (the narrative suffix the
      // vocabulary allows after any label names no other quantity).
      // A row that marks the line's name ("(?<name>财政专户管理资金)(?:收入)?(?:预算)?(?:总计)?") gives the label the
      // table's row has, whatever the sentence wraps it in (收入预算总计, 一般公共预算拨款安排的…预算支出).
      // NOTE: a part of the 三公 is named by its item, as its table column and its subheading name it: in
      // "因公出国（境）费预算为0.00元", "公务用车购置费预算0万元" the 预算 says which figure, not which item.
      const dropped = h.suffix ?? (THREE_PUBLIC_PARTS.has(h.key) ? h.kept : undefined);
      const noun = h.name ?? (dropped ? label.slice(0, label.length - dropped.length) : label);
      return mk(t, h.key, basis ?? null, null, noun || null, null, null, ctx, sentence);
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

/**
 * The tokens inside [s0, s1], in order. Tokens are in text order, so a binary search finds the first: scanning all
 * of them for every sentence made extraction quadratic in the length of the document.
 */
function tokensWithin(tokens: AmountToken[], s0: number, s1: number): AmountToken[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].span[0] < s0) lo = mid + 1;
    else hi = mid;
  }
  const out: AmountToken[] = [];
  for (let i = lo; i < tokens.length && tokens[i].span[0] <= s1; i++) if (tokens[i].span[1] <= s1) out.push(tokens[i]);
  return out;
}

/**
 * What the reading asks of the current sentence's facts so far: its last 决算数 in 万元 (the amount a completion rate
 * follows), its last fact that carries a section basis (the head a 其中 list splits) and the first fact of each such
 * basis. A sentence's facts are the tail of `facts` (every fact is pushed while its sentence is read), so each fact
 * is looked at once: a file that is one sentence of thousands of amounts is not rescanned for every amount.
 */
class SentenceFacts {
  private seen = 0;
  private sentence: Sentence | null = null;
  private actual: FactMention | undefined;
  private splitHead: FactMention | undefined;
  private incomeWhole: FactMention | undefined;
  private readonly firstOfBasis = new Map<Basis, FactMention>();
  constructor(private readonly facts: FactMention[]) {}
  start(sentence: Sentence): void {
    this.sentence = sentence;
    this.seen = this.facts.length;
    this.actual = this.splitHead = this.incomeWhole = undefined;
    this.firstOfBasis.clear();
  }
  lastActual(): FactMention | undefined {
    this.catchUp();
    return this.actual;
  }
  lastSplitHead(): FactMention | undefined {
    this.catchUp();
    return this.splitHead;
  }
  /** The sentence's first income total (收入, 财政拨款收入, 本年收入) so far: the whole a 其中 list of funds splits. */
  firstIncomeWhole(): FactMention | undefined {
    this.catchUp();
    return this.incomeWhole;
  }
  firstWithBasis(basis: Basis): FactMention | undefined {
    this.catchUp();
    return this.firstOfBasis.get(basis);
  }
  private catchUp(): void {
    for (; this.seen < this.facts.length; this.seen++) {
      const f = this.facts[this.seen];
      if (f.sentence !== this.sentence) continue;
      if (f.measure === "actual" && f.token.unit === "万元") this.actual = f;
      if (INCOME_WHOLES.has(f.key) && this.incomeWhole === undefined) this.incomeWhole = f;
      if (CONTEXT_BASIS_KEYS.has(f.key) && f.basis !== null) {
        this.splitHead = f;
        if (!this.firstOfBasis.has(f.basis)) this.firstOfBasis.set(f.basis, f);
      }
    }
  }
}

/** The income keys whose 其中 list may name its parts by fund alone. */
const INCOME_WHOLES = new Set(["income.total", "income.fiscal", "income.current_year"]);

/**
 * NOTE: "部门财务总收入X元，其中：一般公共预算X元，政府性基金0.00元，国有资本经营收益0.00元" (Yunnan): after an income
 * total's 其中, a bare fund name (`narrative_income_part` rows) is that fund's income, of the whole's basis. Outside
 * such a list a bare 一般公共预算 names no quantity and stays unplaced.
 */
function incomePart(t: AmountToken, label: string, text: string, whole: FactMention | undefined, vocab: LabelVocabulary, ctx: SectionContext, sentence: Sentence, kind: DocKind | null): {facts: FactMention[]; role: string} | null {
  if (!whole || t.kind !== "money" || !/其中/u.test(text.slice(whole.token.span[1], t.span[0]))) return null;
  const hit = vocab.first("narrative_income_part", label, kind)?.hits[0];
  if (!hit) return null;
  return {facts: [mk(t, hit.key, hit.basis ?? whole.basis, null, label, null, null, ctx, sentence)], role: "fact"};
}

/** The last placement of `sentence` passing `test`; a sentence's placements are the tail of the list. */
function lastPlacementOf(placements: Placement[], sentence: Sentence, test: (p: Placement) => boolean): Placement | undefined {
  for (let i = placements.length - 1; i >= 0 && placements[i].sentence === sentence; i--) if (test(placements[i])) return placements[i];
  return undefined;
}

/** Where the line holding a position starts, by binary search over the newlines found once. */
function lineStarts(text: string): (pos: number) => number {
  const newlines: number[] = [];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) newlines.push(i);
  return (pos) => {
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : newlines[lo - 1] + 1;
  };
}

/**
 * The line that introduces the coded line starting at `s0` ("2010301一般公共服务支出-…"): the nearest line before it that
 * ends in a colon and states no number, with only coded lines between them.
 */
function codedListIntro(text: string, s0: number): string | null {
  if (!/^\d{3,7}/u.test(text.slice(s0, s0 + 8))) return null;
  // The sentence's own line may have started before s0 (a second sentence on a line): no list line then.
  if (s0 > 0 && text[s0 - 1] !== "\n") return null;
  // Lines before s0, nearest first, read back one at a time (not the whole text split for every coded line).
  for (let end = s0 - 1; end >= 0; ) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (/[：:]$/u.test(line)) return /\d/u.test(line) ? null : line;
    if (!/^\d{3,7}/u.test(line)) return null;
    end = start - 1;
  }
  return null;
}
