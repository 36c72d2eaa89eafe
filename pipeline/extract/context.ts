import {sectionChain} from "../segment/sections.ts";
import type {Basis, SectionRecord} from "../types.ts";
import type {LabelVocabulary} from "../reference/label-vocabulary.ts";
import type {Classifier} from "./classify.ts";
import {basisOfTitle} from "./lexicon.ts";

/** What the enclosing headings say about the amounts beneath them. */
export interface SectionContext {
  /** Path of the innermost section ("" before the first heading). */
  path: string;
  /** Basis implied by the innermost heading that implies one. */
  basis: Basis | null;
  /** Inside a 三公 section: 公务接待费 etc. name 三公 parts there. */
  threePublic: boolean;
  /** Inside a descriptive section (职能, 工作任务, 名词解释 …): counts there are prose, not data. */
  descriptive: boolean;
  /** A function class named by a heading ("（一）一般公共服务（类）"), for paths that omit it. */
  classFromHeading: string | null;
}

const DESCRIPTIVE = /职能|职责|主要工作|重点工作|工作任务|机构设置|名词解释|概况|单位基本情况|基本情况/u;

/**
 * The context is the same everywhere between two consecutive section boundaries: it is worked out once per stretch
 * and looked up by binary search, instead of filtering every section for every sentence (quadratic in the length of
 * the document).
 */
interface Stretches {
  bounds: number[];
  contexts: Map<number, SectionContext>;
}
const STRETCHES = new WeakMap<SectionRecord[], WeakMap<Classifier, Stretches>>();

export function contextAt(sections: SectionRecord[], pos: number, cls: Classifier, vocab: LabelVocabulary): SectionContext {
  let byCls = STRETCHES.get(sections);
  if (!byCls) STRETCHES.set(sections, (byCls = new WeakMap()));
  let st = byCls.get(cls);
  if (!st) {
    const bounds = [...new Set(sections.flatMap((s) => s.span))].sort((a, b) => a - b);
    byCls.set(cls, (st = {bounds, contexts: new Map()}));
  }
  // Index of the stretch: how many boundaries are <= pos.
  let lo = 0;
  let hi = st.bounds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (st.bounds[mid] <= pos) lo = mid + 1;
    else hi = mid;
  }
  let ctx = st.contexts.get(lo);
  if (!ctx) st.contexts.set(lo, (ctx = contextOf(sectionChain(sections, pos), cls, vocab)));
  return ctx;
}

function contextOf(chain: SectionRecord[], cls: Classifier, vocab: LabelVocabulary): SectionContext {
  const inner = [...chain].reverse();
  let classFromHeading: string | null = null;
  for (const s of inner) {
    const m = /^(.+?)[（(]类[）)]/u.exec(s.title);
    if (m) {
      classFromHeading = cls.functionClass(m[1]);
      break;
    }
  }
  return {
    path: chain.length ? chain[chain.length - 1].path : "",
    basis: narrowest(inner.map((s) => basisOfTitle(vocab, s.title)).filter((b): b is Basis => b !== null)),
    threePublic: chain.some((s) => /三公/u.test(s.title)),
    descriptive: chain.length === 0 || chain.some((s) => DESCRIPTIVE.test(s.title)),
    classFromHeading,
  };
}

/**
 * The basis of the innermost heading that names one — except that "财政拨款" under a heading about
 * 一般公共预算财政拨款 ("五、一般公共预算财政拨款支出决算情况说明" › "（一）财政拨款支出决算总体情况") is that narrower
 * basis: the subsection shortens the name, it does not widen the funds.
 */
export function narrowest(bases: Basis[]): Basis | null {
  if (bases[0] === "fiscal" && bases.slice(1).includes("general_budget")) return "general_budget";
  return bases[0] ?? null;
}
