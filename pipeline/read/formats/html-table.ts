/**
 * An HTML `<table>` (from a web page, or from a .docx through mammoth) → rows of cell text, with merged cells
 * expanded the way a spreadsheet stores them: the text in the merged area's top-left cell, "" in the others. Every
 * reader (xlsx merges, PDF positions) gives the same shape, so the table mapper needs no per-format rules.
 */
import type {CheerioAPI} from "cheerio";
import type {Element} from "domhandler";

/** Rows of a table's own cells (not those of nested tables). */
export function tableRows($: CheerioAPI, table: Element): string[][] {
  const out: string[][] = [];
  // Cells still covered by a rowspan from above: column → rows left.
  const pending = new Map<number, number>();
  const rows = $(table)
    .find("tr")
    .filter((_, tr) => $(tr).closest("table").get(0) === table)
    .toArray();
  for (const tr of rows) {
    const row: string[] = [];
    let col = 0;
    const skipCovered = () => {
      while ((pending.get(col) ?? 0) > 0) {
        row[col] = "";
        pending.set(col, pending.get(col)! - 1);
        col++;
      }
    };
    for (const cell of $(tr).children("td, th").toArray()) {
      skipCovered();
      const colspan = span($(cell).attr("colspan"));
      const rowspan = span($(cell).attr("rowspan"));
      row[col] = cellText($, cell);
      for (let k = 1; k < colspan; k++) row[col + k] = "";
      if (rowspan > 1) for (let k = 0; k < colspan; k++) pending.set(col + k, rowspan - 1);
      col += colspan;
    }
    skipCovered();
    out.push(Array.from(row, (c) => c ?? ""));
  }
  return out;
}

/** A table holds data (not layout) when it has rows of several cells, no nested table and no paragraphs of prose. */
export function isDataTable($: CheerioAPI, table: Element): boolean {
  const t = $(table);
  if (t.find("table").length > 0) return false;
  const rows = t.find("tr").toArray();
  if (rows.length < 2 || !rows.some((tr) => $(tr).children("td, th").length >= 2)) return false;
  // NOTE: old portal templates lay out the whole article in table cells; a cell of several sentences is layout.
  return !t
    .find("td, th")
    .toArray()
    .some(
      (cell) =>
        (
          $(cell)
            .text()
            .match(/[。！？]/g) ?? []
        ).length > 2,
    );
}

/** A cell's text on one line: inner paragraphs and <br> joined by a space, whitespace collapsed. */
function cellText($: CheerioAPI, cell: Element): string {
  const parts: string[] = [];
  const walk = (el: Element) => {
    for (const node of el.children) {
      if (node.type === "text") parts.push(node.data);
      else if (node.type === "tag") {
        if (node.name === "br" || node.name === "p" || node.name === "div") parts.push(" ");
        walk(node);
      }
    }
  };
  walk(cell);
  return parts
    .join("")
    .replace(/[ \t\r\n\f]+/g, " ")
    .trim();
}

function span(value: string | undefined): number {
  const n = Number.parseInt(value ?? "1", 10);
  // A hostile or broken page cannot make the grid enormous.
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
}
