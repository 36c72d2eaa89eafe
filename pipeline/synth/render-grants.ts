/** 五、一般公共预算当年拨款: its change, its 类 with shares, and each 项 line with what it is used for. */
import {CLASSES, KUAN} from "./catalog.ts";
import {self, type DocCtx} from "./context.ts";
import type {FunctionLine, Item} from "./model.ts";
import {total} from "./money.ts";
import {h1, h2, lineMarker} from "./phrases.ts";
import {classList, incomeChange} from "./render-budget.ts";

const PURPOSE: Record<string, string> = {
  "2080501": "离退休人员支出",
  "2080505": "机关事业单位基本养老保险缴费支出",
  "2080506": "机关事业单位职业年金缴费支出",
  "20805": "职工基本养老保险缴费支出和职业年金缴费支出",
  "2101101": "行政单位医疗费用支出",
  "2101103": "公务员医疗补助支出",
  "21011": "行政单位医疗费用支出和公务员医疗补助",
  "2210201": "按规定为职工缴存的住房公积金",
  "22102": "住房公积金支出",
};

/** "一般公共服务（类）群众团体事务（款）行政运行（项目）" in the document's path style. */
function pathOf(c: DocCtx, code: string, name: string): string {
  const cls = code.slice(0, 3);
  const def = CLASSES[cls];
  const clsName = c.flags.stale === cls && def.former ? def.former : def.pathName;
  const kuan = code.slice(0, 5);
  const style = c.w.style.pathStyle;
  if (style === "coded") {
    const head = `${clsName.endsWith("支出") ? clsName : clsName + "支出"}（${cls}类）${KUAN[kuan]}（${kuan.slice(3)}款）`;
    return code.length === 5 ? head : `${head}${name}（${code.slice(5)}项）`;
  }
  const head = `${clsName}（类）${KUAN[kuan]}（款）`;
  return code.length === 5 ? head : `${head}${name}（${style === "xiangmu" ? "项目" : "项"}）`;
}

interface Row {
  code: string;
  name: string;
  path: string;
  amount: bigint;
  items: Item[];
  purpose?: string;
}

function rows(c: DocCtx): Row[] {
  const lines = c.d.lines;
  const own = (l: FunctionLine): Row => ({code: l.code, name: l.name, path: pathOf(c, l.code, l.name), amount: l.amount, items: l.items, purpose: PURPOSE[l.code]});
  const out: Row[] = lines.filter((l) => l.code.startsWith("201")).map(own);
  for (const cls of ["208", "210", "221"]) {
    const mine = lines.filter((l) => l.code.startsWith(cls));
    const amount = total(mine.map((l) => l.amount));
    if (c.flags.misfile === cls) {
      // The seed's error: a whole class written as a 项 of 群众团体事务.
      const name = CLASSES[cls].name;
      out.push({code: cls, name, path: `${pathOf(c, "20129", "")}${name}（${c.w.style.pathStyle === "xiangmu" ? "项目" : "项"}）`, amount, items: [], purpose: PURPOSE[mine[0].code.slice(0, 5)]});
    } else if (c.w.style.socialLevel === "kuan") {
      const kuans = [...new Set(mine.map((l) => l.code.slice(0, 5)))];
      for (const k of kuans) {
        const a = total(mine.filter((l) => l.code.startsWith(k)).map((l) => l.amount));
        out.push({code: k, name: KUAN[k], path: pathOf(c, k, ""), amount: a, items: [], purpose: PURPOSE[k]});
      }
    } else out.push(...mine.map(own));
  }
  return out;
}

export function renderGrants(c: DocCtx): string[] {
  const {w, d, year} = c;
  const col = w.style.colon;
  const spec = {key: "expenditure.total", basis: "general_budget" as const, label: "一般公共预算当年拨款"};
  const out = [
    h1(w, 5, "一般公共预算当年拨款情况说明"),
    h2(w, 1, "一般公共预算当年拨款规模变化情况"),
    `${self(c)}${year}年一般公共预算当年拨款${w.money(spec, d.total)}${incomeChange(c, spec, "预算数", c.flags.dropReason !== "income")}。`,
    h2(w, 2, "一般公共预算当年拨款结构情况"),
    `${classList(c, "general_budget", true, "；")}。`,
    h2(w, 3, "一般公共预算当年拨款具体使用情况"),
  ];
  rows(c).forEach((r, i) => {
    // NOTE: without a title the extractor takes the year most often written before 预算/支出…; these lines keep
    // the document's own year ahead of the comparison year (see the report).
    const fillers = [`${year}年预算数为`, `${year}年预算数为`, `${year}年预算`, ...(w.style.title ? ["支出"] : [])];
    const filler = c.rng.pick(fillers);
    const head = `${lineMarker(w, i + 1)}${r.path}${filler}${w.money({key: "expenditure.function", basis: "general_budget", code: r.code, label: r.name}, r.amount)}`;
    if (!r.items.length) {
      out.push(`${head}，主要用于${col}${r.purpose ?? "相关支出"}。`);
      return;
    }
    const key = r.code === "2012901" ? "function_detail" : "project.item";
    const items = w.style.shuffleLists ? c.rng.shuffle(r.items) : r.items;
    const list = items.map((it) => `${it.label}${w.money({key, basis: "general_budget", parent: r.code, label: it.label}, it.amount)}`);
    out.push(`${head}，主要用于${col}${list.join(w.style.listSep)}。`);
  });
  return out;
}
