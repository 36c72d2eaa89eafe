/**
 * HTML pages that are a PDF's layout converted: every text run is its own absolutely positioned box
 * (`<div style="top:218pt;left:257.79pt;font-size:9.43pt;position:absolute">1,429.17</div>`) inside a page box.
 * Read as blocks, every table cell becomes a line of its own and no row survives. Such a page is read as the PDF
 * it came from: its boxes become positioned text items, and the PDF reader's lines, table blocks and grids follow.
 */
import type {CheerioAPI} from "cheerio";
import type {AnyNode, Element} from "domhandler";
import {physicalLines, type PdfItem, type PdfLine} from "../pdf/page-items.ts";

/** Share of a page box's text boxes that must be positioned for the page to be read by position. */
const POSITIONED_SHARE = 0.9;
/** Fewer boxes than this is a positioned widget (a badge, a floating menu), not a page of text. */
const MIN_BOXES = 5;

interface Box {
  str: string;
  top: number;
  left: number;
  size: number;
}

const styleNumber = (style: string, prop: string): number | null => {
  const m = new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*(-?\\d+(?:\\.\\d+)?)(?:pt|px)?\\s*(?:;|$)`, "i").exec(style);
  return m ? Number(m[1]) : null;
};
const isAbsolute = (el: Element) => /position\s*:\s*absolute/i.test(el.attribs?.style ?? "");

/** The element's text boxes when it is a page of positioned text (its direct children, each placed by top/left). */
export function positionedBoxes($: CheerioAPI, el: Element): Box[] | null {
  const kids = el.children.filter((c): c is Element => c.type === "tag");
  const withText = kids.filter((k) => $(k).text().trim() !== "");
  if (withText.length < MIN_BOXES) return null;
  const boxes: Box[] = [];
  for (const k of withText) {
    const style = k.attribs?.style ?? "";
    const top = styleNumber(style, "top");
    const left = styleNumber(style, "left");
    if (!isAbsolute(k) || top === null || left === null) continue;
    const size = styleNumber(style, "font-size") ?? styleNumber(style, "line-height") ?? 10;
    boxes.push({str: $(k).text().replace(/\s+/g, " ").trim(), top, left, size});
  }
  return boxes.length >= POSITIONED_SHARE * withText.length ? boxes : null;
}

/**
 * NOTE: the boxes carry no width (width:auto); it is estimated from the text: a Han character or full-width sign
 * is one em, other characters half an em. Right-aligned amounts then end at the same x within a fraction of a
 * character, which is what the column rebuild needs.
 */
const emWidth = (s: string) => [...s].reduce((w, ch) => w + (ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.5), 0);

/** A page's boxes as the PDF reader's physical lines (y grows upwards, as in PDF space; the baseline is top + size). */
export function boxLines(boxes: Box[]): PdfLine[] {
  const items: PdfItem[] = boxes
    .filter((b) => b.str !== "")
    .map((b) => ({str: b.str, x0: b.left, x1: b.left + emWidth(b.str) * b.size, y: -(b.top + b.size), h: b.size}));
  return physicalLines(items.sort((p, q) => q.y - p.y || p.x0 - q.x0)).map(joinSpacedLetters);
}

/** Gap (share of the font size) within which single characters set one by one are one letter-spaced word. */
const LETTER_GAP = 1.2;
const isLetter = (it: PdfItem) => [...it.str].length === 1 && /\p{Script=Han}/u.test(it.str);

/**
 * NOTE: converters write letter-spaced words ("合　计", "本 年 收 入 合 计") as one box per character. A PDF text
 * run keeps such a word whole; here each character would claim a table column of its own. Runs of single Han
 * characters close together on a line are one word again.
 */
function joinSpacedLetters(line: PdfLine): PdfLine {
  const items: PdfItem[] = [];
  let run = false;
  for (const it of line.items) {
    const prev = items.at(-1);
    if (prev && run && isLetter(it) && it.x0 - prev.x1 < LETTER_GAP * Math.min(prev.h, it.h)) {
      items[items.length - 1] = {...prev, str: prev.str + it.str, x1: it.x1};
      continue;
    }
    items.push({...it});
    run = isLetter(it);
  }
  return {...line, items};
}

export const isElement = (n: AnyNode): n is Element => n.type === "tag";
