/**
 * Machine-readable zones of passports (ICAO Doc 9303, part 3 for characters and check digits, part 4 for
 * the TD3 passport format: two lines of 44 characters).
 */

export const TD3_LINE_LENGTH = 44;
const NAME_FIELD_LENGTH = 39;
const CHECK_WEIGHTS = [7, 3, 1] as const;

/** Numeric value of an MRZ character: digits 0-9, A=10 ... Z=35, the filler '<' = 0. */
export function icaoCharValue(char: string): number {
  const code = char.charCodeAt(0);
  if (char.length !== 1) throw new RangeError(`not a single character: ${JSON.stringify(char)}`);
  if (code >= 48 && code <= 57) return code - 48; // 0-9
  if (code >= 65 && code <= 90) return code - 55; // A-Z
  if (char === '<') return 0;
  throw new RangeError(`not an MRZ character: ${JSON.stringify(char)}`);
}

/** ICAO 9303 check digit: weights 7, 3, 1 repeated, sum modulo 10. */
export function icaoCheckDigit(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    sum += icaoCharValue(text[i] as string) * (CHECK_WEIGHTS[i % 3] as number);
  }
  return sum % 10;
}

/**
 * A name as the MRZ writes it: upper case, accents dropped (Traoré -> TRAORE, Keïta -> KEITA),
 * apostrophes omitted (N'Diaye -> NDIAYE), every other separator (space, hyphen) a filler '<'.
 */
export function toMrzText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’`]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '<')
    .replace(/^<+|<+$/g, '');
}

function padField(value: string, length: number, field: string): string {
  if (value.length > length) throw new RangeError(`${field} longer than ${length}: ${value}`);
  if (!/^[A-Z0-9<]*$/.test(value)) throw new RangeError(`${field} has non-MRZ characters: ${value}`);
  return value.padEnd(length, '<');
}

/** The fields of a TD3 (passport) MRZ. Dates are YYMMDD; unknown parts of a birth date are '<'. */
export interface Td3Input {
  /** 'P' (default), or 'P' followed by a letter chosen by the issuing state. */
  documentCode?: string;
  /** ISO 3166-1 alpha-3 (or an ICAO code such as UTO, the fictional state of the specimens). */
  issuingState: string;
  surname: string;
  givenNames: string;
  /** Up to 9 characters; longer numbers use an overflow rule this generator never needs. */
  documentNumber: string;
  nationality: string;
  birthDate: string;
  sex: 'M' | 'F' | 'X' | '<';
  expiryDate: string;
  /** Optional data (often a personal number), up to 14 characters. */
  personalNumber?: string;
}

/**
 * The name field: primary identifier, '<<', secondary identifiers, padded with '<' to 39 characters.
 * Names that do not fit are cut at 39 characters (9303 part 4 allows truncation; the finer rules on
 * where to cut are not needed for demo data).
 */
export function td3NameField(surname: string, givenNames: string): string {
  const primary = toMrzText(surname);
  const secondary = toMrzText(givenNames);
  const field = secondary ? `${primary}<<${secondary}` : primary;
  return field.slice(0, NAME_FIELD_LENGTH).padEnd(NAME_FIELD_LENGTH, '<');
}

/** Builds the two 44-character lines of a passport MRZ, with all four check digits and the composite. */
export function makeTd3Mrz(input: Td3Input): [string, string] {
  const documentCode = padField(input.documentCode ?? 'P', 2, 'document code');
  const issuingState = padField(input.issuingState, 3, 'issuing state');
  const line1 = `${documentCode}${issuingState}${td3NameField(input.surname, input.givenNames)}`;

  const number = padField(input.documentNumber, 9, 'document number');
  const nationality = padField(input.nationality, 3, 'nationality');
  const birth = padField(input.birthDate, 6, 'birth date');
  const expiry = padField(input.expiryDate, 6, 'expiry date');
  const optional = padField(input.personalNumber ?? '', 14, 'personal number');
  // An optional-data field left empty may carry '<' as its check digit (9303 part 4, 4.2.2.2).
  const optionalCheck = /^<+$/.test(optional) ? '<' : String(icaoCheckDigit(optional));

  const numberPart = `${number}${icaoCheckDigit(number)}`;
  const birthPart = `${birth}${icaoCheckDigit(birth)}`;
  const expiryPart = `${expiry}${icaoCheckDigit(expiry)}`;
  const optionalPart = `${optional}${optionalCheck}`;
  const composite = icaoCheckDigit(`${numberPart}${birthPart}${expiryPart}${optionalPart}`);
  const line2 = `${numberPart}${nationality}${birthPart}${input.sex}${expiryPart}${optionalPart}${composite}`;
  return [line1, line2];
}

/** True when both lines have the TD3 shape and every check digit (including the composite) is right. */
export function isValidTd3Mrz(mrz: readonly [string, string]): boolean {
  const [line1, line2] = mrz;
  const shape = /^[A-Z0-9<]{44}$/;
  if (!shape.test(line1) || !shape.test(line2) || line1[0] !== 'P') return false;
  const digitMatches = (field: string, check: string): boolean =>
    check === String(icaoCheckDigit(field)) || (check === '<' && /^<+$/.test(field));
  return (
    digitMatches(line2.slice(0, 9), line2[9] as string) &&
    digitMatches(line2.slice(13, 19), line2[19] as string) &&
    digitMatches(line2.slice(21, 27), line2[27] as string) &&
    digitMatches(line2.slice(28, 42), line2[42] as string) &&
    line2[43] === String(icaoCheckDigit(line2.slice(0, 10) + line2.slice(13, 20) + line2.slice(21, 43)))
  );
}
