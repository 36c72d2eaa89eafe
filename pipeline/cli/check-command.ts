/**
 * `gongkai check`: the findings of the SQL checks for a reader at an oversight body — grouped by document, most
 * severe first, each with its rule's Chinese title, the figures compared, where it is (line of the document's text)
 * and the quote it rests on. Checks that could not be made (`insufficient_data`) are not findings: each document
 * gets one coverage line per rule saying how many could not be made and why.
 */
import path from "node:path";
import type {Command} from "commander";
import {Option} from "commander";
import {DEFAULTS} from "../refresh/defaults.ts";
import type {Io} from "./io.ts";

/** Exit code when findings at or above `--fail-on` exist. */
export const EXIT_FINDINGS = 4;
const RANK: Record<string, number> = {info: 0, warning: 1, error: 2};
const ZH: Record<string, string> = {error: "错误", warning: "警告", info: "提示"};

const HELP = `
Prints the findings that the last refresh's checks stored in the warehouse (table \`findings\`), grouped by document
and ordered by severity, each with its rule's title (the rule id beside it), the figures compared, the line of the
document it is on and the quote it rests on. Checks that could not be made for want of data are summed up per
document as coverage lines, not listed as findings.
Severity: 错误 error (an identity or stated figure that does not hold), 警告 warning (likely wrong, or needs a look),
提示 info (worth knowing: stale names, outliers).

--format json|csv prints one record per finding (document, unit, year, severity, rule_id, title, status, line,
message, quote, expected, actual) for other tools; coverage rows have status insufficient_data.

Exit codes: 0, or ${EXIT_FINDINGS} when --fail-on is given and a finding of that severity or worse exists.

Examples:
  $ gongkai check                       # everything
  $ gongkai check --severity warning    # warnings and errors only
  $ gongkai check --format csv > findings.csv
  $ gongkai check --fail-on error       # for scripts: non-zero when any error-level finding exists`;

export interface CheckRecord {
  document: string;
  unit: string | null;
  year: number | null;
  kind: string | null;
  severity: string;
  rule_id: string;
  title: string;
  status: string;
  line: number | null;
  message: string;
  quote: string | null;
  expected: string | null;
  actual: string | null;
}

const FIELDS: (keyof CheckRecord)[] = ["document", "unit", "year", "kind", "severity", "rule_id", "title", "status", "line", "message", "quote", "expected", "actual"];

/**
 * Why a check could not be made, without the figures: the trailing clauses of its message that cite no amount
 * ("本文件所述 2023 年数 5758.9，库中无 2023 年文件，无法核对" → "库中无 2023 年文件，无法核对").
 */
export function reasonOf(message: string): string {
  const parts = message.split(/[，：]/);
  const plain = (p: string) => !/\d/.test(p.replace(/\d{4}\s*年/g, "").replace(/为\s*0(?![\d.])/g, ""));
  let i = parts.length;
  while (i > 0 && plain(parts[i - 1])) i--;
  return parts.slice(i).join("，").replace(/[。.]$/, "") || "数据不足";
}

