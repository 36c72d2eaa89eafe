/**
 * A unit's URL slug: its name as printed, with every run of characters that is neither a letter nor a digit
 * (brackets, spaces, slashes, dots) made one "-" — `unit?name=阿坝州总工会`, readable where it is shared and stable
 * as long as the unit's name is; it also names the unit's data files (`_data/units/<slug>.json`). A name too long
 * for a readable URL (over 80 bytes) keeps its first 20 characters and gets 6 hex digits of md5(name) to stay unique.
 * Two names that fold to one slug stop the build (routes.ts): pages are never merged silently.
 */
export const unitSlug = (column: string) => `(CASE WHEN strlen(${READABLE(column)}) <= 80 THEN ${READABLE(column)}
  ELSE left(${READABLE(column)}, 20) || '-' || left(md5(${column}), 6) END)`;

const READABLE = (column: string) => `trim(regexp_replace(${column}, '[^\\p{L}\\p{N}]+', '-', 'g'), '-')`;

/** The slug unit pages had before (`u` + 12 hex digits of md5(name)): the old URLs redirect to the new ones. */
export const legacyUnitSlug = (column: string) => `('u' || left(md5(${column}), 12))`;
