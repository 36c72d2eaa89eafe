/**
 * Seeded randomness for `gongkai synth`. mulberry32 is tiny, fast and fully determined by its 32-bit state, so the
 * same seed gives the same corpus on every machine. Each (unit, year, purpose) gets its own stream, derived by
 * hashing, so that generating a subset (--units, --years) yields the very same documents as the full corpus.
 */

export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A stream named by `parts`: independent of every other name, stable for a given seed. */
  static for(seed: number, ...parts: (string | number)[]): Rng {
    return new Rng(hash32(`${seed}|${parts.join("|")}`));
  }

  /** Uniform in [0, 1). Used only for choices and to build integers; amounts never pass through it as floats. */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** An integer amount of cents in [lo, hi] cents. */
  cents(lo: number, hi: number): bigint {
    return BigInt(this.int(lo, hi));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }

  /** A weighted choice: [[value, weight], …]. */
  weighted<T>(options: readonly [T, number][]): T {
    const total = options.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [v, w] of options) if ((r -= w) < 0) return v;
    return options[options.length - 1][0];
  }

  shuffle<T>(xs: readonly T[]): T[] {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}

/** FNV-1a over UTF-16 code units: enough to spread names over 32-bit seeds. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
