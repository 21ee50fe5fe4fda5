import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed, hashSeed, rngFor, WeightedTable } from './prng';

const take = (seed: string | number, n: number): number[] => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng.uint32());
};

describe('Rng', () => {
  it('repeats the same sequence for the same seed, and a number seed equals its string', () => {
    expect(take('mizan', 20)).toEqual(take('mizan', 20));
    expect(take(42, 20)).toEqual(take('42', 20));
    expect(take('mizan', 20)).not.toEqual(take('mizan2', 20));
  });

  it('is the same on every machine (pinned outputs)', () => {
    // If this changes, every generated data set changes: only change it on purpose.
    expect(hashSeed('mizan')).toMatchInlineSnapshot(`
      [
        1555493546,
        60193043,
        2285185476,
        1610699957,
      ]
    `);
    expect(take('mizan', 3)).toMatchInlineSnapshot(`
      [
        1989162911,
        432472491,
        1150484996,
      ]
    `);
  });

  it('keeps int() within bounds and reaches both ends', () => {
    const rng = createRng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 10_000; i++) {
      const value = rng.int(-2, 3);
      expect(value).toBeGreaterThanOrEqual(-2);
      expect(value).toBeLessThanOrEqual(3);
      seen.add(value);
    }
    expect([...seen].sort()).toEqual([-1, -2, 0, 1, 2, 3]);
    expect(() => rng.int(3, 2)).toThrow(RangeError);
  });

  it('keeps float() in [0, 1) with a mean near 1/2, and gaussian() near mean 0 sd 1', () => {
    const rng = createRng('floats');
    let sum = 0;
    let sumG = 0;
    let sumG2 = 0;
    const n = 20_000;
    for (let i = 0; i < n; i++) {
      const x = rng.float();
      expect(x >= 0 && x < 1).toBe(true);
      sum += x;
      const g = rng.gaussian();
      sumG += g;
      sumG2 += g * g;
    }
    expect(sum / n).toBeCloseTo(0.5, 1);
    expect(sumG / n).toBeCloseTo(0, 1);
    expect(Math.sqrt(sumG2 / n)).toBeCloseTo(1, 1);
  });

  it('picks in proportion to weights', () => {
    const rng = createRng('weights');
    const table = new WeightedTable(['a', 'b', 'c'], (item) => ({ a: 1, b: 3, c: 0 })[item] ?? 0);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 20_000; i++) counts[table.pick(rng) as 'a' | 'b' | 'c']++;
    expect(counts.c).toBe(0);
    expect(counts.b / 20_000).toBeCloseTo(0.75, 1);
    const direct = { x: 0, y: 0 };
    for (let i = 0; i < 20_000; i++) direct[rng.weighted(['x', 'y'] as const, (item) => (item === 'x' ? 9 : 1))]++;
    expect(direct.x / 20_000).toBeCloseTo(0.9, 1);
  });
});

describe('deriveSeed', () => {
  it('gives every index its own sequence', () => {
    const base = hashSeed('mizan');
    const firstWords = new Set<number>();
    for (let index = 0; index < 100_000; index++) firstWords.add(deriveSeed(base, index, 1)[0]);
    expect(firstWords.size).toBe(100_000);
  });

  it('separates streams and indices beyond 2^32', () => {
    const base = hashSeed('mizan');
    expect(rngFor(base, 7, 0).uint32()).not.toBe(rngFor(base, 7, 1).uint32());
    expect(rngFor(base, 2 ** 32 + 7, 1).uint32()).not.toBe(rngFor(base, 7, 1).uint32());
    expect(() => deriveSeed(base, -1, 0)).toThrow(RangeError);
  });
});
