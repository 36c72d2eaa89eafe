/**
 * Text made safe for one console or log line: control characters (a newline in a file name would fake a log line;
 * an escape sequence could repaint the terminal) and bidirectional overrides (which reorder what a reader sees) are
 * shown as escapes such as `\n` or `\u202e`. Everything else, CJK included, is kept as it is.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = {"\n": "\\n", "\r": "\\r", "\t": "\\t"};

export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
