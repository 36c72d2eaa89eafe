/**
 * What a standard table is about, read from its title, so that its total row can be named: a bare 合计 says nothing
 * of what it sums, "一般公共预算支出合计" does. The title loses its number (预算05表, 公开05表), the unit and year before it
 * ("2022年部门综合预算…"), its trailing qualifier (（按功能分类科目）) and the words that only say it is a table
 * (…明细表, …情况表, …决算表).
 */

/** A bare total word: a row or column that sums the others and names nothing itself. */
export const BARE_TOTAL = /^(?:合计|小计|总计)$/u;

/**
 * "一般公共预算财政拨款支出决算表" → 一般公共预算财政拨款支出; "预算10表 政府采购预算明细表" → 政府采购预算;
 * "2022年部门综合预算一般公共预算支出明细表（按功能科目分）" → 一般公共预算支出; "" when nothing is left.
 */
export function tableSubject(title: string): string {
  let t = title.replace(/\s/gu, "");
  t = t.replace(/^(?:预算|决算|公开)?\d{1,2}(?:-\d{1,2})?表/u, "");
  t = t.replace(/(?:[（(][^（）()]*[）)])+$/u, "");
  // NOTE: the unit's name and the year lead many titles ("北京市统计局2026年…", "2022年部门综合预算…").
  t = t.replace(/^.*\d{4}年度?/u, "");
  t = t.replace(/^(?:部门|单位)(?:综合)?(?:预算|决算)(?=.)/u, "");
  t = t.replace(/表$/u, "").replace(/(?:明细|情况|总)$/u, "");
  // 预算/决算 after 支出 or 收入 says which figures the table holds, not what they are of; "政府采购预算" keeps it.
  t = t.replace(/(?<=支出|收入)(?:预算|决算)$/u, "");
  return t;
}

/** A total's label: the table's subject before the bare total word (合计 → 一般公共预算支出合计), else the word. */
export function totalLabel(title: string, word: string): string {
  if (!BARE_TOTAL.test(word)) return word;
  const subject = tableSubject(title);
  return subject ? `${subject}${word}` : word;
}
