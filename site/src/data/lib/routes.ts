/**
 * The units of the site, read from the warehouse when the config loads, for the sidebar: each unit's page is
 * /unit?name=<slug> (the unit's name: unit-slug.ts). Without a warehouse there are none (with a warning), so
 * `observable preview` still starts. Two names that fold to one slug stop the build.
 */
import fs from "node:fs";
import {UNITS_SQL} from "./queries.ts";
import {queryMany, warehousePath, type Row} from "./warehouse.ts";

export interface SiteRoutes {
  units: {name: string; slug: string; region_level: string | null; all_synthetic: boolean}[];
}

export async function siteRoutes(): Promise<SiteRoutes> {
  if (!fs.existsSync(warehousePath())) {
    process.stderr.write(`gongkai site: no warehouse at ${warehousePath()}: no units in the sidebar\n`);
    return {units: []};
  }
  const {units} = await queryMany({units: UNITS_SQL});
  // Two names that fold to one slug (阿坝州总工会 and 阿坝州 总工会) would share a page: refuse, naming them.
  const bySlug = new Map<string, string[]>();
  for (const u of units) bySlug.set(String(u.slug), [...(bySlug.get(String(u.slug)) ?? []), String(u.name)]);
  const clashes = [...bySlug].filter(([, names]) => names.length > 1);
  if (clashes.length) throw new Error(`unit names that share a URL: ${clashes.map(([slug, names]) => `${names.join(" / ")} → ${slug}`).join("; ")}`);
  return {
    units: units.map((u: Row) => ({
      name: String(u.name),
      slug: String(u.slug),
      region_level: u.region_level == null ? null : String(u.region_level),
      all_synthetic: Boolean(u.all_synthetic),
    })),
  };
}
