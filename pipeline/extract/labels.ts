import {ORG_TAIL} from "../identify/unit-name.ts";

/**
 * Label clean-up: the words written before an amount ("阿坝州总工会2024年收入预算") reduced to the label that names
 * the quantity ("收入预算"), so that the lexicon can match it exactly.
 */

/** Canonical form of a label: no spaces, full-width brackets, Chinese quotes unified. */
export function normLabel(s: string): string {
  return s
    .replace(/[\s\u3000]+/g, "")
    .replace(/\(/g, "（")
    .replace(/\)/g, "）")
    .replace(/["“”'‘’]/g, "“")
    .replace(/“三公“/g, "“三公”");
}

// An organisation name ends with one of ORG_TAIL's endings, e.g. 阿坝州总工会, 江苏省委办公厅, 万里街道办事处.
const LEADING_ORG = new RegExp(`^[\\p{Script=Han}（）]{2,30}?${ORG_TAIL}(?=(?:20\\d\\d年|本年|当年|安排|\\d{4}))`, "u");

/** Strip the unit name, years and filler around a label, leaving the noun phrase. */
export function stripLabel(raw: string, unit: string | null): string {
  let s = normLabel(raw);
  // NOTE: ordinal list markers and connectives that precede the label in running prose.
  s = s.replace(/^(?:其中|包括|此外|另外|以及|及|和|主要包括|分别为|分别是|共|合计)+/u, "");
  // NOTE: "按功能分类支出划分为一般公共服务支出…；按经济分类划分为基本支出…": the classification named, then the label.
  s = s.replace(/^按(?:支出)?(?:功能|经济)分类(?:支出)?(?:划分)?为/u, "");
  s = s.replace(/^(?:[（(][一二三四五六七八九十0-9０-９]+[）)]|[一二三四五六七八九十]+、|[0-9０-９]+[．.、])/u, "");
  // NOTE: a breakdown in brackets after an amount ("公务用车购置及运行维护费6.7万元（公务用车购置费0万元"): the label
  // of the amount is the one inside the bracket, not the words before the previous amount.
  s = s.replace(/^.*[0-9]万?元（(?=[^（）]+$)/u, "");
  // NOTE: Shanghai quotes whole classification paths: “一般公共服务支出（类）…（项）”25.77万元, also followed by the
  // word 科目 (“…（项）”科目20.00万元).
  const quoted = /^“([^“”]+)[“”](?:科目)?$/u.exec(s);
  if (quoted) s = quoted[1];

  // NOTE: "北京市统计局部门政府采购预算总额", "XX局本级支出": 部门/本级 right after the unit's name says whose budget
  // (the department's, the unit itself) and goes with the name; 机关 stays (机关运行经费 is a label) unless a year
  // follows it ("昆明市人民政府办公室机关2026年机关运行经费安排": the name's 机关, then the year, then the label).
  const unitName = unit ? normLabel(unit) : null;
  const withoutUnit = (x: string) => (unitName && x.startsWith(unitName) ? x.slice(unitName.length).replace(/^(?:部门|本级)(?=\p{Script=Han}{2})|^机关(?=20\d\d年)/u, "") : x);
  s = withoutUnit(s);
  s = s.replace(LEADING_ORG, "");
  // NOTE: a bare 单位 stands for the unit only before the year it speaks of ("单位2024年收入预算…"); otherwise it
  // begins a name (单位预留机动经费).
  s = s.replace(/^(?:我单位|本单位|本部门|我部门|我会|我委|我局|我厅|单位(?=20\d\d年|本年|当年|全年))/u, "");
  s = s.replace(/^截至20\d\d年\d{1,2}月\d{1,2}日/u, "");
  s = s.replace(/20\d\d年度?/gu, "").replace(/^(?:本年度?|全年)/u, "");
  // NOTE: the unit may also follow the year ("2024年阿坝州总工会安排政府采购预算", "2018年本部门…").
  s = withoutUnit(s);
  // NOTE: "2022年当年本部门政府采购预算共…", "本部门当年机关运行经费预算安排…", "通过一般公共预算…安排的“三公”经费".
  s = s.replace(/^(?:(?:我单位|本单位|本部门|我部门|我会|我委|我局|我厅)(?:当年)?|当年(?:本部门|本单位)?)/u, "");
  s = s.replace(/^(?:安排|编制|共编制|共有|共计|拥有|有|通过)/u, "");
  s = s.replace(/(?:为|是|共计|达到|达|约|共)$/u, "");
  return s;
}

const ORG_PREFIX = new RegExp(`^[\\p{Script=Han}（）]{1,30}?${ORG_TAIL}`, "u");

/**
 * The label without a leading organisation name that no year follows ("县总工会公务车辆" → "公务车辆"). Only tried
 * when the label as stripped names nothing: an organisation-like word may begin a real label (工会经费).
 */
export function withoutLeadingOrg(label: string): string | null {
  const m = ORG_PREFIX.exec(label);
  return m && m[0].length < label.length ? label.slice(m[0].length).replace(/^(?:安排|共有|有)/u, "") : null;
}

const ORG_TAIL_CHAR = new RegExp(`${ORG_TAIL}$`, "u");

/**
 * Every way to take a leading organisation name off a label, shortest name first: "福州市公安局治安管理支队收入预算"
 * → "治安管理支队收入预算", "收入预算"; "北京市统计局部门政府采购预算总额" → "政府采购预算总额" (the 部门/本级 after
 * the name goes with it). The caller keeps the first that the vocabulary knows, and only when the label as
 * stripped names nothing: the unit's name is unknown when the document does not say it where identity looks.
 */
export function leadingOrgCuts(label: string): string[] {
  const out: string[] = [];
  const chars = [...label];
  for (let i = 2; i < Math.min(chars.length - 1, 31); i++) {
    const head = chars.slice(0, i + 1).join("");
    if (!/^[\p{Script=Han}（）]+$/u.test(head) || !ORG_TAIL_CHAR.test(head)) continue;
    const rest = chars.slice(i + 1).join("").replace(/^(?:部门|本级|机关)?(?:安排|共有|有|一共)?/u, "");
    if (rest) out.push(rest);
  }
  return out;
}
