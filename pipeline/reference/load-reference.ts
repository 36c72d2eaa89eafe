import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import Papa from "papaparse";
import {compileLabels, type LabelRow, type LabelVocabulary} from "./label-vocabulary.ts";

/**
 * The classification and region tables the extractor resolves labels against. Loaded once from the CSVs in
 * `data/reference/` and passed into extraction (which stays pure: it never reads files itself).
 */

export interface ClassRow {
  code: string;
  name: string;
  level: string;
  parent: string;
}

export interface AliasRow {
  kind: "function" | "economic";
  code: string;
  alias: string;
  status: string;
  used_until: string;
}

export interface RegionRow {
  code: string;
  name: string;
  short_name: string;
  level: string;
  parent_code: string;
}

export interface Reference {
  functions: ClassRow[];
  economic: (ClassRow & {scheme: string})[];
  aliases: AliasRow[];
  regions: RegionRow[];
  /** The label vocabulary (labels.csv), compiled: which words name which key, basis and measure. */
  labels: LabelVocabulary;
}

export const DEFAULT_REFERENCE_DIR = fileURLToPath(new URL("../../data/reference/", import.meta.url));

function readCsv<T>(dir: string, name: string, path = join(dir, name)): T[] {
  if (!existsSync(path)) throw new Error(`reference table missing: ${path}`);
  const parsed = Papa.parse<T>(readFileSync(path, "utf8"), {header: true, skipEmptyLines: true});
  if (parsed.errors.length) throw new Error(`${path}: ${parsed.errors[0].message} (row ${parsed.errors[0].row})`);
  return parsed.data;
}

const cache = new Map<string, Reference>();

/**
 * The reference tables of `dir`, read once per process. `labelsPath` reads the label vocabulary from another file
 * (a province's additions being tried out, a test's modified copy) instead of `dir`/labels.csv.
 */
export function loadReference(dir = DEFAULT_REFERENCE_DIR, labelsPath?: string): Reference {
  const id = labelsPath ? `${dir}\0${labelsPath}` : dir;
  let ref = cache.get(id);
  if (!ref) {
    const labelsFile = labelsPath ?? join(dir, "labels.csv");
    ref = {
      functions: readCsv(dir, "function_classification.csv"),
      economic: readCsv(dir, "economic_classification.csv"),
      aliases: readCsv(dir, "classification_aliases.csv"),
      regions: readCsv(dir, "regions.csv"),
      labels: compileLabels(readCsv<LabelRow>(dir, "labels.csv", labelsFile), labelsFile),
    };
    cache.set(id, ref);
  }
  return ref;
}
