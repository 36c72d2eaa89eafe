/**
 * A page's text items as positioned boxes, and the physical lines they form. pdf.js gives each run of text with its
 * transform: x/y of the baseline's start in PDF units (y grows upwards), the font size in the matrix, and the run's
 * width. Whitespace-only runs (pdf.js emits them for the gaps between table cells) carry no text and are dropped.
 */
import {Util, type PDFPageProxy} from "pdfjs-dist/legacy/build/pdf.mjs";

export interface PdfItem {
  str: string;
  x0: number;
  x1: number;
  /** Baseline, PDF units from the bottom of the page. */
  y: number;
  /** Font size (height of the text). */
  h: number;
}

export interface PdfLine {
  y: number;
  h: number;
  items: PdfItem[];
}

/** Items of one page, top to bottom and left to right. */
export async function pageItems(page: PDFPageProxy): Promise<PdfItem[]> {
  const content = await page.getTextContent();
  // NOTE: landscape tables are often portrait pages with /Rotate 90: item positions are in the unrotated space,
  // so they are mapped through the viewport (as the page is shown) before rows and columns are read.
  const viewport = page.getViewport({scale: 1});
  const items: PdfItem[] = [];
  for (const it of content.items) {
    if (!("str" in it) || it.str.trim() === "") continue;
    const [a, b, c, d, e, f] = Util.transform(viewport.transform, it.transform) as number[];
    const h = Math.hypot(c, d) || Math.hypot(a, b) || 1;
    // Rotated runs (a vertical side note) are placed by their start point only.
    const horizontal = Math.abs(b) < 1e-6 && Math.abs(c) < 1e-6;
    const x1 = horizontal ? e + it.width : e;
    // Viewport y grows downwards; flip it so that y grows upwards, as in PDF space.
    items.push(...splitCells({str: it.str.trim(), x0: e, x1, y: viewport.height - f, h}));
  }
  return items.sort((p, q) => q.y - p.y || p.x0 - q.x0);
}

const AMOUNT = /^[-－]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)$/;

/**
 * NOTE: some writers put two table cells in one text run ("24,458.43 一、一般公共服务支出"). A run is split at its
 * spaces when one of the pieces is an amount; each piece gets its share of the run's width by display width (CJK
 * glyphs are twice as wide as digits), which is close enough to find its column.
 */
function splitCells(item: PdfItem): PdfItem[] {
  const pieces = item.str.split(/\s+/);
  if (pieces.length < 2 || !pieces.some((p) => AMOUNT.test(p))) return [item];
  const width = (s: string) => [...s].reduce((w, ch) => w + (ch.codePointAt(0)! >= 0x2000 ? 2 : 1), 0);
  const total = width(item.str);
  const out: PdfItem[] = [];
  let offset = 0;
  for (const m of item.str.matchAll(/\S+/g)) {
    const start = width(item.str.slice(0, m.index));
    offset = start + width(m[0]);
    const scale = (item.x1 - item.x0) / total;
    out.push({...item, str: m[0], x0: item.x0 + start * scale, x1: item.x0 + offset * scale});
  }
  return out;
}

/** Share of the font size two baselines may differ by and still be one line (superscripts, mixed fonts). */
const SAME_LINE = 0.3;

/** Physical lines: items whose baselines agree, each line sorted left to right. */
export function physicalLines(items: PdfItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  for (const it of items) {
    const line = lines.at(-1);
    if (line && Math.abs(line.y - it.y) <= SAME_LINE * Math.min(line.h, it.h)) {
      line.items.push(it);
      line.h = Math.max(line.h, it.h);
    } else {
      lines.push({y: it.y, h: it.h, items: [it]});
    }
  }
  for (const line of lines) line.items.sort((p, q) => p.x0 - q.x0);
  return lines;
}

/** Gap (share of the font size) above which two runs on a line are separate words or cells. */
const WORD_GAP = 0.25;

/** A line as text: runs that touch are joined directly (Chinese has no spaces), separated runs get one space. */
export function lineText(line: PdfLine): string {
  let out = "";
  let prev: PdfItem | null = null;
  for (const it of line.items) {
    if (prev) out += it.x0 - prev.x1 > WORD_GAP * Math.min(prev.h, it.h) ? " " : "";
    out += it.str;
    prev = it;
  }
  return out;
}
