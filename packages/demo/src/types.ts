/** The public shape of generated demo people. */

import type { OriginId } from './name-data';

export type Sex = 'M' | 'F';
export type NameLanguage = 'fr' | 'en' | 'es' | 'ar';

/**
 * One name as an officer recorded it. A record has at most one primary name per script; an alias is
 * another Latin spelling of the same person's name.
 */
export interface DemoName {
  script: 'latin' | 'arabic';
  language: NameLanguage;
  type: 'primary' | 'alias';
  given: string;
  /** The father's given name, when recorded; a linking particle (ben, bin, بن) appears only in `full`. */
  father?: string;
  family: string;
  /** given, [particle] father, family: in the order of the fields as recorded. */
  full: string;
}

export interface DemoDocument {
  type: 'passport' | 'national_id' | 'consular_card';
  number: string;
  /** ISO 3166-1 alpha-3. */
  issuingCountry: string;
  /** 'YYYY-MM-DD'. */
  expiry?: string;
  /** TD3 machine-readable zone, present on passports whose MRZ was read (check digits always valid). */
  mrz?: [string, string];
}

export interface DemoPerson {
  /** Stable id of this record: `demo-<seed>-<index>`. */
  key: string;
  /** Key of the first record of the same real person; equal to `key` for that first record. */
  identityKey: string;
  sex: Sex;
  /** 'YYYY-MM-DD', 'YYYY' when only the year is known, 'YYYY-01-01' when the year was guessed, or null. */
  birthDate: string | null;
  birthPlace?: string;
  /** ISO 3166-1 alpha-2. */
  nationality: string;
  origin: OriginId;
  names: DemoName[];
  documents: DemoDocument[];
  /** E.164: '+' then country code and national number. */
  phone?: string;
}
