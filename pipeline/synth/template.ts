/**
 * The real templates a synthetic document is written in: the seed's (阿坝州总工会), Jiangsu's 预算 (省级部门, 表-by-表
 * 情况说明 with 单位预留机动经费, 会议费/培训费), Shanghai's 预算 (区级部门/街道: 预算执行数 priors, 其他相关情况说明) and
 * Shanghai's 决算 (年初预算数/决算数/完成率). Drawn per document from its own stream, so adding a template changes no
 * other draw.
 */
import type {Rng} from "./rng.ts";

export type Template = "seed" | "jiangsu" | "shanghai_budget" | "shanghai_final";

export const TEMPLATES: Template[] = ["seed", "jiangsu", "shanghai_budget", "shanghai_final"];

/** The kind of disclosure a template writes. */
export function kindOf(t: Template): "budget" | "final" {
  return t === "shanghai_final" ? "final" : "budget";
}

const WEIGHT: Record<Template, number> = {seed: 4, jiangsu: 2, shanghai_budget: 2, shanghai_final: 2};

/** One of `allowed`; a single allowed template consumes no draw's meaning (the stream is the document's own). */
export function drawTemplate(rng: Rng, allowed: readonly Template[]): Template {
  return rng.weighted(allowed.map((t) => [t, WEIGHT[t]] as const));
}
