import { describe, expect, it } from 'vitest';
import { COUNTRIES } from './country-data';
import { CONVENTIONS, ORIGIN_IDS, ORIGIN_NAMES, allLatinSpellings, type NameEntry } from './name-data';
import { namePoolsFor } from './name-pools';

/** Arabic letters (hamza to yeh, without tatweel or harakat) separated by single spaces. */
const ARABIC_WORDS = /^[\u0621-\u063A\u0641-\u064A]+( [\u0621-\u063A\u0641-\u064A]+)*$/;
/** Latin letters with accents, apostrophes and hyphens, separated by single spaces. */
const LATIN_WORDS = /^[A-Za-zÀ-ÖØ-öø-ÿ'-]+( [A-Za-zÀ-ÖØ-öø-ÿ'-]+)*$/;

const allEntries = (pick: (origin: (typeof ORIGIN_NAMES)[keyof typeof ORIGIN_NAMES]) => readonly NameEntry[]) =>
  ORIGIN_IDS.flatMap((id) => pick(ORIGIN_NAMES[id]));

describe('name data', () => {
  it('has at least 60 given names and 60 family names', () => {
    expect(allEntries((origin) => [...origin.male, ...origin.female]).length).toBeGreaterThanOrEqual(60);
    expect(allEntries((origin) => origin.family).length).toBeGreaterThanOrEqual(60);
  });

  it('writes Arabic forms in Arabic letters only and Latin spellings in Latin letters only', () => {
    for (const entry of allEntries((origin) => [...origin.male, ...origin.female, ...origin.family])) {
      for (const form of entry.arabic) expect(form).toMatch(ARABIC_WORDS);
      for (const convention of CONVENTIONS) {
        expect(entry.latin[convention].length).toBeGreaterThan(0);
        for (const spelling of entry.latin[convention]) expect(spelling).toMatch(LATIN_WORDS);
      }
    }
  });

  it('carries the variants officers write', () => {
    const spellingsOf = (spelling: string) =>
      allEntries((origin) => [...origin.male, ...origin.female, ...origin.family])
        .filter((entry) => allLatinSpellings(entry).includes(spelling))
        .flatMap(allLatinSpellings);
    expect(spellingsOf('Mohamed')).toEqual(expect.arrayContaining(['Mohammed', 'Muhammad', 'Mouhamed']));
    expect(spellingsOf('Abdelkader')).toEqual(expect.arrayContaining(['Abd el Kader', 'Abdul Qadir']));
    expect(spellingsOf('Youssef')).toEqual(expect.arrayContaining(['Yousef', 'Yusuf']));
    expect(spellingsOf('Khadija')).toContain('Jadiya');
    expect(spellingsOf("N'Diaye")).toContain('Ndiaye');
    expect(spellingsOf('Traoré')).toContain('Traore');
    expect(spellingsOf('Keïta')).toContain('Keita');
    expect(spellingsOf('Coulibaly')).toContain('Kulibali');
    expect(spellingsOf('Chaoui')).toContain('Shawi');
  });

  it('includes the particles (ben, ould, mint, ag, ait, el/al)', () => {
    const family = allEntries((origin) => origin.family).flatMap(allLatinSpellings);
    for (const prefix of ['Ben ', 'Ould ', 'Mint ', 'Ag ', 'Ait ', 'El ', 'Al-']) {
      expect(family.some((name) => name.startsWith(prefix))).toBe(true);
    }
  });

  it('only names countries that exist in the country data', () => {
    const known = new Set(COUNTRIES.map((country) => country.alpha2));
    for (const entry of allEntries((origin) => [...origin.male, ...origin.female, ...origin.family])) {
      for (const code of entry.countries ?? []) expect(known).toContain(code);
    }
  });
});

describe('country data', () => {
  it('has unique, well-formed codes and something to draw from everywhere', () => {
    expect(new Set(COUNTRIES.map((c) => c.alpha2)).size).toBe(COUNTRIES.length);
    expect(new Set(COUNTRIES.map((c) => c.alpha3)).size).toBe(COUNTRIES.length);
    for (const country of COUNTRIES) {
      expect(country.alpha2).toMatch(/^[A-Z]{2}$/);
      expect(country.alpha3).toMatch(/^[A-Z]{3}$/);
      expect(country.weight).toBeGreaterThan(0);
      expect(country.cities.length).toBeGreaterThan(0);
      expect(country.passportFormat.length).toBeLessThanOrEqual(9); // fits the MRZ number field
      const pools = namePoolsFor(country);
      for (const sex of ['M', 'F'] as const) {
        expect(pools.given[sex].items.length).toBeGreaterThan(1);
        expect(pools.family[sex].items.length).toBeGreaterThan(1);
      }
    }
  });

  it('covers the nationalities of the brief and every origin group', () => {
    const codes = COUNTRIES.map((c) => c.alpha2);
    expect(codes).toEqual(expect.arrayContaining(['MA', 'GN', 'SN', 'ML', 'CI', 'CM', 'NG', 'CD', 'SY', 'YE', 'BD']));
    expect(new Set(COUNTRIES.map((c) => c.origin))).toEqual(new Set(ORIGIN_IDS));
  });
});
