/**
 * What an amount column of a standard table holds, read from its header path: the row's total (合计/金额/决算数),
 * its basic or project part, a 三公 item, or a column no key covers (上缴上级支出, 经营支出 …). For 决算 tables
 * the measure too: 决算数 (actual), 年初预算数 (budget_initial), 调整预算数/全年预算数 (budget_adjusted).
 */
import type {LabelVocabulary} from "../../reference/label-vocabulary.ts";
import type {FactRecord} from "../../types.ts";

export type AmountColumn = "total" | "basic" | "project" | "personnel" | "public" | "other";

const MEASURE_WORD = /^(?:\d{4}年(?:度)?)?(?:年初|调整|全年)?(?:预算|决算)数?$|^预算数$|^决算数$/;

/** The header part that names the column: the lowest one that is not a measure word. */
export function columnName(path: string[]): string {
  for (let i = path.length - 1; i >= 0; i--) if (!MEASURE_WORD.test(path[i])) return path[i];
  return "";
}

/**
 * The column's name as a fact's label: a bare 小计 under 基本支出 (or 项目支出) is that part's subtotal and is named
 * by its heading; any other name stands as printed.
 */
export function columnLabel(vocab: LabelVocabulary, path: string[]): string {
  const name = columnName(path);
  if (name !== "小计") return name;
  const above = path.slice(0, path.lastIndexOf("小计")).filter((p) => !MEASURE_WORD.test(p)).join("");
  const role = ROLE[vocab.first("table_column", above)?.hits[0].key ?? ""];
  return role === "basic" ? "基本支出" : role === "project" ? "项目支出" : name;
}

/** The keys of `table_column` rows → the column's role. */
const ROLE: Record<string, AmountColumn> = {
  "expenditure.basic": "basic",
  "expenditure.project": "project",
  "basic.personnel": "personnel",
  "basic.public": "public",
  "expenditure.total": "total",
};

const yearsIn = (path: string[]) => (path.join("").match(/20\d\d(?=年)/g) ?? []).map(Number);

/**
 * NOTE: a table may set last year's figures beside this year's ("2025年预算数 | 2026年预算数" in a 2026 三公 table).
 * The latest year named over the amount columns is the document's; a column under an earlier year is the prior, of
 * a measure the header does not always say (预算数, 执行数), so it is not read as this year's figure.
 */
export function isEarlierYearColumn(path: string[], amountPaths: string[][]): boolean {
  const mine = yearsIn(path);
  if (mine.length === 0) return false;
  return Math.max(...mine) < Math.max(...amountPaths.flatMap(yearsIn));
}

/**
 * The column's role from its name (`table_column` rows: 基本支出, 项目支出, 人员经费/人员支出, 公用经费/日常公用支出,
 * then the total's 合计/总计/金额).
 */
export function amountColumn(vocab: LabelVocabulary, path: string[], only: boolean, besideTotal = false): AmountColumn {
  const name = columnName(path);
  const role = ROLE[vocab.first("table_column", name)?.hits[0].key ?? ""];
  if (role && role !== "total") return role;
  // NOTE: a 小计 with nothing above it, beside a 合计 column, may be any group's subtotal (基本支出 › 小计 whose
  // heading landed over its neighbour): no total. Without a 合计 beside it, 小计 is the row's total.
  if (name === "小计" && !only && besideTotal) {
    const above = path.slice(0, path.indexOf("小计")).filter((p) => !MEASURE_WORD.test(p)).join("");
    const heading = ROLE[vocab.first("table_column", above)?.hits[0].key ?? ""];
    if (heading === "basic" || heading === "project") return heading;
    return above && !/支出/.test(above) ? "total" : "other";
  }
  if (role === "total" || name === "" || only) return "total";
  return "other";
}

/**
 * A bare 预算数 is the initial budget unless the table's note says it is the full-year (adjusted) one: "预算数为
 * “三公”经费全年预算数，反映按规定程序调整后的预算数".
 */
export function measureOf(vocab: LabelVocabulary, path: string[], final: boolean, note = ""): FactRecord["measure"] {
  if (!final) return null;
  const p = path.join("");
  const named = vocab.first("table_column_measure", p, "final");
  if (named) return named.hits[0].measure!;
  if (/预算数/.test(p) && !/决算/.test(p)) return ADJUSTED_NOTE.test(note.replace(/\s/g, "")) ? "budget_adjusted" : "budget_initial";
  return "actual";
}

/** A note that defines the table's 预算数 as the full-year or adjusted budget. */
const ADJUSTED_NOTE = /预算数(?:为|是|指)[^。；;]{0,20}(?:全年预算|调整预算|调整后的预算)/;

/** The 三公 column's key; `withMeetings` when the table also has 会议费/培训费 (then its 合计 is no 三公 total). */
export function threePublicKey(vocab: LabelVocabulary, path: string[], withMeetings: boolean): string | null {
  return threePublicColumn(vocab, path, withMeetings)?.key ?? null;
}

/**
 * The 三公 column's key and its name as the label of its facts: the name the key was read from, whole when it was
 * wrapped ("因公出国" / "（境）经费" → 因公出国（境）经费), and a 小计 named with its heading
 * (公务用车购置及运行维护费小计), since a bare 小计 says nothing of what it sums.
 */
export function threePublicColumn(vocab: LabelVocabulary, path: string[], withMeetings: boolean): {key: string; name: string} | null {
  const parts = path.filter((p) => !MEASURE_WORD.test(p));
  // NOTE: a 三公 table with 机关运行经费 beside it: the whole header path says so, whatever its last piece.
  if (vocab.first("table_three_public_column", parts.join(""))?.hits[0].key === "operating_cost") return {key: "operating_cost", name: parts.at(-1) ?? ""};
  // A name wrapped over two header lines ("公务用车运行" / "维护费") is read whole when its last piece says nothing.
  const names = [parts.at(-1) ?? "", parts.slice(-2).join("")];
  for (const [n, name] of names.entries()) {
    const heading = parts.slice(0, -1 - n);
    const key = nameKey(vocab, name, heading.join(""), withMeetings);
    if (!key) continue;
    // NOTE: a bare 合计/小计 names nothing: the 三公 total is named by what it totals and by its column as printed
    // ("“三公”经费 › 2026年预算数 › 合计", "“三公”经费 › 决算数 › 合计": the measure word tells the two apart).
    if (key === "three_public.total" && /^(?:合计|小计)$/.test(name)) return {key, name: `${/三公/.test(path.join("")) ? "" : "“三公”经费"}${path.join("")}`};
    return {key, name: name === "小计" && heading.length ? `${heading.at(-1)}${name}` : name};
  }
  return null;
}

/** The key a 三公 column's name gives (`table_three_public_column` rows), or its subtotal's and total's. */
function nameKey(vocab: LabelVocabulary, name: string, above: string, withMeetings: boolean): string | null {
  const named = vocab.first("table_three_public_column", name)?.hits[0].key;
  // The whole path was tried for 机关运行经费 first; a name alone is not enough to make one.
  if (named && named !== "operating_cost") return named;
  // NOTE: Jiangsu prints two 小计: the 三公 one (nothing above it) and the vehicles one (under 公务用车…).
  if (/^小计$/.test(name)) return vocab.first("table_three_public_subtotal_heading", above)?.hits[0].key ?? "three_public.total";
  if (/^合计$/.test(name)) return withMeetings ? null : "three_public.total";
  return null;
}
