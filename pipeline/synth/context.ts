/** Everything a section renderer needs about the document it is writing. */
import type {Derived, UnitYearModel} from "./model.ts";
import type {Reason} from "./reasons.ts";
import type {Rng} from "./rng.ts";
import type {SynthUnit} from "./units.ts";
import type {Template} from "./template.ts";
import type {Writer} from "./writer.ts";

/** Text-level switches an anomaly sets (amount/share/delta tweaks live in the Writer). */
export interface TextFlags {
  /** Class (208/210/221) whose 项 lines are filed as one 项 under 群众团体事务 (the seed's error). */
  misfile?: string;
  /** Class (207/210) written under its pre-2019 name. */
  stale?: string;
  /**
   * Change whose 主要原因 is left out: "income" (the total, in each of the three places it is restated — a reason
   * given once for the same change explains it) | "operating_cost" | "reception" | "vehicle".
   */
  dropReason?: string;
  /** 三公 total restated at the end of 七 (a tweak on that second mention makes it differ). */
  repeatThreePublic?: boolean;
  /** Changes left unsaid (a unit-scale error would otherwise also break them). */
  noChange?: string[];
}

export interface DocCtx {
  w: Writer;
  rng: Rng;
  unit: SynthUnit;
  year: number;
  m: UnitYearModel;
  d: Derived;
  /** Last year's model and totals: what every stated change is measured against. */
  pm: UnitYearModel;
  pd: Derived;
  reasons: Reason[];
  flags: TextFlags;
  template: Template;
}

/**
 * How the text names its unit where no year follows ("阿坝州总工会公务车辆3辆", "2024年本单位安排政府采购预算"). An
 * abbreviation ("县总工会") is not used here: the extractor strips it only before a year (see the report).
 */
export function selfPlain(c: DocCtx): string {
  return c.w.style.selfRef === "full" ? c.unit.name : c.rng.pick(["本单位", c.unit.name]);
}

/** How the text names its unit before a year ("阿坝州总工会2024年", "县总工会2024年", "我会2024年"). */
export function self(c: DocCtx): string {
  const s = c.w.style.selfRef;
  if (s === "full") return c.unit.name;
  if (s === "short") return c.unit.short;
  return c.rng.pick(["我会", "本单位", c.unit.name]);
}
