/**
 * The grammar of a unit's name: what an organisation's name ends with, what it may not be (a region alone, a
 * pronoun like 本部门, a phrase about the budget), the qualifiers written after it that are not part of it
 * (北京市统计局**部门**, 昆明市人民政府办公室**机关**), and when two spellings name the same body (中共X委 ↔
 * 中国共产党X委员会). The one list of name endings lives here; the label clean-up of extraction uses it too.
 */

/** An organisation name ends with one of these: 阿坝州总工会, 江苏省委办公厅, 万里街道办事处, 治安管理支队, 统计局. */
export const ORG_TAIL = "(?:会|局|委|厅|院|办|处|室|中心|部|所|站|队|馆|校|府|社|团|司|联)";

const ORG_END_RE = new RegExp(`${ORG_TAIL}$`, "u");
const NAME_CHARS_RE = /^[\p{Script=Han}（）()]+$/u;
/** Words that never occur in a body's name but do in the phrases around it (a heading, a caption, a pronoun). */
const NOT_IN_NAME_RE = /预算|决算|公开|目录|说明|收支|收入|支出|年度|合计|单位：|金额/u;
/** Pronouns and determiners: 本部门, 我单位, 各预算单位, 所属单位, 下属单位 … are no name. */
const NOT_A_NAME_START_RE = /^(?:本|我|该|其|各|全|原|下属|所属|上级|主管)/u;
/** Qualifiers written after a name that narrow or restate it without being part of it. */
const TRAILING_QUALIFIER_RE = /(?:部门|机关|本级)$/u;
/** A heading's own prefix before the name: 第一部分, 附件1 …. */
const LEADING_NOISE_RE = /^(?:第[一二三四五六七八九十]+部分|附件[0-9一二三四五六七八九十]*[:：]?)/u;

/** True when `s` (spaces removed) reads as the full name of a body: Han characters, ending like an organisation. */
export function isOrgName(s: string): boolean {
  return (
    s.length >= 3 &&
    s.length <= 50 &&
    NAME_CHARS_RE.test(s) &&
    ORG_END_RE.test(s) &&
    !NOT_IN_NAME_RE.test(s) &&
    !NOT_A_NAME_START_RE.test(s) &&
    !/^[（(]/u.test(s)
  );
}

/**
 * The name in a stretch of heading text, or null: spaces removed, a heading prefix (第一部分) and qualifiers written
 * after the name (部门, 机关, 本级) dropped. The stretch must be the name entire: a name is never cut to its end.
 */
export function orgNameOf(raw: string): string | null {
  let s = raw.replace(/[\s\u3000]+/g, "").replace(LEADING_NOISE_RE, "");
  for (let i = 0; i < 2 && TRAILING_QUALIFIER_RE.test(s) && !isOrgName(s); i++) s = s.replace(TRAILING_QUALIFIER_RE, "");
  return isOrgName(s) ? s : null;
}

/**
 * The name at the start of a labelled value that runs on into the next label or heading without a space
 * (“西安市气象局保密审查情况：已审查”, “…万里街道办事处目 录”): the longest prefix that is a name and is followed only
 * by a short run of Han characters (the next label's word). The value must start with the name.
 */
export function orgNameAtStart(value: string): string | null {
  // NOTE: a cover's seal note after the name (（盖章）, (公章)) is no part of it.
  const s = value.replace(/[\s\u3000]+/g, "").replace(/[（(](?:盖章|公章|章)[）)]$/u, "");
  const whole = orgNameOf(s);
  if (whole) return whole;
  for (let end = Math.min(s.length - 1, 40); end >= 3; end--) {
    const head = s.slice(0, end);
    const rest = s.slice(end);
    if (isOrgName(head) && /^[\p{Script=Han}]{1,10}$/u.test(rest) && !isOrgName(rest)) return head;
  }
  return null;
}

/** Comparison key of a name: official long forms (中国共产党X委员会, X人民代表大会常务委员会) folded to their short forms. */
export function unitKey(name: string): string {
  return name
    .replace(/[\s\u3000]+/g, "")
    .replace(/[（(][^）)]*[）)]/gu, "")
    .replace(/人民代表大会常务委员会/gu, "人大常委会")
    .replace(/^中国人民政治协商会议(.+?)委员会/u, "$1政协")
    .replace(/^中国共产党(.+?)委员会/u, "中共$1委");
}

/** True when two spellings name the same body: equal keys, or one is the other without its leading 中共. */
export function sameUnitName(a: string, b: string): boolean {
  const x = unitKey(a);
  const y = unitKey(b);
  return x === y || x === `中共${y}` || y === `中共${x}`;
}
