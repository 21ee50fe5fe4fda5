import { describe, expect, it } from 'vitest';
import { mistype } from './documents';
import { varyBirthDate } from './duplicates';
import { createRng } from './prng';

describe('mistype', () => {
  it('always changes the number, by one character or one transposition', () => {
    const rng = createRng('typos');
    for (const number of ['OP0123456', 'AB1234567', 'N10203040', '77777777', 'XK2199532']) {
      for (let i = 0; i < 200; i++) {
        const typed = mistype(number, rng);
        expect(typed).not.toBe(number);
        expect(typed).toHaveLength(number.length);
        const differing = [...number].filter((char, j) => typed[j] !== char).length;
        expect(differing === 1 || (differing === 2 && [...typed].sort().join('') === [...number].sort().join(''))).toBe(true);
      }
    }
  });

  it('prefers O/0 and I/1 confusions when the number has them', () => {
    const rng = createRng('lookalikes');
    const lookalikes = new Set(['0P0123456', 'OPO123456', 'OP0I23456', 'OP01234S6']);
    let lookalike = 0;
    for (let i = 0; i < 1000; i++) if (lookalikes.has(mistype('OP0123456', rng))) lookalike++;
    expect(lookalike / 1000).toBeGreaterThan(0.5);
  });
});

describe('varyBirthDate', () => {
  it('turns a full date into its year, a day/month swap or a guessed 1 January', () => {
    const rng = createRng('dates');
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) seen.add(varyBirthDate('1990-03-07', rng));
    expect(seen).toEqual(new Set(['1990', '1990-07-03', '1990-01-01']));
  });

  it('never swaps when the day cannot be a month', () => {
    const rng = createRng('dates');
    for (let i = 0; i < 100; i++) expect(['1990', '1990-01-01']).toContain(varyBirthDate('1990-03-25', rng));
  });

  it('makes a year-only date 1 January or a neighbouring year, and 1 January the bare year', () => {
    const rng = createRng('dates');
    for (let i = 0; i < 100; i++) expect(['1990-01-01', '1989', '1991']).toContain(varyBirthDate('1990', rng));
    for (let i = 0; i < 20; i++) expect(varyBirthDate('1990-01-01', rng)).toBe('1990');
  });
});
