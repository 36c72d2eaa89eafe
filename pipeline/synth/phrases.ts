/**
 * Sentences that recur across sections, in the ways real disclosures word them: a stated change against last year
 * ("比2023年预算数减少…", "与上年相比增加…，增长…%", "较上年增加…"), its reasons (一是/（1）/1.), and headings.
 */
import {abs, dec, pctOf, type Cents} from "./money.ts";
import type {Reason} from "./reasons.ts";
import type {Rng} from "./rng.ts";
import type {FactSpec, Writer} from "./writer.ts";

const CN = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

export function h1(w: Writer, n: number, title: string): string {
  return n === 1 && w.style.digitFirstHeading ? `1、 ${title}` : `${CN[n]}、${title}`;
}

export function h2(w: Writer, n: number, title: string): string {
  return w.style.subParen === "full" ? `（${CN[n]}）${title}` : `(${CN[n]})${title}`;
}

/** Marker of the n-th numbered line in 五(三). */
export function lineMarker(w: Writer, n: number): string {
  const m = w.style.lineMarker;
  if (m === "") return "";
  if (m === "（1）") return `（${n}）`;
  return `${n}${m.slice(1)}`;
}

export interface ChangeOpts {
  spec: FactSpec;
  current: Cents;
  delta: Cents;
  year: number;
  /** What the comparison names in the seed's wording: "收支预算总数", "预算数", "预算经费". */
  noun: string;
  rng: Rng;
  reasons?: Cents[];
}

/**
 * The clause stating a change, to follow the current amount directly (it starts with "，" or "。"); records the
 * change. A zero change is "，与上年持平".
 */
export function changeClause(w: Writer, o: ChangeOpts): string {
  const d = w.delta(o.spec, o.delta);
  const py = o.year - 1;
  w.change(o.spec, py, d, o.current, o.reasons);
  if (d === 0n) return o.rng.pick([`，与上年持平`, `，与${py}年持平`, `，与上年相比保持一致`]);
  const up = d > 0n;
  const amount = `${w.num(dec(abs(d)))}万元`;
  const prior = o.current - d;
  switch (w.style.changePhrase) {
    case "seed":
      return `，比${py}年${o.noun}${up ? "增加" : "减少"}${amount}`;
    case "jiangsu": {
      const pct = prior > 0n ? `，${up ? "增长" : "下降"}${w.num(pctOf(abs(d), prior))}%` : "";
      return `，与${o.rng.pick(["上年", `${py}年`])}相比${up ? "增加" : "减少"}${amount}${pct}`;
    }
    case "short":
      return `，较上年${up ? "增加" : "减少"}${amount}`;
  }
}

const ORD = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** "，主要原因：一是…；二是…" (no final 。). One reason is written without an ordinal. */
export function reasonsText(w: Writer, reasons: Reason[]): string {
  const c = w.style.colon;
  const body = reasons.map((r, i) => {
    const amount = `${w.num(dec(abs(r.delta)))}万元`;
    const parts = r.parts.map((p) => `${p.label}${p.delta >= 0n ? "增加" : "减少"}${w.num(dec(abs(p.delta)))}万元`);
    const text = `${r.before}${amount}${r.after}${parts.length ? `，其中${c}${parts.join("，")}` : ""}`;
    if (reasons.length === 1) return text;
    const o = w.style.reasonOrdinal;
    return o === "shi" ? `${ORD[i + 1]}是${text}` : o === "paren" ? `（${i + 1}）${text}` : `${i + 1}.${text}`;
  });
  if (!body.length) return "";
  return reasons.length === 1 ? `，主要原因是${body[0]}` : `，主要原因${c}${body.join("；")}`;
}

/** Text-only reasons of a 三公 or 机关运行经费 change: real documents give a policy, not amounts. */
export function policyReason(rng: Rng, up: boolean, topic: "reception" | "vehicle" | "general" = "general"): string {
  const down = {
    reception: ["严格执行《党政机关国内公务接待管理规定》，从严控制接待标准和范围", "厉行勤俭节约，压缩公务接待开支"],
    vehicle: ["加强公务用车管理，合理整合用车，有效控制不必要的支出", "严格执行公务用车管理制度，压减车辆运行费用"],
    general: ["严格执行中央八项规定精神，厉行勤俭节约，压缩开支范围", "认真贯彻落实《党政机关厉行节约反对浪费条例》，从严控制支出"],
  };
  const more = {
    reception: ["上级工会检查指导工作增加", "按实际工作需要据实安排"],
    vehicle: ["车辆使用年限增加，维修维护费用相应增加", "按实际工作需要据实安排"],
    general: ["工作任务增加，相关支出相应增加", "按实际工作需要据实安排"],
  };
  return `，主要原因是${rng.pick((up ? more : down)[topic])}`;
}
