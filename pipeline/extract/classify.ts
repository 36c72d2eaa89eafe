import type {Reference} from "../reference/load-reference.ts";
import {normLabel} from "./labels.ts";

/**
 * Resolves classification names as documents write them to codes: function classes (支出功能分类 类/款/项) and
 * economic items (支出经济分类). Former official names (医疗卫生与计划生育支出 …) and common variants resolve too;
 * the label as written is always kept by the caller.
 */
export interface Classifier {
  /** A 类-level function class by name ("一般公共服务支出", "一般公共服务（类）支出", "卫生健康"), or null. */
  functionClass(label: string): string | null;
  /** A function code by name under a parent code (款 under 类, 项 under 款), or null. */
  functionChild(parent: string, name: string): string | null;
  /** Any function code whose current or former name is exactly `name`, when that name is unique. */
  functionAnyLevel(name: string): string | null;
  /** Economic code by name, restricted to codes starting with one of `prefixes` (e.g. ["301", "303"]). */
  economic(name: string, prefixes: string[]): string | null;
  /** Name of a function code, for messages. */
  functionName(code: string): string | null;
}

const key = (s: string) => normLabel(s).replace(/（类）|（款）|（项目?）/gu, "");

type Tier = Map<string, string[]>;

function addTo(tier: Tier, name: string, code: string) {
  const list = tier.get(key(name)) ?? [];
  if (!list.includes(code)) list.push(code);
  tier.set(key(name), list);
}

/** Look a name up tier by tier (current names, then variants, then former names): the first tier that knows it wins. */
function lookup(tiers: Tier[], name: string, accept: (code: string) => boolean): string[] {
  for (const tier of tiers) {
    const hits = (tier.get(key(name)) ?? []).filter(accept);
    if (hits.length) return hits;
  }
  return [];
}

export function makeClassifier(ref: Reference): Classifier {
  const fn: Tier[] = [new Map(), new Map(), new Map()];
  const econ: Tier[] = [new Map(), new Map(), new Map()];
  const fnName = new Map<string, string>();
  for (const f of ref.functions) {
    addTo(fn[0], f.name, f.code);
    fnName.set(f.code, f.name);
  }
  // NOTE: the pre-2018 economic scheme reused codes (30311 住房公积金), so only the current scheme resolves.
  for (const e of ref.economic) if (e.scheme !== "pre_2018") addTo(econ[0], e.name, e.code);
  for (const a of ref.aliases) addTo((a.kind === "function" ? fn : econ)[a.status === "former" ? 2 : 1], a.alias, a.code);
  const one = (hits: string[]) => (hits.length === 1 ? hits[0] : null);
  const isClass = (c: string) => c.length === 3;

  return {
    functionClass(label) {
      // "一般公共服务" and "一般公共服务（类）支出" both name 类 201 一般公共服务支出.
      const hits = lookup(fn, label, isClass);
      return one(hits.length ? hits : lookup(fn, key(label) + "支出", isClass));
    },
    functionChild(parent, name) {
      const child = (c: string) => c.startsWith(parent) && c.length === parent.length + 2;
      const hits = lookup(fn, name, child);
      return one(hits.length ? hits : lookup(fn, key(name) + "支出", child));
    },
    functionAnyLevel(name) {
      return one(lookup(fn, name, () => true));
    },
    economic(name, prefixes) {
      return one(lookup(econ, name, (c) => prefixes.some((p) => c.startsWith(p))));
    },
    functionName(code) {
      return fnName.get(code) ?? null;
    },
  };
}
