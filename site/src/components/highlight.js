/**
 * The document view: the decoded text with every extracted amount marked. Text is only ever put into the page as
 * text nodes (document.createTextNode / textContent): markup inside a disclosure stays visible, inert text.
 *
 * Spans are character offsets (Unicode code points) into documents.text; JavaScript strings index UTF-16 code
 * units, so offsets are converted when the text has characters outside the BMP.
 */
import {h} from "./dom.js";

/** Code-point offset → UTF-16 index, for a text. @param {string} text @returns {(cp: number) => number} */
export function offsetMap(text) {
  if (!/[\ud800-\udfff]/.test(text)) return (cp) => cp;
  const index = [0];
  let i = 0;
  for (const ch of text) index.push((i += ch.length));
  return (cp) => index[Math.min(Math.max(cp, 0), index.length - 1)];
}

/** @param {number} start @param {number} end */
export const spanId = (start, end) => `span-${start}-${end}`;

/**
 * @typedef {{span_start: number, span_end: number, as_written?: string, role?: string, key?: string | null,
 *   label?: string | null, reason?: string}} Span
 * @param {string} text
 * @param {{mentions: Span[], unplaced: Span[]}} spans
 * @returns {HTMLElement} a <pre class="gongkai-doc"> of text nodes and <mark> elements
 */
export function renderDocument(text, {mentions, unplaced}) {
  const at = offsetMap(text);
  const marks = [
    ...mentions.map((m) => ({...m, cls: `mention role-${m.role ?? "fact"}`, tip: [m.label, m.key, m.role].filter(Boolean).join(" · ")})),
    ...unplaced.map((u) => ({...u, cls: "unplaced", tip: `未归位：${u.reason ?? ""}`})),
  ].sort((a, b) => a.span_start - b.span_start || b.span_end - a.span_end);
  const pre = h("pre", {class: "gongkai-doc"});
  let cursor = 0;
  for (const m of marks) {
    const start = at(m.span_start);
    const end = at(m.span_end);
    if (start < cursor || end <= start || end > text.length) continue; // overlapping or out of range: left as text
    if (start > cursor) pre.append(document.createTextNode(text.slice(cursor, start)));
    const mark = h("mark", {class: m.cls, id: spanId(m.span_start, m.span_end), "data-span": `${m.span_start}-${m.span_end}`, title: m.tip});
    mark.textContent = text.slice(start, end);
    pre.append(mark);
    cursor = end;
  }
  if (cursor < text.length) pre.append(document.createTextNode(text.slice(cursor)));
  return pre;
}

/**
 * Highlights the span [start, end) of a rendered document: its own mark, else the marks it covers, else the plain
 * text wrapped in a transient mark. `kind` "active" is the selection (click, URL hash) and scrolls the text box to
 * it; "hover" is a lighter, separate highlight that never moves anything. Returns the highlighted elements.
 * @param {HTMLElement} pre from renderDocument
 * @param {number} start code-point offset
 * @param {number} end code-point offset
 * @param {{kind?: "active" | "hover"}} [options]
 */
export function highlightSpan(pre, start, end, {kind = "active"} = {}) {
  for (const el of pre.querySelectorAll(`mark.${kind}`)) el.classList.remove(kind);
  if (kind === "active") {
    for (const el of pre.querySelectorAll("mark.transient")) el.replaceWith(document.createTextNode(el.textContent ?? ""));
    pre.normalize();
  }
  /** @type {HTMLElement[]} */
  let hits = [];
  const own = pre.querySelector(`[id="${spanId(start, end)}"]`);
  if (own instanceof HTMLElement) hits = [own];
  else {
    hits = /** @type {HTMLElement[]} */ ([...pre.querySelectorAll("mark[data-span]")]).filter((el) => {
      const [s, e] = (el.dataset.span ?? "").split("-").map(Number);
      return s < end && start < e;
    });
    if (!hits.length && kind === "active") {
      const wrapped = wrapText(pre, start, end);
      if (wrapped) hits = [wrapped];
    }
  }
  for (const el of hits) el.classList.add(kind);
  if (kind === "active" && hits[0]) scrollWithin(pre, hits[0]);
  return hits;
}

