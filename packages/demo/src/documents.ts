/** Identity documents a person holds, and the typing errors officers make when copying their numbers. */

import type { CountryInfo } from './country-data';
import { addYears, formatIsoDate, formatYymmdd, fromEpochDay } from './dates';
import { makeTd3Mrz } from './icao';
import type { Rng } from './prng';
import type { NameParts } from './spelling';
import type { DemoDocument, Sex } from './types';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';

/** Fills a number shape: 'A' a random letter, '9' a random digit, '#' also a digit, others kept. */
export function fillPattern(pattern: string, rng: Rng): string {
  let out = '';
  for (const char of pattern) {
    if (char === 'A') out += LETTERS[rng.int(0, 25)];
    else if (char === '9' || char === '#') out += DIGITS[rng.int(0, 9)];
    else out += char;
  }
  return out;
}

/** Characters read or typed one for the other. O/0 and I/1 first of all, as names.md notes. */
const LOOKALIKES: Readonly<Record<string, string>> = { O: '0', '0': 'O', I: '1', '1': 'I', S: '5', '5': 'S', B: '8', '8': 'B' };

/**
 * The number as another officer typed it: a look-alike swap when the number has one (most of the
 * time), otherwise one wrong character of the same kind or two neighbours transposed. Never returns
 * the number unchanged.
 */
export function mistype(number: string, rng: Rng): string {
  const chars = [...number];
  const lookalikeAt = chars.flatMap((char, i) => (char in LOOKALIKES ? [i] : []));
  if (lookalikeAt.length > 0 && rng.chance(0.7)) {
    const i = rng.pick(lookalikeAt);
    chars[i] = LOOKALIKES[chars[i] as string] as string;
    return chars.join('');
  }
  const transposable = chars.flatMap((char, i) => (i + 1 < chars.length && chars[i + 1] !== char ? [i] : []));
  if (transposable.length > 0 && rng.chance(0.3)) {
    const i = rng.pick(transposable);
    [chars[i], chars[i + 1]] = [chars[i + 1] as string, chars[i] as string];
    return chars.join('');
  }
  const i = rng.int(0, chars.length - 1);
  const original = chars[i] as string;
  const alphabet = DIGITS.includes(original) ? DIGITS : LETTERS.includes(original) ? LETTERS : DIGITS;
  const replacements = [...alphabet].filter((char) => char !== original);
  chars[i] = rng.pick(replacements);
  return chars.join('');
}

export interface DocumentHolder {
  country: CountryInfo;
  sex: Sex;
  minor: boolean;
  birthDay: number;
  /** Birth date as the MRZ carries it: YYMMDD, with '<' for unknown parts. */
  mrzBirthDate: string;
  /** Names as written on the holder's own documents. */
  spelling: NameParts;
}

const PASSPORT_SHARE = 0.6;

/** An issue date within the last `spanDays`, and not before the holder was a month old. */
function issueDay(holder: DocumentHolder, referenceDay: number, spanDays: number, rng: Rng): number {
  return Math.max(holder.birthDay + 30, referenceDay - rng.int(1, spanDays));
}

function makePassport(holder: DocumentHolder, referenceDay: number, rng: Rng): DemoDocument {
  const { country } = holder;
  const years = holder.minor ? 5 : country.passportYears;
  // Issued up to two years beyond the validity period ago, so some passports on record have expired.
  const issued = issueDay(holder, referenceDay, (years + 2) * 365, rng);
  const expiry = fromEpochDay(addYears(issued, years) - 1);
  const number = fillPattern(country.passportFormat, rng);
  return {
    type: 'passport',
    number,
    issuingCountry: country.alpha3,
    expiry: formatIsoDate(expiry),
    mrz: makeTd3Mrz({
      issuingState: country.alpha3,
      surname: holder.spelling.family,
      givenNames: holder.spelling.given,
      documentNumber: number,
      nationality: country.alpha3,
      birthDate: holder.mrzBirthDate,
      sex: holder.sex,
      expiryDate: formatYymmdd(expiry),
    }),
  };
}

function makeNationalId(holder: DocumentHolder, referenceDay: number, rng: Rng): DemoDocument {
  const document: DemoDocument = {
    type: 'national_id',
    number: fillPattern(holder.country.nationalIdFormat, rng),
    issuingCountry: holder.country.alpha3,
  };
  if (rng.chance(0.7)) {
    const issued = issueDay(holder, referenceDay, 10 * 365, rng);
    document.expiry = formatIsoDate(fromEpochDay(addYears(issued, 10) - 1));
  }
  return document;
}

/** Consular cards are issued in Morocco by the consulates of the holder's country. */
function makeConsularCard(holder: DocumentHolder, referenceDay: number, rng: Rng): DemoDocument {
  const issued = issueDay(holder, referenceDay, 6 * 365, rng);
  return {
    type: 'consular_card',
    number: fillPattern('CC9999999', rng),
    issuingCountry: holder.country.alpha3,
    expiry: formatIsoDate(fromEpochDay(addYears(issued, 5) - 1)),
  };
}

/** The documents a person holds, passport first. */
export function makeDocuments(holder: DocumentHolder, referenceDay: number, rng: Rng): DemoDocument[] {
  const documents: DemoDocument[] = [];
  if (referenceDay - holder.birthDay > 60 && rng.chance(PASSPORT_SHARE)) {
    documents.push(makePassport(holder, referenceDay, rng));
  }
  const moroccan = holder.country.alpha2 === 'MA';
  const nationalIdShare = moroccan ? (holder.minor ? 0.25 : 0.85) : 0.12;
  if (rng.chance(nationalIdShare)) documents.push(makeNationalId(holder, referenceDay, rng));
  const africanMigrant = holder.country.origin === 'west-african' || holder.country.origin === 'central-african';
  if (africanMigrant && rng.chance(0.12)) documents.push(makeConsularCard(holder, referenceDay, rng));
  return documents;
}