/** The findings as text: per document, findings by severity, then the coverage lines. */
export function renderFindings(records: CheckRecord[], minSeverity: string): string[] {
  const out: string[] = [];
  const docs = [...new Set(records.map((r) => r.document))].sort();
  for (const doc of docs) {
    const mine = records.filter((r) => r.document === doc);
    const shown = mine
      .filter((r) => r.status === "fail" && RANK[r.severity] >= RANK[minSeverity])
      .sort((a, b) => RANK[b.severity] - RANK[a.severity] || (a.line ?? 0) - (b.line ?? 0) || a.rule_id.localeCompare(b.rule_id));
    const missing = mine.filter((r) => r.status !== "fail");
    if (!shown.length && !missing.length) continue;
    const first = mine[0];
    const kind = first.kind === "final" ? "决算" : first.kind === "budget" ? "预算" : "";
    const counts = (["error", "warning", "info"] as const)
      .map((s) => [s, mine.filter((r) => r.status === "fail" && r.severity === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${ZH[s]} ${n}`);
    out.push(`\n■ ${doc}${first.unit ? ` · ${first.unit}` : ""}${first.year ? ` ${first.year} 年${kind}` : ""}${counts.length ? `（${counts.join("，")}）` : ""}`);
    for (const r of shown) {
      out.push(`  [${ZH[r.severity]}] ${r.title}（${r.rule_id}）${r.line ? ` · 第 ${r.line} 行` : ""}`);
      out.push(`      ${r.message}`);
      if (r.quote) out.push(`      “${r.quote.replace(/\s*\n\s*/g, " ")}”`);
    }
    const byRule = new Map<string, {n: number; reasons: Set<string>}>();
    for (const r of missing) {
      const e = byRule.get(r.title) ?? {n: 0, reasons: new Set<string>()};
      e.n++;
      e.reasons.add(r.status === "insufficient_data" ? reasonOf(r.message) : `检查未能运行：${r.message}`);
      byRule.set(r.title, e);
    }
    for (const [title, e] of [...byRule].sort((a, b) => b[1].n - a[1].n))
      out.push(`  · 未能核对：${title} ${e.n} 项（${[...e.reasons].slice(0, 2).join("；")}）`);
  }
  return out;
}

export function addCheckCommand(program: Command, io: Io): void {
  program
    .command("check")
    .description("print the findings of the checks by document and severity, with their quotes")
    .option("--db <file>", "warehouse file to read", DEFAULTS.db)
    .addOption(new Option("--severity <level>", "lowest severity to show").choices(["info", "warning", "error"]).default("info"))
    .addOption(new Option("--fail-on <level>", "exit non-zero when a finding of this severity or worse exists").choices(["info", "warning", "error"]))
    .addOption(new Option("--format <format>", "output format").choices(["text", "json", "csv"]).default("text"))
    .addHelpText("after", HELP)
    .action(async (opts: {db: string; severity: string; failOn?: string; format: "text" | "json" | "csv"}) => {
      const {queryRows} = await import("../store/query.ts");
      const objects = async (sql: string) => {
        const r = await queryRows(opts.db, sql);
        return r.rows.map((row) => Object.fromEntries(r.columns.map((c, j) => [c, row[j]])));
      };
      // The line is counted in the document's cleaned text, which every span points into.
      const rows = (await objects(
        `select coalesce(d.source, '（跨文件）') as document, d.unit, d.year, d.kind, f.severity, f.rule_id,
                coalesce(r.title, f.rule_id) as title, f.status,
                case when f.span_start is null or d.text is null then null
                     else length(d.text[1:f.span_start]) - length(replace(d.text[1:f.span_start], chr(10), '')) + 1 end as line,
                f.message, f.quote, f.expected::VARCHAR as expected, f.actual::VARCHAR as actual
         from findings as f
         left join documents as d using (doc_id)
         left join check_rules as r using (rule_id)
         order by document, f.span_start nulls first, f.rule_id, f.message`,
      )) as unknown as CheckRecord[];
      const records = rows.map((r) => ({...r, document: r.document === "（跨文件）" ? r.document : path.basename(r.document), line: r.line === null ? null : Number(r.line), year: r.year === null ? null : Number(r.year)}));
      if (opts.format !== "text") {
        const sel = records.filter((r) => RANK[r.severity] >= RANK[opts.severity] || r.status !== "fail");
        if (opts.format === "json") io.out(JSON.stringify(sel, null, 2));
        else {
          const Papa = (await import("papaparse")).default;
          io.out(Papa.unparse({fields: FIELDS, data: sel.map((r) => FIELDS.map((k) => r[k] ?? ""))}, {newline: "\n"}));
        }
      } else {
        for (const l of renderFindings(records, opts.severity)) io.out(l);
        const [summary] = await objects(
          `select count(*) filter (where rule_id like 'identity%' and status <> 'insufficient_data') as checked,
                  count(*) filter (where rule_id like 'identity%' and status = 'pass') as held,
                  count(*) filter (where severity = 'error' and status = 'fail') as errors,
                  count(*) filter (where severity = 'warning' and status = 'fail') as warnings,
                  count(*) filter (where severity = 'info' and status = 'fail') as infos,
                  count(*) filter (where status = 'insufficient_data') as missing,
                  count(*) filter (where status = 'error') as broken
           from check_results`,
        );
        io.out(
          `\n核对恒等式 ${summary.checked} 项，成立 ${summary.held} 项` +
            `\n发现：错误 ${summary.errors} 项，警告 ${summary.warnings} 项，提示 ${summary.infos} 项；另有 ${summary.missing} 项因数据不足未能核对` +
            (Number(summary.broken) ? `\n有 ${summary.broken} 条核对规则运行出错（见上），其结果缺失` : ""),
        );
      }
      if (opts.failOn && records.some((f) => f.status === "fail" && RANK[f.severity] >= RANK[opts.failOn!])) io.setExitCode(EXIT_FINDINGS);
    });
}
