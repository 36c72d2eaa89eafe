/** `gongkai check`: the findings of the SQL checks, grouped by rule, each with the sentence it rests on. */
import type {Command} from "commander";
import {Option} from "commander";
import {DEFAULTS} from "../refresh/defaults.ts";
import type {Io} from "./io.ts";

/** Exit code when findings at or above `--fail-on` exist. */
export const EXIT_FINDINGS = 4;
const RANK: Record<string, number> = {info: 0, warning: 1, error: 2};

const HELP = `
Prints the findings that the last refresh's checks stored in the warehouse (table \`findings\`), grouped by rule,
each with its document, the amounts compared and the quote it rests on; then how many identities were checked.
Severity: error (an identity or stated figure that does not hold), warning (likely wrong, or needs a look),
info (worth knowing: stale names, figures that could not be verified).

Exit codes: 0, or ${EXIT_FINDINGS} when --fail-on is given and a finding of that severity or worse exists.

Examples:
  $ gongkai check                       # everything
  $ gongkai check --severity warning    # warnings and errors only
  $ gongkai check --fail-on error       # for scripts: non-zero when any error-level finding exists`;

interface Finding {
  rule_id: string;
  severity: string;
  status: string;
  unit_name: string | null;
  fiscal_year: number | null;
  key: string | null;
  message: string;
  quote: string | null;
  description: string | null;
}

export function addCheckCommand(program: Command, io: Io): void {
  program
    .command("check")
    .description("print the findings of the checks, grouped by rule, with their quotes")
    .option("--db <file>", "warehouse file to read", DEFAULTS.db)
    .addOption(new Option("--severity <level>", "lowest severity to show").choices(["info", "warning", "error"]).default("info"))
    .addOption(new Option("--fail-on <level>", "exit non-zero when a finding of this severity or worse exists").choices(["info", "warning", "error"]))
    .addHelpText("after", HELP)
    .action(async (opts: {db: string; severity: string; failOn?: string}) => {
      const {queryRows} = await import("../store/query.ts");
      const objects = async (sql: string) => {
        const r = await queryRows(opts.db, sql);
        return r.rows.map((row) => Object.fromEntries(r.columns.map((c, j) => [c, row[j]])));
      };
      const rows = await objects(
        `select f.rule_id, f.severity, f.status, d.unit as unit_name, d.year as fiscal_year, f.key, f.message, f.quote,
                r.description
         from findings as f
         left join documents as d using (doc_id)
         left join check_rules as r using (rule_id)
         order by f.rule_id, d.unit, d.year, f.span_start, f.key, f.message`,
      );
      const shown = (rows as unknown as Finding[]).filter((f) => RANK[f.severity] >= RANK[opts.severity]);
      let rule = "";
      for (const f of shown) {
        if (f.rule_id !== rule) {
          rule = f.rule_id;
          const n = shown.filter((x) => x.rule_id === rule).length;
          io.out(`\n■ ${rule} (${n})${f.description ? `\n  ${f.description}` : ""}`);
        }
        const where = [f.unit_name, f.fiscal_year].filter(Boolean).join(" ");
        io.out(`  [${f.severity}${f.status === "insufficient_data" || f.status === "error" ? ` · ${f.status}` : ""}] ${where}: ${f.message}${f.quote ? `\n      “${f.quote}”` : ""}`);
      }
      const [summary] = await objects(
        `select count(*) filter (where rule_id like 'identity%' and status not in ('insufficient_data', 'error')) as checked,
                count(*) filter (where rule_id like 'identity%' and status = 'pass') as held,
                count(*) filter (where severity = 'error' and status <> 'pass') as errors,
                count(*) filter (where severity = 'warning' and status <> 'pass') as warnings,
                count(*) filter (where severity = 'info' and status <> 'pass') as infos
         from check_results`,
      );
      io.out(
        `\n核对恒等式 ${summary.checked} 项，成立 ${summary.held} 项 · identities checked ${summary.checked}, held ${summary.held}` +
          `\n发现 findings: error ${summary.errors} · warning ${summary.warnings} · info ${summary.infos}`,
      );
      if (opts.failOn && (rows as unknown as Finding[]).some((f) => RANK[f.severity] >= RANK[opts.failOn!])) io.setExitCode(EXIT_FINDINGS);
    });
}
