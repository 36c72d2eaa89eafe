/**
 * How one document is written: the choices real authors make differently (heading numbers, punctuation, how numbers
 * and changes are phrased, which optional sentences appear, list order). Drawn once per document from its own stream.
 */
import type {Rng} from "./rng.ts";

export interface Style {
  /** First top heading as "1、" (the seed's quirk) instead of "一、". */
  digitFirstHeading: boolean;
  /** （一） or (一) for second-level headings. */
  subParen: "full" | "half";
  /** Marker of the numbered lines in 五(三). */
  // NOTE: full-width digit markers ("４．") are left out: the extractor keeps them in the label (see the report).
  lineMarker: "1．" | "1." | "1、" | "（1）" | "";
  /** Whole-document punctuation: full-width, half-width, or per paragraph. */
  punct: "full" | "half" | "mixed";
  /** "18.20" vs "18.2" vs either, per amount. */
  numbers: "fixed" | "trim" | "mixed";
  /** "3,422.23万元" for amounts of a thousand and more. */
  thousands: boolean;
  listSep: "、" | "，" | "；";
  shuffleLists: boolean;
  /** Zero items in 六's lists are written (the seed does) or left out. */
  zeroItems: boolean;
  /** Colon after 主要原因 / 主要用于 etc. */
  colon: "：" | ":";
  changePhrase: "seed" | "jiangsu" | "short";
  /** How the document refers to its own unit after the first mention. */
  selfRef: "full" | "short" | "ours";
  title: boolean;
  signature: boolean;
  /** 五(三) paths: （类）（款）（项）, （项目）, or with codes （201类）（29款）（01项）. */
  pathStyle: "xiang" | "xiangmu" | "coded";
  /** 208/210/221 written per 项 line, or one line per 款. */
  socialLevel: "xiang" | "kuan";
  /** Zero classes (教育支出, 文化旅游体育与传媒支出) listed in 三/四/五(二). */
  zeroClasses: boolean;
  incomeSubsections: boolean;
  basicChange: boolean;
  threePublicRepeat: boolean;
  vehicleSplit: boolean;
  govFundAmount: boolean;
  reasonOrdinal: "shi" | "paren" | "digit";
  performanceProse: boolean;
}

export function drawStyle(rng: Rng): Style {
  return {
    digitFirstHeading: rng.chance(0.15),
    subParen: rng.chance(0.75) ? "full" : "half",
    lineMarker: rng.weighted([["1．", 4], ["1.", 2], ["1、", 2], ["（1）", 1], ["", 1]] as const),
    punct: rng.weighted([["full", 6], ["half", 1], ["mixed", 2]] as const),
    numbers: rng.weighted([["fixed", 4], ["trim", 3], ["mixed", 3]] as const),
    thousands: rng.chance(0.1),
    listSep: rng.weighted([["、", 6], ["，", 3], ["；", 1]] as const),
    shuffleLists: rng.chance(0.3),
    zeroItems: rng.chance(0.5),
    colon: rng.chance(0.8) ? "：" : ":",
    changePhrase: rng.weighted([["seed", 4], ["jiangsu", 3], ["short", 3]] as const),
    selfRef: rng.weighted([["full", 5], ["short", 3], ["ours", 2]] as const),
    title: rng.chance(0.7),
    signature: rng.chance(0.85),
    pathStyle: rng.weighted([["xiang", 4], ["xiangmu", 4], ["coded", 2]] as const),
    socialLevel: rng.chance(0.7) ? "xiang" : "kuan",
    zeroClasses: rng.chance(0.5),
    incomeSubsections: rng.chance(0.85),
    basicChange: rng.chance(0.3),
    threePublicRepeat: rng.chance(0.2),
    vehicleSplit: rng.chance(0.25),
    govFundAmount: rng.chance(0.7),
    reasonOrdinal: rng.weighted([["shi", 6], ["paren", 2], ["digit", 2]] as const),
    performanceProse: rng.chance(0.6),
  };
}
