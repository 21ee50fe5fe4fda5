/**
 * @mizan/demo: deterministic, pure generation of realistic demo and benchmark people (no I/O).
 */

export {
  generatePeople,
  generatePerson,
  demoKey,
  DEFAULT_SEED,
  DEFAULT_DUPLICATE_RATE,
  DEFAULT_REFERENCE_DATE,
  type DemoOptions,
  type GeneratePeopleOptions,
} from './people';
export type { DemoPerson, DemoName, DemoDocument, Sex, NameLanguage } from './types';
export { icaoCheckDigit, icaoCharValue, makeTd3Mrz, isValidTd3Mrz, td3NameField, toMrzText, type Td3Input } from './icao';
export { createRng, hashSeed, deriveSeed, rngFor, Rng, WeightedTable, type SeedWords } from './prng';
export {
  ORIGIN_NAMES,
  ORIGIN_IDS,
  CONVENTIONS,
  allLatinSpellings,
  type OriginId,
  type OriginNames,
  type NameEntry,
  type Convention,
  type FatherNaming,
} from './name-data';
export { COUNTRIES, countryByAlpha2, type CountryInfo } from './country-data';
