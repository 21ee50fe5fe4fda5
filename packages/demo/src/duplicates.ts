/**
 * A later record of the same person made by another officer: the variations identity resolution has to
 * see through (names.md): another spelling, Arabic script instead of Latin, given and family names
 * swapped, a vaguer or day/month-swapped birth date, a mistyped passport number, a document not recorded.
 */

import { mistype } from './documents';
import type { Identity } from './identity';
import type { Rng } from './prng';
import type { RecordDraft } from './record';
import { hasArabicForm, respellArabic, respellLatin, spellArabic } from './spelling';
import { allLatinSpellings } from './name-data';

export type Variation = 'respelled' | 'arabic-only' | 'swapped-order' | 'birth-date' | 'passport-typo' | 'missing-document';

const VARIATION_WEIGHTS: Readonly<Record<Variation, number>> = {
  respelled: 35,
  'arabic-only': 12,
  'swapped-order': 15,
  'birth-date': 18,
  'passport-typo': 10,
  'missing-document': 10,
};
const VARIATIONS = Object.keys(VARIATION_WEIGHTS) as Variation[];

/** How many deliberate variations a duplicate carries: usually one, sometimes two or three. */
const VARIATION_COUNTS: readonly (readonly [number, number])[] = [
  [1, 50],
  [2, 35],
  [3, 15],
];

function canRespell(identity: Identity, draft: RecordDraft): boolean {
  const latinChangeable =
    draft.latin !== null &&
    (['given', 'father', 'family'] as const).some((part) => {
      const entry = identity.names[part];
      return entry !== undefined && allLatinSpellings(entry).length > 1;
    });
  const arabicChangeable =
    draft.arabic !== null &&
    [identity.names.given, identity.names.father, identity.names.family].some((entry) => (entry?.arabic.length ?? 0) > 1);
  return latinChangeable || arabicChangeable;
}

function applicable(variation: Variation, identity: Identity, draft: RecordDraft): boolean {
  switch (variation) {
    case 'respelled':
      return canRespell(identity, draft);
    case 'arabic-only':
      return draft.latin !== null && hasArabicForm(identity.names);
    case 'swapped-order':
      return true;
    case 'birth-date':
      return draft.birthDate !== null;
    case 'passport-typo':
      return draft.documents.some((document) => document.type === 'passport');
    case 'missing-document':
      return draft.documents.length > 0;
  }
}

/**
 * A different but plausible rendering of a recorded birth date: a full date loses its day and month or
 * gets them swapped (US against European order); a year becomes 1 January of that year or a year off;
 * 1 January becomes the bare year.
 */
export function varyBirthDate(recorded: string, rng: Rng): string {
  const [year = '', month, day] = recorded.split('-');
  if (month === undefined || day === undefined) {
    return rng.chance(0.6) ? `${year}-01-01` : String(Number(year) + rng.pick([-1, 1]));
  }
  const options: string[] = [year];
  // Listed twice: where the day could be a month, the swap is the commonest slip.
  if (Number(day) <= 12 && day !== month) options.push(`${year}-${day}-${month}`, `${year}-${day}-${month}`);
  if (!(month === '01' && day === '01')) options.push(`${year}-01-01`);
  return rng.pick(options);
}

function apply(variation: Variation, identity: Identity, draft: RecordDraft, rng: Rng): RecordDraft {
  switch (variation) {
    case 'respelled': {
      const latin = draft.latin && respellLatin(identity.names, draft.latin.parts, rng);
      const arabic = draft.arabic && (latin === null || rng.chance(0.5)) ? respellArabic(identity.names, draft.arabic, rng) : null;
      return { ...draft, latin: latin ?? draft.latin, arabic: arabic ?? draft.arabic };
    }
    case 'arabic-only':
      return { ...draft, latin: null, alias: null, arabic: draft.arabic ?? spellArabic(identity.names, rng) };
    case 'swapped-order':
      return { ...draft, swapped: !draft.swapped };
    case 'birth-date':
      return { ...draft, birthDate: varyBirthDate(draft.birthDate as string, rng) };
    case 'passport-typo':
      return {
        ...draft,
        // A typed number was not read from the MRZ, so the record keeps no MRZ (whose check digits would
        // expose the typo).
        documents: draft.documents.map((document) => {
          if (document.type !== 'passport') return document;
          const { mrz: _scanned, ...typed } = document;
          return { ...typed, number: mistype(document.number, rng) };
        }),
      };
    case 'missing-document': {
      const dropped = rng.int(0, draft.documents.length - 1);
      return { ...draft, documents: draft.documents.filter((_, i) => i !== dropped) };
    }
  }
}

/** A duplicate of `original` (the first record of `identity`), as another officer made it. */
export function recordDuplicate(identity: Identity, original: RecordDraft, rng: Rng): RecordDraft {
  let draft: RecordDraft = { ...original, documents: [...original.documents] };
  const wanted = rng.weighted(VARIATION_COUNTS, ([, weight]) => weight)[0];
  const applied = new Set<Variation>();
  while (applied.size < wanted) {
    const candidates = VARIATIONS.filter((v) => !applied.has(v) && applicable(v, identity, draft));
    if (candidates.length === 0) break;
    const variation = rng.weighted(candidates, (v) => VARIATION_WEIGHTS[v]);
    draft = apply(variation, identity, draft, rng);
    applied.add(variation);
  }
  // Incidental differences of another sitting: aliases, phone and birthplace are often not asked again.
  return {
    ...draft,
    alias: rng.chance(0.3) ? draft.alias : null,
    phone: rng.chance(0.6) ? draft.phone : undefined,
    birthPlace: rng.chance(0.7) ? draft.birthPlace : undefined,
  };
}
