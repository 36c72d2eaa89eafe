/**
 * Row labels of the balance and income tables → vocabulary keys (the `table_*_row` rows of labels.csv). Labels are
 * compared without their numbering ("一、", "1.", "（二）") and spaces. Only labels whose meaning is certain are
 * listed: 上级补助收入 or 附属单位上缴收入 have no key, so their rows stay unplaced.
 */
import type {LabelVocabulary} from "../../reference/label-vocabulary.ts";

export type Side = "income" | "expenditure";

/** "一、一般公共服务支出" → "一般公共服务支出"; "1. 一般公共预算" → "一般公共预算". */
export function bareLabel(label: string): string {
  return label
    .replace(/\s/g, "")
    .replace(/^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）][、.．]?)/, "")
    .replace(/^其中[:：]/, "");
}

/** The income row's key (`table_income_row` rows of labels.csv: a bare 合计/总计 is the income total), or null. */
export function incomeKey(vocab: LabelVocabulary, label: string): string | null {
  return vocab.first("table_income_row", bareLabel(label))?.hits[0].key ?? null;
}

/** The expenditure row's key (`table_expenditure_row`), or null. */
export function expenditureKey(vocab: LabelVocabulary, label: string): string | null {
  return vocab.first("table_expenditure_row", bareLabel(label))?.hits[0].key ?? null;
}

/**
 * Rank of an expenditure-side total label (0 = most specific: 本年支出合计 excludes what is carried forward, 总计
 * not), or -1 when it is none: the order of the `table_expenditure_total` rows.
 */
export function expenditureTotalRank(vocab: LabelVocabulary, label: string): number {
  return vocab.first("table_expenditure_total", bareLabel(label))?.rank ?? -1;
}

/** Which side of a balance table a label column is on, from its header or its position (收入 is on the left). */
export function sideOf(header: string, ordinal: number): Side {
  if (header.includes("支出")) return "expenditure";
  if (header.includes("收入")) return "income";
  return ordinal === 0 ? "income" : "expenditure";
}
