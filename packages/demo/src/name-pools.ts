/**
 * Per-country weighted pools of names, built once: the name data says which names belong to which
 * countries (and, for ould/mint-style family names, to which sex), and the generator picks from
 * these pools millions of times.
 */

import { COUNTRIES, type CountryInfo } from './country-data';
import { ORIGIN_NAMES, type NameEntry } from './name-data';
import { WeightedTable } from './prng';
import type { Sex } from './types';

export interface NamePools {
  given: Readonly<Record<Sex, WeightedTable<NameEntry>>>;
  family: Readonly<Record<Sex, WeightedTable<NameEntry>>>;
}

function usedIn(entry: NameEntry, alpha2: string): boolean {
  return entry.countries === null || entry.countries.includes(alpha2);
}

function table(entries: readonly NameEntry[], what: string): WeightedTable<NameEntry> {
  if (entries.length === 0) throw new Error(`name data has no ${what}`);
  return new WeightedTable(entries, (entry) => entry.weight);
}

function buildPools(country: CountryInfo): NamePools {
  const names = ORIGIN_NAMES[country.origin];
  const family = names.family.filter((entry) => usedIn(entry, country.alpha2));
  const familyFor = (sex: Sex): NameEntry[] => family.filter((entry) => entry.sex === null || entry.sex === sex);
  const where = `for ${country.alpha2}`;
  return {
    given: {
      M: table(
        names.male.filter((entry) => usedIn(entry, country.alpha2)),
        `male given names ${where}`,
      ),
      F: table(
        names.female.filter((entry) => usedIn(entry, country.alpha2)),
        `female given names ${where}`,
      ),
    },
    family: {
      M: table(familyFor('M'), `family names for men ${where}`),
      F: table(familyFor('F'), `family names for women ${where}`),
    },
  };
}

/** Built at load, so that a country left without names fails at import rather than mid-run. */
const POOLS = new Map(COUNTRIES.map((country) => [country.alpha2, buildPools(country)]));

export function namePoolsFor(country: CountryInfo): NamePools {
  return POOLS.get(country.alpha2) as NamePools;
}