/** Scrolls the nearest scrollable ancestor of `pre` (the text box) so `el` is in the middle, not the window. */
function scrollWithin(/** @type {HTMLElement} */ pre, /** @type {HTMLElement} */ el) {
  let box = pre.parentElement;
  while (box && box.scrollHeight <= box.clientHeight) box = box.parentElement;
  if (!box || box === document.documentElement || box === document.body) return;
  const offset = el.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
  box.scrollTop = Math.max(0, offset - box.clientHeight / 2);
}

/** Wraps plain text [start, end) in a transient mark when it lies within one text node. */
function wrapText(/** @type {HTMLElement} */ pre, /** @type {number} */ start, /** @type {number} */ end) {
  const at = offsetMap(pre.textContent ?? "");
  const [s, e] = [at(start), at(end)];
  let offset = 0;
  for (const node of [...pre.childNodes]) {
    const length = node.textContent?.length ?? 0;
    if (node.nodeType === Node.TEXT_NODE && s >= offset && e <= offset + length && e > s) {
      const range = document.createRange();
      range.setStart(node, s - offset);
      range.setEnd(node, e - offset);
      const mark = h("mark", {class: "transient"});
      range.surroundContents(mark);
      return mark;
    }
    offset += length;
  }
  return null;
}

/** The span named by a URL hash like "#span-123-130", or null. @param {string} hash */
export function spanFromHash(hash) {
  const m = /^#span-(\d+)-(\d+)$/.exec(hash);
  return m ? {start: Number(m[1]), end: Number(m[2])} : null;
}

/** The finding named by a URL hash like "#finding-12", or null. @param {string} hash */
export function findingFromHash(hash) {
  const m = /^#finding-(\d+)$/.exec(hash);
  return m ? Number(m[1]) : null;
}

const SENTENCE_END = new Set(["。", "；", ";", "！", "？", "\n"]);

/**
 * The sentence around the span [start, end) of `text` (code-point offsets): back to just after the previous 。；！？
 * or line break, forward through the next one. @param {string} text @param {number} start @param {number} end
 */
export function sentenceAround(text, start, end) {
  const chars = Array.from(text);
  let s = Math.max(0, Math.min(start, chars.length));
  while (s > 0 && !SENTENCE_END.has(chars[s - 1])) s--;
  while (s < chars.length && /\s/.test(chars[s])) s++;
  let e = Math.max(s, Math.min(end, chars.length));
  while (e < chars.length && !SENTENCE_END.has(chars[e])) e++;
  if (e < chars.length && chars[e] !== "\n") e++;
  return {start: s, end: e};
}

/**
 * Highlights the text [start, end) (code-point offsets) of a rendered document as one sentence, across any marks
 * inside it, with the CSS Custom Highlight API (::highlight(gongkai-sentence)): the DOM is not changed. Falls back to
 * a class on the marks it covers. Returns the Range, or null.
 * @param {HTMLElement} pre @param {number} start @param {number} end
 */
export function highlightSentence(pre, start, end) {
  const at = offsetMap(pre.textContent ?? "");
  const [s, e] = [at(start), at(end)];
  const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!started && s <= offset + length) {
      range.setStart(node, s - offset);
      started = true;
    }
    if (started && e <= offset + length) {
      range.setEnd(node, e - offset);
      break;
    }
    offset += length;
  }
  if (!started) return null;
  const css = /** @type {any} */ (globalThis).CSS;
  const HighlightClass = /** @type {any} */ (globalThis).Highlight;
  if (css?.highlights && HighlightClass) css.highlights.set("gongkai-sentence", new HighlightClass(range));
  pre.dataset.sentence = `${start}-${end}`;
  for (const el of pre.querySelectorAll("mark.in-sentence")) el.classList.remove("in-sentence");
  for (const el of /** @type {HTMLElement[]} */ ([...pre.querySelectorAll("mark[data-span]")])) {
    const [ms, me] = (el.dataset.span ?? "").split("-").map(Number);
    if (ms < end && start < me) el.classList.add("in-sentence");
  }
  return range;
}
