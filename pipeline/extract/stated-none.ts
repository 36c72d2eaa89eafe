import {ORG_TAIL} from "../identify/unit-name.ts";
import type {LabelVocabulary} from "../reference/label-vocabulary.ts";
import type {DocKind, SectionRecord} from "../types.ts";
import type {AmountToken} from "./amount-scan.ts";
import type {Classifier} from "./classify.ts";
import {contextAt} from "./context.ts";
import type {FactMention} from "./interpret.ts";
import {normLabel, stripLabel} from "./labels.ts";
import {splitSentences} from "./sentences.ts";

/**
 * A clause saying the unit has none of a fund states a zero: "本部门无政府性基金预算", "上海市普陀区财政局2024年度无
 * 政府性基金预算财政拨款收入和支出", "本部门2023年无政府性基金预算财政拨款安排的预算，故本表为空表", "国家信访局没有政府性
 * 基金收入，也没有使用政府性基金安排的支出". Each line the words after 无/没有 name (the `narrative_none` rows of
 * labels.csv, compared whole) is a fact of amount 0 whose quote is the sentence. The grammar is strict, since a zero
 * is a figure like any other: nothing but the unit, 本部门/本单位, the document's own year and 也 may stand before the
 * 无 in its clause ("较上年无变化", "如无…", "2023年无…" in a 2024 document state no zero).
 */

export interface StatedNone {
  /** The clause's words from 无/没有 on ("无政府性基金预算"), as the mention's "amount as written". */
  token: AmountToken;
  facts: FactMention[];
}

/** 无 or 没有, then the words that name what there is none of; the clause's subject before it. */
const NONE_CLAUSE = /^(?<subject>.*?)(?<none>无|没有)(?<what>\p{Script=Han}.*)$/u;
const CLAUSE = /[^，,；;：:。！？!?]+/gu;
const ORG_ONLY = new RegExp(`^[\\p{Script=Han}（）]{2,30}?${ORG_TAIL}$`, "u");
/** What may stay of the subject once the unit and the year are taken off. */
const SUBJECT_REST = /^(?:也|均|亦)?$/u;

export function statedNone(text: string, sections: SectionRecord[], cls: Classifier, vocab: LabelVocabulary, docYear: number | null, unit: string | null, kind: DocKind | null): StatedNone[] {
  if (vocab.rules("narrative_none").length === 0) return [];
  const out: StatedNone[] = [];
  for (const sentence of splitSentences(text)) {
    if (!/无|没有/u.test(sentence.text)) continue;
    const ctx = contextAt(sections, sentence.span[0], cls, vocab);
    // Descriptive sections (职能, 名词解释) and what comes before the first heading (cover, contents) state no figures.
    if (ctx.descriptive) continue;
    for (const c of sentence.text.matchAll(CLAUSE)) {
      // NOTE: a PDF text layer spaces words out and wraps lines anywhere: the clause is read without whitespace.
      const m = NONE_CLAUSE.exec(c[0].replace(/\s+/gu, ""));
      if (!m || !isUnitSubject(m.groups!.subject, unit, docYear)) continue;
      const found = vocab.exec("narrative_none", m.groups!.what.replace(/[“”"]/gu, ""), kind);
      if (!found) continue;
      const from = sentence.span[0] + c.index! + c[0].search(/无|没有/u);
      const to = sentence.span[0] + c.index! + c[0].trimEnd().length;
      const asWritten = text.slice(from, to);
      const token: AmountToken = {span: [from, to], asWritten, amountAsWritten: "无", unitAsWritten: "", amount: "0", unit: "万元", kind: "money"};
      const facts = found.rule.hits.map(
        (h): FactMention => ({
          token,
          key: h.key,
          basis: h.basis ?? null,
          code: null,
          label: m.groups!.what,
          parent: null,
          share_pct: null,
          share_pct_as_written: null,
          path_as_written: null,
          // In a final account a stated none is what was spent (决算数); a budget's figure carries no measure.
          measure: kind === "final" ? "actual" : null,
          rate_pct: null,
          rate_pct_as_written: null,
          rate_base: null,
          section: ctx.path,
          sentence,
        }),
      );
      out.push({token, facts});
    }
  }
  return out;
}

/** Whether the words before 无 are only the unit (by name, as 本部门/本单位, or any organisation's name), the
 * document's own year and 也. */
function isUnitSubject(subject: string, unit: string | null, docYear: number | null): boolean {
  const years = [...subject.matchAll(/(20\d\d)年/gu)].map((y) => Number(y[1]));
  if (years.some((y) => y !== docYear)) return false;
  let rest = stripLabel(subject, unit);
  rest = normLabel(rest).replace(/^(?:本年度?|当年)/u, "");
  // NOTE: "国家信访局没有政府性基金收入": the unit by a name of its own, which may be shorter or longer than the one
  // identified (省委办公厅 / 中共江苏省委办公厅); another organisation's none (a subordinate's) is not the unit's.
  const org = /^(?<name>.+?)(?<tail>也|均|亦)?$/u.exec(rest);
  const own = (name: string) => !unit || normLabel(unit).includes(name) || name.includes(normLabel(unit));
  if (org && ORG_ONLY.test(org.groups!.name) && own(org.groups!.name)) rest = org.groups!.tail ?? "";
  return SUBJECT_REST.test(rest);
}
