import fs from "node:fs";
import path from "node:path";
import {fileURLToPath} from "node:url";

/**
 * A SQL model or check as a file: its name is the file name, its header comment says what one row is and what it
 * depends on. The runner orders models by those declared dependencies.
 */
export interface SqlFile {
  name: string;
  layer: string;
  path: string;
  sql: string;
  /** Header fields: `-- key: value` lines at the top of the file (grain, depends_on, severity, description …). */
  header: Record<string, string>;
  dependsOn: string[];
}

export const DEFAULT_SQL_DIR = fileURLToPath(new URL("../../sql/", import.meta.url));
const LAYERS = ["staging", "intermediate", "marts"];

export function parseSqlFile(file: string, layer: string): SqlFile {
  const sql = fs.readFileSync(file, "utf8");
  const header: Record<string, string> = {};
  for (const line of sql.split("\n")) {
    if (!line.startsWith("--")) break;
    const m = /^--\s*([a-z_]+):\s*(.*)$/.exec(line);
    if (m) header[m[1]] = header[m[1]] ? `${header[m[1]]} ${m[2].trim()}` : m[2].trim();
  }
  const dependsOn = (header.depends_on ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  return {name: path.basename(file, ".sql"), layer, path: file, sql, header, dependsOn};
}

function listSql(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".sql")).sort().map((f) => path.join(dir, f)) : [];
}

/** Models in an order where every model comes after what it depends on (layer, then name, breaks ties). */
export function loadModels(sqlDir = DEFAULT_SQL_DIR): SqlFile[] {
  const models = LAYERS.flatMap((layer) => listSql(path.join(sqlDir, layer)).map((f) => parseSqlFile(f, layer)));
  const byName = new Map(models.map((m) => [m.name, m]));
  const done = new Set<string>();
  const order: SqlFile[] = [];
  const visit = (m: SqlFile, stack: string[]) => {
    if (done.has(m.name)) return;
    if (stack.includes(m.name)) throw new Error(`model cycle: ${[...stack, m.name].join(" → ")}`);
    for (const d of m.dependsOn) {
      const dep = byName.get(d);
      if (dep) visit(dep, [...stack, m.name]);
    }
    done.add(m.name);
    order.push(m);
  };
  for (const m of models) visit(m, []);
  return order;
}

export function loadChecks(sqlDir = DEFAULT_SQL_DIR): SqlFile[] {
  return listSql(path.join(sqlDir, "checks")).map((f) => parseSqlFile(f, "checks"));
}
