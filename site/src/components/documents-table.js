import {h} from "./dom.js";
import {formatAmount} from "./format.js";
import {headline} from "./headlines.js";
import {KIND, label} from "./labels.js";

/**
 * @typedef {{doc_id: string, source: string, unit: string | null, year: number | null, kind: string | null,
 *   region: string | null, is_synthetic: boolean, fact_count: number, unplaced_count: number,
 *   conflict_count: number}} DocumentRow
 */

/**
 * The documents table: identity, headline totals (basis total) and extraction counts, one row per document.
 * @param {{documents: DocumentRow[], headlines: import("./headlines.js").Headline[]}} data
 * @param {{width?: number}} [options]
 */
export function documentsTable({documents, headlines}, {width} = {}) {
  const amountCell = (/** @type {DocumentRow} */ doc, /** @type {string} */ key) => {
    const row = headline(headlines, doc.doc_id, key);
    return h("td", {class: "num", title: row?.quote}, row ? formatAmount(row.amount) : "—");
  };
  return h(
    "div",
    {class: "gongkai-table-wrap", style: width ? `max-width: ${width}px` : undefined},
    h(
      "table",
      {class: "gongkai"},
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", {}, "单位"),
          h("th", {class: "num"}, "年度"),
          h("th", {}, "类型"),
          h("th", {}, "地区"),
          h("th", {}, "来源"),
          h("th", {class: "num"}, "收入总计"),
          h("th", {class: "num"}, "支出总计"),
          h("th", {class: "num"}, "事实"),
          h("th", {class: "num"}, "未归位"),
        ),
      ),
      h(
        "tbody",
        {},
        documents.map((doc) =>
          h(
            "tr",
            {"data-doc-id": doc.doc_id},
            h("td", {title: doc.source}, doc.unit ?? "—"),
            h("td", {class: "num"}, doc.year ?? "—"),
            h("td", {}, label(KIND, doc.kind)),
            h("td", {}, doc.region ?? "—"),
            h("td", {}, h("span", {class: "gongkai-badge"}, doc.is_synthetic ? "合成" : "真实")),
            amountCell(doc, "income.total"),
            amountCell(doc, "expenditure.total"),
            h("td", {class: "num"}, doc.fact_count),
            h("td", {class: "num"}, doc.unplaced_count),
          ),
        ),
      ),
    ),
  );
}
