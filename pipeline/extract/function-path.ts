import type {Classifier} from "./classify.ts";

/**
 * Function-classification paths as prose writes them:
 *   一般公共服务（类）群众团体事务（款）行政运行（项目）
 *   公共安全支出（204类）司法（06款）行政运行（01项）
 *   党委办公厅（室）及相关机构事务（款）行政运行（项）   ← 类 given by the enclosing heading
 */

export interface FunctionPath {
  /** Resolved code of the deepest level, or null when it cannot be resolved with confidence. */
  code: string | null;
  /** Name of the deepest level as written. */
  name: string;
  /** The path as written, levels joined with ">" (codes where resolved, names where not). */
  asWritten: string;
  /** Text after the path (must be filler such as "2024年预算数为" for the amount to be placed). */
  rest: string;
}

const PATH_RE =
  /^(?:(.+?)（(\d{3})?类）)?(?:(.+?)（(\d{2})?款）)?(?:(.+?)（(\d{2})?项目?）)?(.*)$/u;

/** Parse a label (already normalised to full-width brackets) as a function path; null when it is not one. */
export function parseFunctionPath(label: string, cls: Classifier, classFromHeading: string | null): FunctionPath | null {
  const m = PATH_RE.exec(label);
  if (!m || (!m[1] && !m[3] && !m[5])) return null;
  const [, clsName, clsDigits, kuanName, kuanDigits, xiangName, xiangDigits, rest] = m;
  const levels: string[] = [];
  let code: string | null = null;
  let name = "";
  if (clsName || clsDigits) {
    code = clsDigits ?? cls.functionClass(clsName);
    name = clsName;
    levels.push(code ?? clsName);
  } else if (classFromHeading) {
    code = classFromHeading;
    levels.push(code);
  }
  if (kuanName) {
    const parent = code;
    code = parent ? (kuanDigits ? parent + kuanDigits : cls.functionChild(parent, kuanName)) : null;
    name = kuanName;
    levels.push(code ?? kuanName);
  }
  if (xiangName) {
    const parent = code;
    let resolved = parent ? (xiangDigits ? parent + xiangDigits : cls.functionChild(parent, xiangName)) : null;
    // NOTE: real documents file whole classes as 项 ("…群众团体事务（款）社会保障和就业支出（项目）"). The name
    // still identifies the class; the path as written is kept so the path-validity check can flag it.
    if (!resolved && !xiangDigits) resolved = cls.functionClass(xiangName);
    code = resolved;
    name = xiangName;
    levels.push(xiangName);
  }
  return {code, name, asWritten: levels.join(">"), rest};
}

/** True when the text after a path is only filler, so the amount that follows belongs to the path. */
export function isPathFiller(rest: string): boolean {
  return /^(?:20\d\d年度?)?(?:预算数|预算|支出|决算数|安排|拨款)?(?:为|是)?(?:支出)?$/u.test(rest);
}
