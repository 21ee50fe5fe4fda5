/**
 * A record: one officer's write-up of an Identity. The draft keeps what the officer chose (spellings,
 * scripts, field order) so that a duplicate can be derived from it; toDemoPerson turns it into the
 * public shape.
 */

import type { Identity } from './identity';
import { recordedBirthDate } from './identity';
import type { Convention } from './name-data';
import type { Rng } from './prng';
import { hasArabicForm, respellLatin, spellArabic, spellLatin, type NameParts } from './spelling';
import type { DemoDocument, DemoName, DemoPerson, NameLanguage } from './types';

export interface LatinRendering {
  parts: NameParts;
  language: Convention;
}

export interface RecordDraft {
  /** The primary Latin name; null only when the officer wrote the record in Arabic script alone. */
  latin: LatinRendering | null;
  arabic: NameParts | null;
  alias: LatinRendering | null;
  /** Given and family names entered in each other's fields. */
  swapped: boolean;
  birthDate: string | null;
  birthPlace: string | undefined;
  documents: DemoDocument[];
  phone: string | undefined;
}

/** Conventions officers write Latin names in, when not copying them from a document. */
const OFFICER_CONVENTIONS: readonly (readonly [Convention, number])[] = [
  ['fr', 55],
  ['en', 25],
  ['es', 20],
];

export const ARABIC_NAME_SHARE = 0.6;
const COPIED_FROM_DOCUMENTS_SHARE = 0.7;
const ALIAS_SHARE = 0.12;

/** The first record of an identity. */
export function recordOriginal(identity: Identity, rng: Rng): RecordDraft {
  let latin: LatinRendering;
  if (rng.chance(COPIED_FROM_DOCUMENTS_SHARE)) {
    latin = { parts: identity.ownSpelling, language: identity.country.convention };
  } else {
    const convention = rng.weighted(OFFICER_CONVENTIONS, ([, weight]) => weight)[0];
    latin = { parts: spellLatin(identity.names, convention, rng), language: convention };
  }
  const arabic = hasArabicForm(identity.names) && rng.chance(ARABIC_NAME_SHARE) ? spellArabic(identity.names, rng) : null;
  const alias = rng.chance(ALIAS_SHARE) ? respellLatin(identity.names, latin.parts, rng) : null;
  return {
    latin,
    arabic,
    alias,
    swapped: false,
    birthDate: recordedBirthDate(identity),
    birthPlace: identity.birthPlace,
    documents: [...identity.documents],
    phone: identity.phone,
  };
}

function makeName(
  identity: Identity,
  script: DemoName['script'],
  language: NameLanguage,
  type: DemoName['type'],
  parts: NameParts,
  swapped: boolean,
): DemoName {
  const given = swapped ? parts.family : parts.given;
  const family = swapped ? parts.given : parts.family;
  const fatherText =
    parts.father === undefined
      ? undefined
      : identity.fatherParticle
        ? `${identity.origin.father.particle[language]} ${parts.father}`
        : parts.father;
  const full = [given, fatherText, family].filter((piece) => piece !== undefined).join(' ');
  const name: DemoName = { script, language, type, given, family, full };
  if (parts.father !== undefined) name.father = parts.father;
  return name;
}

export function toDemoPerson(identity: Identity, draft: RecordDraft, key: string, identityKey: string): DemoPerson {
  const names: DemoName[] = [];
  if (draft.latin) {
    names.push(makeName(identity, 'latin', draft.latin.language, 'primary', draft.latin.parts, draft.swapped));
  }
  if (draft.arabic) names.push(makeName(identity, 'arabic', 'ar', 'primary', draft.arabic, draft.swapped));
  if (draft.alias) names.push(makeName(identity, 'latin', draft.alias.language, 'alias', draft.alias.parts, false));

  return {
    key,
    identityKey,
    sex: identity.sex,
    birthDate: draft.birthDate,
    ...(draft.birthPlace !== undefined ? { birthPlace: draft.birthPlace } : {}),
    nationality: identity.country.alpha2,
    origin: identity.origin.id,
    names,
    documents: draft.documents,
    ...(draft.phone !== undefined ? { phone: draft.phone } : {}),
  };
}
