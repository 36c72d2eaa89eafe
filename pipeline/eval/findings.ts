/**
 * `npm run eval:findings`: how far the checks' findings on the real disclosures can be trusted.
 *
 * Extracts every document of `../shared/real` and `../shared/real2` as a user has it (the PDF where `pdf/` holds
 * one, else the text or HTML rendering), runs the models and checks over all of them together in a throwaway
 * warehouse (as `gongkai extract` does, so the comparisons across years see the neighbouring years), and scores the
 * findings against each gold file's `known_defects`: a known defect is found when a finding of warning or error on
 * the same document cites one of the amounts the defect's `what` gives (in its message, or its quote when the message
 * cites none), or quotes a sentence the `what` quotes. Prints recall by
 * defect class and every error or warning that matches no known defect.
 *
 * It lives in `pipeline/eval/` (not `bench/`, which times extraction) because the scorer is also what
 * `tests/checks/real-defects.test.ts` could reuse, and it runs the same code paths a user runs.
 */
import fs from "node:fs";
import path from "node:path";
import {fileURLToPath} from "node:url";
import type {FindingJson} from "../models/findings-for.ts";
import type {Extraction} from "../types.ts";

export interface KnownDefect {
  file: string;
  what: string;
  where?: string;
  kind?: string;
  cls: string;
  numeric: boolean;
  amounts: string[];
  /** Sentences the description quotes, compared bare (see quotesIn). */
  quotes: string[];
}

export interface DocFindings {
  file: string;
  findings: FindingJson[];
}

const SHARED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "shared");

/** The input a user has for a gold file: the PDF where `pdf/` holds one, else the rendering the gold names. */
export function inputsFor(sharedDir = SHARED): {gold: string; input: string}[] {
  const out: {gold: string; input: string}[] = [];
  for (const corpus of ["real", "real2"]) {
    const goldDir = path.join(sharedDir, "gold", corpus);
    if (!fs.existsSync(goldDir)) continue;
    for (const g of fs.readdirSync(goldDir).filter((f) => f.endsWith(".json")).sort()) {
      const stem = g.replace(/\.json$/, "");
      const pdf = path.join(sharedDir, corpus, "pdf", `${stem}.pdf`);
      const gold = JSON.parse(fs.readFileSync(path.join(goldDir, g), "utf8")) as {file?: string};
      const rendering = path.join(sharedDir, corpus, gold.file ?? `${stem}.txt`);
      out.push({gold: path.join(goldDir, g), input: fs.existsSync(pdf) ? pdf : rendering});
    }
  }
  return out;
}

/** Amounts a defect's text cites, normalised (thousands separators dropped, trailing zeros kept off): "35,874.50" → "35874.5". */
export function amountsIn(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/(?<![\d.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.])\d+\.\d+|(?<![\d.,])\d{3,}(?![\d,.])/g)) {
    const s = m[0].replace(/,/g, "");
    // A figure written with thousands separators (94,995,790 元) is an amount, never a year or a code.
    const grouped = m[0].includes(",");
    if (!grouped && /^\d+$/.test(s) && (Number(s) < 100 || (Number(s) >= 1990 && Number(s) <= 2030) || s.length > 7)) continue; // years, ordinals, codes
    if (!grouped && (/^20\d{5}$/.test(s) || /^2\d{4,6}$/.test(s))) continue; // classification codes
    found.add(norm(s));
    // NOTE: a defect written in 元 ("804,395.02元") is the amount a finding states in 万元 (80.439502).
    if (/^\s*元/u.test(text.slice(m.index! + m[0].length))) found.add(norm(inWan(s)));
  }
  return [...found];
}

/** An amount in 元 as 万元, exactly (the decimal point moved four places): "804395.02" → "80.439502". */
function inWan(yuan: string): string {
  const [int, frac = ""] = yuan.split(".");
  const digits = int.padStart(5, "0");
  return `${digits.slice(0, -4).replace(/^0+(?=\d)/, "")}.${digits.slice(-4)}${frac}`;
}

function norm(s: string): string {
  return s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s;
}

