import * as Plot from "@observablehq/plot";
import {formatAmount} from "./format.js";
import {headline} from "./headlines.js";
import {KEY, KIND, label} from "./labels.js";

/**
 * Horizontal bars of each document's 收入总计 and 支出总计 (basis total). Bar length needs a number, so the
 * amount is converted here for drawing only; every label shows the exact decimal string.
 * @param {{documents: import("./documents-table.js").DocumentRow[], headlines: import("./headlines.js").Headline[]}} data
 * @param {{width: number}} options
 */
export function totalsChart({documents, headlines}, {width}) {
  const rows = documents.flatMap((doc) =>
    ["income.total", "expenditure.total"].flatMap((key) => {
      const row = headline(headlines, doc.doc_id, key);
      if (!row) return [];
      const name = `${doc.unit ?? doc.source} ${doc.year ?? ""}${label(KIND, doc.kind)}`;
      return [{name, key: label(KEY, key), amount: row.amount, value: Number(row.amount)}];
    }),
  );
  return Plot.plot({
    width,
    height: Math.max(80, rows.length * 28 + 40),
    marginLeft: Math.min(240, width / 3),
    marginRight: 110,
    x: {label: "万元", grid: true},
    y: {label: null},
    color: {legend: true, domain: [KEY["income.total"], KEY["expenditure.total"]]},
    marks: [
      Plot.barX(rows, {x: "value", y: (d) => `${d.name} · ${d.key}`, fill: "key", sort: {y: null}}),
      Plot.text(rows, {
        x: "value",
        y: (d) => `${d.name} · ${d.key}`,
        text: (d) => formatAmount(d.amount),
        textAnchor: "start",
        dx: 4,
      }),
      Plot.ruleX([0]),
    ],
  });
}
