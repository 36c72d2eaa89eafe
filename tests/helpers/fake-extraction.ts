/**
 * A tiny hand-written Extraction for store tests. Spans are computed from the text so they always point at the
 * quoted words; amounts include a 4-place decimal and a negative one to exercise exact DECIMAL handling.
 */
import type {Extraction, FactRecord, MentionRecord, Span} from "../../pipeline/types.ts";

const LINES = [
  "阿坝州总工会2024年部门预算",
  "一、收入支出预算总体情况",
  "2024年收入总计18976.7551万元。支出总计3422.23万元。年末结转和结余-2336.67万元。",
  "二、变动情况",
  "收入比上年减少2336.67万元，主要原因是项目支出减少2000万元。",
  "其他：另有12.5万元。",
];

/** Span of the first occurrence of `needle` at or after `from`. */
function at(text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fake text lacks ${needle}`);
  return [start, start + needle.length];
}

export function fakeExtraction({doc_id = "0123456789abcdef", unit = "阿坝州总工会"} = {}): Extraction {
  const lines = [LINES[0].replace("阿坝州总工会", unit), ...LINES.slice(1)];
  const text = lines.join("\n");
  const lineStart = (n: number) => text.indexOf(lines[n]);
  const sec2 = lineStart(3);

  const mention = (id: number, written: string, line: number, role: string, key: string | null): MentionRecord => {
    const amount = written.replace("万元", "");
    const section = line < 3 ? "1" : "2";
    const span = at(text, written, lineStart(line));
    const base = {doc_id, mention_id: id, section, span, quote: lines[line], as_written: written};
    return {...base, amount_as_written: amount, unit_as_written: "万元", amount, unit: "万元", role, key, code: null, label: null, path_as_written: null};
  };
  const mentions = [
    mention(0, "18976.7551万元", 2, "fact", "income.total"),
    mention(1, "3422.23万元", 2, "fact", "expenditure.total"),
    mention(2, "-2336.67万元", 2, "fact", "balance.carryover"),
    mention(3, "2336.67万元", 4, "change", "income.total"),
    mention(4, "12.5万元", 5, "unplaced", null),
  ];

  const fact = (m: MentionRecord, label: string): FactRecord => ({
    doc_id,
    key: m.key!,
    basis: "total",
    code: null,
    label,
    parent: null,
    measure: null,
    amount: m.amount,
    unit: "万元",
    amount_as_written: m.amount_as_written,
    unit_as_written: "万元",
    share_pct: m.mention_id === 1 ? "18.0342" : null,
    share_pct_as_written: m.mention_id === 1 ? "18.0342" : null,
    rate_pct: null,
    rate_pct_as_written: null,
    rate_base: null,
    path_as_written: null,
    section: "1",
    span: m.span,
    quote: m.quote,
    mentions: 1,
    conflict: false,
    origin: "text",
    table_name: null,
  });

  return {
    document: {
      doc_id,
      source: `${unit}/2024年部门预算.txt`,
      unit,
      year: 2024,
      kind: "budget",
      scope: "department",
      published: "2024-03-01",
      region: "四川省 › 阿坝藏族羌族自治州",
      region_level: "prefecture",
      encoding: "utf-8",
      identity_source: JSON.stringify({unit: "title", year: "title", kind: "title"}),
      identity_warnings: "[]",
      is_synthetic: true,
      text,
    },
    sections: [
      {
        doc_id,
        ordinal: 0,
        path: "1",
        level: 1,
        title: "收入支出预算总体情况",
        span: [lineStart(1), sec2 - 1],
        heading_span: at(text, lines[1]),
      },
      {doc_id, ordinal: 1, path: "2", level: 1, title: "变动情况", span: [sec2, text.length], heading_span: at(text, lines[3])},
    ],
    mentions,
    facts: [
      fact(mentions[0], "收入总计"),
      fact(mentions[1], "支出总计"),
      fact(mentions[2], "年末结转和结余"),
    ],
    changes: [
      {
        doc_id,
        change_id: 0,
        key: "income.total",
        basis: "total",
        code: null,
        label: "收入总计",
        compare_year: 2023,
        delta: "-2336.67",
        prior: "21313.4251",
        prior_source: "implied",
        prior_measure: null,
        current: "18976.7551",
        pct: "-10.96",
        pct_as_written: "-10.96",
        section: "2",
        span: at(text, "收入比上年减少2336.67万元"),
        quote: lines[4],
      },
    ],
    reasons: [
      {
        doc_id,
        change_id: 0,
        change_key: "income.total",
        ordinal: 0,
        text: "项目支出减少2000万元",
        delta: "-2000",
        parts: JSON.stringify([{label: "人员经费", delta: "-34.66"}]),
        span: at(text, "项目支出减少2000万元"),
      },
    ],
    unplaced: [
      {
        doc_id,
        mention_id: 4,
        section: "2",
        span: mentions[4].span,
        as_written: "12.5万元",
        quote: lines[5],
        reason: "no vocabulary key matches 其他",
        origin: "text",
        table_name: null,
        row_label: null,
        column_header: null,
      },
    ],
    conflicts: [],
  };
}
