/**
 * Seeded pseudo-random numbers that come out the same on every machine.
 *
 * The generator is sfc32 (Chris Doty-Humphrey's Small Fast Counter) seeded by cyrb128 (bryc, public
 * domain). Both use 32-bit integer arithmetic only (Math.imul, shifts, xor), which every JavaScript
 * engine computes exactly. Nothing here calls Math.log, Math.cos or the like: their last bits are not
 * guaranteed to agree between engines, and one differing bit would change every person after it.
 */

/** 128 bits of seed material, as four unsigned 32-bit words. */
export type SeedWords = readonly [number, number, number, number];

/** Hashes a seed (string or number) to 128 bits; `1` and `'1'` give the same seed. */
export function hashSeed(seed: string | number): SeedWords {
  const text = String(seed);
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** MurmurHash3's finaliser: a bijection on 32-bit integers that spreads every input bit. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Seed material for item `index` of a numbered `stream` under a base seed, so that any item can be
 * generated alone, in any order, on any worker. For a fixed stream the mapping from index to the first
 * word is a bijection (xor with a constant, then fmix32), so two indices never share a sequence.
 */
export function deriveSeed(base: SeedWords, index: number, stream: number): SeedWords {
  if (!Number.isSafeInteger(index) || index < 0) {
    throw new RangeError(`index must be a non-negative safe integer, got ${index}`);
  }
  const low = index >>> 0;
  const high = Math.floor(index / 2 ** 32) >>> 0;
  const key = fmix32((low ^ Math.imul(high, 0x27d4eb2d) ^ Math.imul(stream + 1, 0x165667b1)) >>> 0);
  return [
    (base[0] ^ key) >>> 0,
    (base[1] ^ fmix32((key + 0x9e3779b9) >>> 0)) >>> 0,
    (base[2] ^ fmix32((stream + 0x7f4a7c15) >>> 0)) >>> 0,
    (base[3] ^ high) >>> 0,
  ];
}

/** A seeded random source with the helpers the generator needs. */
export class Rng {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  constructor(seed: SeedWords) {
    [this.#a, this.#b, this.#c, this.#d] = seed;
    // Discard the first outputs: with closely related seeds they are still correlated.
    for (let i = 0; i < 15; i++) this.uint32();
  }

  /** Next raw 32-bit output (sfc32). */
  uint32(): number {
    // As in PractRand: tmp = a + b + counter++; a = b ^ (b >> 9); b = c + (c << 3); c = rotl(c, 21) + tmp.
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0;
    this.#d = (this.#d + 1) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (((this.#c << 21) | (this.#c >>> 11)) + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1), 32 bits of resolution. */
  float(): number {
    return this.uint32() / 4294967296;
  }

  /** Uniform integer in [min, max], both included. The bias for small ranges is below 1e-9. */
  int(min: number, max: number): number {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RangeError(`bad integer range [${min}, ${max}]`);
    }
    return min + Math.floor(this.float() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.float() < p;
  }

  /** One item, uniformly. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.float() * items.length)] as T;
  }

  /** One item, with probability proportional to its weight (linear scan: for short lists). */
  weighted<T>(items: readonly T[], weightOf: (item: T) => number): T {
    let total = 0;
    for (const item of items) total += weightOf(item);
    if (!(total > 0)) throw new RangeError('weighted pick needs a positive total weight');
    let target = this.float() * total;
    for (const item of items) {
      target -= weightOf(item);
      if (target < 0) return item;
    }
    return items[items.length - 1] as T; // only reached through floating-point rounding
  }

  /**
   * Roughly normal with mean 0 and standard deviation 1: the Irwin-Hall sum of 12 uniforms minus 6.
   * Bounded to [-6, 6] and free of transcendental functions, so exact on every engine.
   */
  gaussian(): number {
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += this.float();
    return sum - 6;
  }
}

/** A fresh generator for a seed. */
export function createRng(seed: string | number): Rng {
  return new Rng(hashSeed(seed));
}

/** A fresh generator for item `index` of `stream` under a base seed (see deriveSeed). */
export function rngFor(base: SeedWords, index: number, stream: number): Rng {
  return new Rng(deriveSeed(base, index, stream));
}

/**
 * Items with weights, prepared once for fast repeated picks (binary search over cumulative weights).
 * Used for the name pools, which are picked from millions of times.
 */
export class WeightedTable<T> {
  readonly items: readonly T[];
  readonly #cumulative: Float64Array;

  constructor(items: readonly T[], weightOf: (item: T) => number) {
    if (items.length === 0) throw new RangeError('a weighted table needs at least one item');
    this.items = items;
    this.#cumulative = new Float64Array(items.length);
    let total = 0;
    items.forEach((item, i) => {
      const weight = weightOf(item);
      if (!(weight >= 0)) throw new RangeError(`negative or invalid weight ${weight}`);
      total += weight;
      this.#cumulative[i] = total;
    });
    if (!(total > 0)) throw new RangeError('a weighted table needs a positive total weight');
  }

  pick(rng: Rng): T {
    const cumulative = this.#cumulative;
    const target = rng.float() * (cumulative[cumulative.length - 1] as number);
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((cumulative[mid] as number) > target) high = mid;
      else low = mid + 1;
    }
    return this.items[low] as T;
  }
}
