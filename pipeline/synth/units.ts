/** The units the synthetic corpus covers: 阿坝州总工会 and the trade-union federations of its 13 county-level divisions. */

export interface SynthUnit {
  name: string;
  /** How the text abbreviates the unit when it does not repeat the full name. */
  short: string;
  level: "prefecture" | "county";
  /** Size class: total budget range in 万元 for the first generated year. */
  size: [number, number];
}

export const PREFECTURE_UNIT = "阿坝州总工会";
export const REGION_DIR = ["四川省", "阿坝藏族羌族自治州"];

const COUNTIES: [string, string, [number, number]][] = [
  ["马尔康市总工会", "市总工会", [420, 900]],
  ["汶川县总工会", "县总工会", [380, 860]],
  ["理县总工会", "县总工会", [160, 420]],
  ["茂县总工会", "县总工会", [260, 620]],
  ["松潘县总工会", "县总工会", [240, 600]],
  ["九寨沟县总工会", "县总工会", [300, 700]],
  ["金川县总工会", "县总工会", [180, 460]],
  ["小金县总工会", "县总工会", [170, 440]],
  ["黑水县总工会", "县总工会", [160, 400]],
  ["壤塘县总工会", "县总工会", [150, 360]],
  ["阿坝县总工会", "县总工会", [160, 420]],
  ["若尔盖县总工会", "县总工会", [200, 480]],
  ["红原县总工会", "县总工会", [180, 450]],
];

export const UNITS: SynthUnit[] = [
  {name: PREFECTURE_UNIT, short: "州总工会", level: "prefecture", size: [3000, 6000]},
  ...COUNTIES.map(([name, short, size]): SynthUnit => ({name, short, level: "county", size})),
];

/** The real seed fills this slot: the generator never writes it. */
export function isSeedSlot(unit: string, year: number): boolean {
  return unit === PREFECTURE_UNIT && year === 2024;
}
