/**
 * The facts about one real person, before any officer writes them down: nationality, sex, true date of
 * birth and how much of it is known, names, documents, phone. Every record of the person (the first
 * one and any later duplicate) is rendered from the same Identity, regenerated from the same seed.
 */

import { COUNTRIES, HOST_COUNTRY, type CountryInfo } from './country-data';
import { addYears, formatIsoDate, formatYymmdd, fromEpochDay } from './dates';
import { makeDocuments } from './documents';
import { ORIGIN_NAMES, type NameEntry, type OriginNames } from './name-data';
import { namePoolsFor, type NamePools } from './name-pools';
import { WeightedTable, type Rng } from './prng';
import { spellLatin, type NameChoice, type NameParts } from './spelling';
import type { DemoDocument, Sex } from './types';

/**
 * How much of the date of birth is known: the full date; only the year (common for people born where
 * births were not registered); 1 January of a year somebody guessed; nothing.
 */
export type BirthPrecision = 'full' | 'year' | 'guessed' | 'unknown';

export interface Identity {
  readonly country: CountryInfo;
  readonly origin: OriginNames;
  readonly sex: Sex;
  /** Under 18 on the reference date. */
  readonly minor: boolean;
  /** True date of birth, in days since 1970-01-01. */
  readonly birthDay: number;
  readonly birthPrecision: BirthPrecision;
  /** The year written on 1 January when the precision is 'guessed'. */
  readonly guessedYear: number;
  readonly names: NameChoice;
  /** Whether the father's name is linked by a particle (ben, bin, بن). */
  readonly fatherParticle: boolean;
  /** The names as written on the person's own documents, in their country's convention. */
  readonly ownSpelling: NameParts;
  readonly birthPlace: string | undefined;
  readonly documents: readonly DemoDocument[];
  readonly phone: string | undefined;
}

export const MINOR_SHARE = 0.09;
export const MALE_SHARE = 0.6;

const COUNTRY_TABLE = new WeightedTable(COUNTRIES, (country) => country.weight);

type AgeBand = readonly [minAge: number, maxAge: number, weight: number];
// Adults recorded by a migration directorate are mostly young; minors are mostly adolescents travelling
// alone, then young children travelling with a parent.
const ADULT_AGES: readonly AgeBand[] = [
  [18, 24, 30],
  [25, 34, 38],
  [35, 44, 18],
  [45, 54, 9],
  [55, 69, 5],
];
const MINOR_AGES: readonly AgeBand[] = [
  [0, 9, 30],
  [10, 14, 15],
  [15, 17, 55],
];

const PRECISIONS: readonly (readonly [BirthPrecision, number])[] = [
  ['full', 74],
  ['year', 20],
  ['guessed', 5],
  ['unknown', 1],
];

/** A day on which the person is exactly `age` years old on the reference date. */
function birthDayForAge(age: number, referenceDay: number, rng: Rng): number {
  const latest = Math.min(addYears(referenceDay, -age), referenceDay - 1);
  const earliest = addYears(referenceDay, -(age + 1)) + 1;
  return rng.int(earliest, latest);
}

function pickFather(origin: OriginNames, pools: NamePools, given: NameEntry, rng: Rng): NameEntry | undefined {
  if (!rng.chance(origin.father.chance)) return undefined;
  const father = pools.given.M.pick(rng);
  // One retry keeps "Mohamed ben Mohamed" possible, as it is in life, but rare.
  return father === given ? pools.given.M.pick(rng) : father;
}

function phoneNumber(country: CountryInfo, rng: Rng): string {
  const pattern = rng.pick(country.mobilePatterns);
  let digits = '';
  for (const char of pattern) digits += char === '#' ? String(rng.int(0, 9)) : char;
  return `+${country.callingCode}${digits}`;
}

export function mrzBirthDate(identity: Pick<Identity, 'birthDay' | 'birthPrecision' | 'guessedYear'>): string {
  const date = fromEpochDay(identity.birthDay);
  switch (identity.birthPrecision) {
    case 'full':
      return formatYymmdd(date);
    case 'year':
      return `${formatYymmdd(date).slice(0, 2)}<<<<`;
    case 'guessed':
      return formatYymmdd({ year: identity.guessedYear, month: 1, day: 1 });
    case 'unknown':
      return '<<<<<<';
  }
}

/** The date of birth as a record shows it when the person states what they know. */
export function recordedBirthDate(identity: Identity): string | null {
  const date = fromEpochDay(identity.birthDay);
  switch (identity.birthPrecision) {
    case 'full':
      return formatIsoDate(date);
    case 'year':
      return String(date.year);
    case 'guessed':
      return `${identity.guessedYear}-01-01`;
    case 'unknown':
      return null;
  }
}

export function makeIdentity(rng: Rng, referenceDay: number): Identity {
  const country = COUNTRY_TABLE.pick(rng);
  const origin = ORIGIN_NAMES[country.origin];
  const pools = namePoolsFor(country);
  const sex: Sex = rng.chance(MALE_SHARE) ? 'M' : 'F';
  const minor = rng.chance(MINOR_SHARE);
  const [minAge, maxAge] = rng.weighted(minor ? MINOR_AGES : ADULT_AGES, (band) => band[2]);
  const age = rng.int(minAge, maxAge);
  const birthDay = birthDayForAge(age, referenceDay, rng);
  const birthPrecision = rng.weighted(PRECISIONS, ([, weight]) => weight)[0];
  const guessedYear = fromEpochDay(birthDay).year + rng.pick([-1, 0, 0, 0, 1]);

  const given = pools.given[sex].pick(rng);
  const father = pickFather(origin, pools, given, rng);
  const names: NameChoice = { given, family: pools.family[sex].pick(rng) };
  if (father) names.father = father;
  const fatherParticle = father !== undefined && rng.chance(origin.father.particleChance);
  const ownSpelling = spellLatin(names, country.convention, rng);

  // Young children of migrants are often born in Morocco.
  const bornInMorocco = country !== HOST_COUNTRY && age < 10 && rng.chance(0.3);
  const birthPlace = rng.chance(0.85) ? rng.pick((bornInMorocco ? HOST_COUNTRY : country).cities) : undefined;

  const documents = makeDocuments(
    { country, sex, minor, birthDay, mrzBirthDate: mrzBirthDate({ birthDay, birthPrecision, guessedYear }), spelling: ownSpelling },
    referenceDay,
    rng,
  );

  let phone: string | undefined;
  if (age >= 13 && rng.chance(0.7)) {
    // Migrants mostly use a Moroccan SIM; some keep their home number.
    phone = phoneNumber(country === HOST_COUNTRY || rng.chance(0.65) ? HOST_COUNTRY : country, rng);
  }

  return {
    country,
    origin,
    sex,
    minor,
    birthDay,
    birthPrecision,
    guessedYear,
    names,
    fatherParticle,
    ownSpelling,
    birthPlace,
    documents,
    phone,
  };
}
