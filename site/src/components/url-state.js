/**
 * A page's selections kept in its URL, so a link reproduces what the reader sees: `?unit=阿坝州总工会&year=2024`
 * (the query string) or, on the findings page whose links already speak it, `#rule=unit_scale&severity=error`.
 * Writing replaces the history entry: changing a filter does not make the back button step through every choice.
 */

/** @typedef {"search" | "hash"} Part */

/** @param {Part} part */
const params = (part) => new URLSearchParams(part === "hash" ? location.hash.slice(1) : location.search);

/** The value of `name` in the URL, or null. @param {string} name @param {Part} [part] */
export function urlParam(name, part = "search") {
  return params(part).get(name);
}

/**
 * Sets the given parameters in the URL (a null, undefined or "" value removes it); other parameters stay.
 * @param {Record<string, string | number | null | undefined>} values @param {Part} [part]
 */
export function setUrlParams(values, part = "search") {
  const p = params(part);
  for (const [name, value] of Object.entries(values)) {
    if (value == null || value === "") p.delete(name);
    else p.set(name, String(value));
  }
  const url = new URL(location.href);
  if (part === "hash") url.hash = p.toString();
  else url.search = p.toString();
  if (url.href !== location.href) history.replaceState(history.state, "", url.href);
}

/**
 * The option of `options` whose key (`keyOf`) the URL names, else `fallback`: a select's initial value.
 * @template T @param {T[]} options @param {string} name @param {(o: T) => string} keyOf @param {T} fallback @param {Part} [part]
 */
export function fromUrl(options, name, keyOf, fallback, part = "search") {
  const wanted = urlParam(name, part);
  return (wanted == null ? undefined : options.find((o) => keyOf(o) === wanted)) ?? fallback;
}
