/**
 * Links that were shared before the site had one document page and one unit page keep working: every document's
 * old URL (`/docs/<doc_id>`, with its `#finding-…` or `#span-…`) and every unit's old URLs (`/units/<name>` and the
 * older `/units/u<md5>`, with their `?year=…` selections) get a small page that forwards to the page that shows it
 * now (`/doc?id=…`, `/unit?name=…`), carrying the query and the hash along. They are written by build.ts after
 * Framework has built the site: a few hundred bytes each, no script from the site, not counted as pages.
 */
import fs from "node:fs";
import path from "node:path";

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})[c]!);
/** A JS string literal that is safe inside <script> (no `</script>`, no line separators). */
const jsString = (s: string) => JSON.stringify(s).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");

/**
 * A page that forwards to `target` (relative to the page), adding the visitor's own query parameters (after the
 * target's) and hash; without script, a meta refresh and a link lead to `target` itself.
 */
export function forwardingPage(target: string, title: string): string {
  const href = escapeHtml(target);
  return `<!doctype html>
<html lang="zh-CN">
<meta charset="utf-8">
<title>${escapeHtml(title)} | 公开 gongkai</title>
<script>location.replace(${jsString(target)} + (location.search ? "&" + location.search.slice(1) : "") + location.hash)</script>
<meta http-equiv="refresh" content="0; url=${href}">
<link rel="canonical" href="${href}">
<p>本页已移至 <a href="${href}">${escapeHtml(title)}</a>。</p>
</html>
`;
}

export interface LegacyTargets {
  docs: {doc_id: string; title: string}[];
  units: {slug: string; legacy_slug: string; title: string}[];
}

/** Writes `docs/<doc_id>.html` and `units/<slug>.html` (and the older `units/u<md5>.html`); returns how many. */
export function writeLegacyLinks(output: string, {docs, units}: LegacyTargets): number {
  let n = 0;
  const write = (file: string, html: string) => {
    fs.mkdirSync(path.dirname(path.join(output, file)), {recursive: true});
    fs.writeFileSync(path.join(output, file), html);
    n++;
  };
  for (const d of docs) write(`docs/${d.doc_id}.html`, forwardingPage(`../doc?id=${encodeURIComponent(d.doc_id)}`, d.title));
  for (const u of units) {
    const html = forwardingPage(`../unit?name=${encodeURIComponent(u.slug)}`, u.title);
    write(`units/${u.slug}.html`, html);
    if (u.legacy_slug !== u.slug) write(`units/${u.legacy_slug}.html`, html);
  }
  return n;
}