/** A defect's class, from what it says: the arithmetic it rests on, or what a reader sees. */
export function classify(what: string, kind?: string): {cls: string; numeric: boolean} {
  if (kind === "percentage" || /(stated|printed|says).{0,40}\d%|growth|增长.{0,6}%|share wrong/i.test(what)) return {cls: "percentage", numeric: true};
  if (/template|garbled|copy-paste|copied|typo|行次|codes? "|state secrets|municipal|described as|reason says/i.test(what))
    return {cls: /template|municipal/i.test(what) ? "template_text" : /copied|copy-paste|described as|reason says/i.test(what) ? "copied_text" : "text_other", numeric: false};
  if (/sum|≠|add to|add up|parts|Σ|balance/i.test(what)) return {cls: "sum", numeric: true};
  if (/narrative|text|table|says|two|contradict|vs/i.test(what)) return {cls: "cross_statement", numeric: true};
  return {cls: "other", numeric: false};
}

export function knownDefects(goldPath: string): KnownDefect[] {
  const gold = JSON.parse(fs.readFileSync(goldPath, "utf8")) as {known_defects?: {what: string; where?: string; kind?: string}[]};
  const file = path.basename(goldPath, ".json");
  return (gold.known_defects ?? []).map((d) => ({file, ...d, ...classify(d.what, d.kind), amounts: amountsIn(d.what), quotes: quotesIn(d.what)}));
}

/** Text compared without spaces, line breaks and quotation marks (a PDF text layer adds the first two anywhere). */
function bare(s: string): string {
  return s.replace(/[\s"“”'‘’]/gu, "");
}

/**
 * The sentences a defect's description quotes ("…" or “…”, at least 6 characters): a finding whose quote contains
 * one points at the same sentence — how a non-numeric defect (template text, a blank page) is matched.
 */
export function quotesIn(what: string): string[] {
  const out = new Set<string>();
  for (const m of what.matchAll(/"([^"]{6,})"|“([^”]{6,})”/gu)) {
    const q = bare(m[1] ?? m[2]).replace(/^[，。；、…]+|[，。；、…]+$/gu, "");
    if (q.length >= 6) out.add(q);
  }
  return [...out];
}

/**
 * The amounts a finding is about: those in its message and its expected/actual figures. The quote is used only when
 * the message cites no amount (a text finding): a long quote cites many figures the finding is not about.
 */
function findingAmounts(f: FindingJson): Set<string> {
  const inMessage = amountsIn(f.message.split("；另见：")[0]);
  const s = new Set(inMessage.length ? inMessage : amountsIn(f.quote ?? ""));
  for (const v of [f.expected, f.actual]) if (v !== null && v !== undefined) s.add(norm(String(v)));
  return s;
}

/** Whether a finding points at a defect: same document and at least one of the defect's amounts cited, or the sentence it quotes. */
export function matches(f: FindingJson, d: KnownDefect): boolean {
  const a = findingAmounts(f);
  if (d.amounts.some((x) => a.has(x))) return true;
  const q = bare(f.quote ?? "");
  return q.length > 0 && d.quotes.some((x) => q.includes(x));
}

/** Findings that the gold lacks but that are real defects, each with the arithmetic that proves it. */
export const CONFIRMED_EXTRA: {file: string; rule_id: string; amounts: string[]; quote?: string; proof: string}[] = [
  {
    file: "047_beijing-tongjiju-2026-yusuan-text",
    rule_id: "identity_income_sources",
    amounts: ["51036.23"],
    proof: "收入预算 51036.22; its sources as the text prints them 50665.50 + 0.96 + 369.77 = 51036.23 (the tables in 元-level 万元: 50665.496773 + 0.95732 + 369.765076 = 51036.219169; a 0.01 rounding gap as printed, reported as a warning)",
  },
  {
    file: "043_guangdong-foshan-guidaojiaotongju-2019-juesuan",
    rule_id: "text_punctuation",
    amounts: [],
    quote: "主要用于接待其他省市交通局参观所产生的费用",
    proof: "三、(三)3. ends “…参观所产生的费用” with no full stop, and the next line is the heading “四、其他重要事项的情况说明”",
  },
  {
    file: "041_zhongyang-guojiaxinfangju-2024-juesuan",
    rule_id: "identity_expenditure_functions",
    amounts: ["14572.54"],
    proof: "本年支出合计 14572.53, its 类 lines 10685.56 + 180.03 + 2228.57 + 497.53 + 980.85 = 14572.54 (a 0.01 gap, reported as a warning)",
  },
  {
    file: "041_zhongyang-guojiaxinfangju-2024-juesuan",
    rule_id: "change_without_reason",
    amounts: ["241.21"],
    proof: "五、1. 一般公共服务（类）10685.56 万元 “比 2023 年度决算数增加 241.21 万元，增长 2.31%。” — the only reason-like words are “主要用于…基本支出和项目支出” (what the money is for, not why it changed); the next item 2. 教育 begins at once and gives its own “主要原因是…”, as 3.–5. do: a change left unexplained (warning)",
  },
  {
    file: "024_shanghai-putuo-czj-2024-juesuan",
    rule_id: "identity_basic_items",
    amounts: ["2152.27"],
    proof: "人员经费合计 2152.26 = 301 2082.85 + 303 69.41; its items 301 (sum 2082.86, the gold's 301 defect) + 303 69.10 + 0.31 = 2152.27",
  },
];

export interface Score {
  defects: (KnownDefect & {found: boolean; by: string[]})[];
  unmatched: (FindingJson & {file: string})[];
  perDoc: {file: string; errors: number; warnings: number; falseErrors: number; falseWarnings: number; found: number; defects: number}[];
}

export function score(docs: DocFindings[], defects: KnownDefect[]): Score {
  const out: Score = {defects: [], unmatched: [], perDoc: []};
  for (const d of defects) {
    const fs_ = docs.find((x) => x.file === d.file)?.findings.filter((f) => f.severity !== "info" && f.status === "fail") ?? [];
    const by = fs_.filter((f) => matches(f, d)).map((f) => f.rule_id);
    out.defects.push({...d, found: by.length > 0, by: [...new Set(by)]});
  }
  for (const doc of docs) {
    const mine = defects.filter((d) => d.file === doc.file);
    const row = {file: doc.file, errors: 0, warnings: 0, falseErrors: 0, falseWarnings: 0, found: 0, defects: mine.length};
    row.found = out.defects.filter((d) => d.file === doc.file && d.found).length;
    for (const f of doc.findings) {
      if (f.severity === "info" || f.status !== "fail") continue;
      const real = mine.some((d) => matches(f, d)) || CONFIRMED_EXTRA.some((c) => doc.file === c.file && c.rule_id === f.rule_id && (c.amounts.some((a) => findingAmounts(f).has(a)) || (c.quote !== undefined && bare(f.quote ?? "").includes(c.quote))));
      if (f.severity === "error") row.errors++;
      else row.warnings++;
      if (!real) {
        if (f.severity === "error") row.falseErrors++;
        else row.falseWarnings++;
        out.unmatched.push({file: doc.file, ...f});
      }
    }
    out.perDoc.push(row);
  }
  return out;
}

export async function runEval(sharedDir = SHARED): Promise<{docs: DocFindings[]; defects: KnownDefect[]}> {
  const {extractFile} = await import("../extract/extract-file.ts");
  const {fitForStore} = await import("../store/unfit-amounts.ts");
  const {loadReference} = await import("../reference/load-reference.ts");
  const {findingsFor} = await import("../models/findings-for.ts");
  const ref = loadReference();
  const inputs = inputsFor(sharedDir);
  const exs: {file: string; ex: Extraction}[] = [];
  for (const {gold, input} of inputs) {
    const r = await extractFile(fs.readFileSync(input), input, ref, {fit: fitForStore});
    const file = path.basename(gold, ".json");
    if (r.ok) exs.push({file, ex: r.extraction});
    else console.error(`${input}: ${r.reason}`);
  }
  const byDoc = await findingsFor(exs.map((x) => x.ex));
  const docs = exs.map(({file, ex}) => ({file, findings: byDoc.get(ex.document.doc_id) ?? []}));
  return {docs, defects: inputs.flatMap(({gold}) => knownDefects(gold))};
}

function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(0)}% (${n}/${d})` : "—";
}

export function report(s: Score): string {
  const lines: string[] = [];
  const by = (pred: (d: Score["defects"][number]) => boolean) => {
    const sel = s.defects.filter(pred);
    return pct(sel.filter((d) => d.found).length, sel.length);
  };
  lines.push("== recall of known defects");
  lines.push(`numeric      ${by((d) => d.numeric)}`);
  for (const c of [...new Set(s.defects.filter((d) => d.numeric).map((d) => d.cls))].sort()) lines.push(`  ${c.padEnd(16)} ${by((d) => d.numeric && d.cls === c)}`);
  lines.push(`non-numeric  ${by((d) => !d.numeric)}`);
  for (const c of [...new Set(s.defects.filter((d) => !d.numeric).map((d) => d.cls))].sort()) lines.push(`  ${c.padEnd(16)} ${by((d) => !d.numeric && d.cls === c)}`);
  lines.push("\n== per document: found/defects · errors (false) · warnings (false)");
  for (const r of s.perDoc) lines.push(`${r.file.padEnd(58)} ${r.found}/${r.defects} · E ${r.errors} (${r.falseErrors}) · W ${r.warnings} (${r.falseWarnings})`);
  const t = s.perDoc.reduce((a, r) => ({e: a.e + r.errors, fe: a.fe + r.falseErrors, w: a.w + r.warnings, fw: a.fw + r.falseWarnings}), {e: 0, fe: 0, w: 0, fw: 0});
  lines.push(`${"total".padEnd(58)} errors ${t.e} (false ${t.fe}) · warnings ${t.w} (false ${t.fw})`);
  lines.push("\n== known defects");
  for (const d of s.defects) lines.push(`${d.found ? "✓" : "✗"} ${d.file.slice(0, 4)} [${d.numeric ? "numeric" : "text"}/${d.cls}] ${d.what.slice(0, 110)}${d.found ? `  ← ${d.by.join(", ")}` : ""}`);
  lines.push("\n== errors and warnings that match no known defect");
  for (const f of s.unmatched) lines.push(`${f.file.slice(0, 4)} [${f.severity}] ${f.rule_id}: ${f.message}${f.quote ? `\n      “${f.quote.slice(0, 140)}”` : ""}`);
  return lines.join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const {docs, defects} = await runEval();
  const only = process.argv.find((a) => a.startsWith("--doc="))?.slice(6);
  if (only) for (const d of docs.filter((x) => x.file.startsWith(only))) for (const f of d.findings) console.log(`[${f.severity}/${f.status}] ${f.rule_id}: ${f.message}\n      “${(f.quote ?? "").slice(0, 160)}”`);
  else if (process.argv.includes("--json")) console.log(JSON.stringify(score(docs, defects), null, 2));
  else console.log(report(score(docs, defects)));
}
