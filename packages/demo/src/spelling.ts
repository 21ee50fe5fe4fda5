/** Choosing how a person's names are written: which Latin spelling, which Arabic form. */

import { CONVENTIONS, allLatinSpellings, type Convention, type NameEntry } from './name-data';
import type { Rng } from './prng';

/** The names a person has, as dictionary entries. */
export interface NameChoice {
  given: NameEntry;
  father?: NameEntry;
  family: NameEntry;
}

/** The same names as written strings, in one script. */
export interface NameParts {
  given: string;
  father?: string;
  family: string;
}

type Part = 'given' | 'father' | 'family';
const PARTS: readonly Part[] = ['given', 'father', 'family'];

/** The most common form most of the time, another listed form otherwise. */
function pickForm(forms: readonly string[], rng: Rng, commonShare: number): string {
  if (forms.length === 1 || rng.chance(commonShare)) return forms[0] as string;
  return forms[rng.int(1, forms.length - 1)] as string;
}

function mapParts(choice: NameChoice, write: (entry: NameEntry) => string): NameParts {
  const parts: NameParts = { given: write(choice.given), family: write(choice.family) };
  if (choice.father) parts.father = write(choice.father);
  return parts;
}

/** Latin spellings in one convention. */
export function spellLatin(choice: NameChoice, convention: Convention, rng: Rng): NameParts {
  return mapParts(choice, (entry) => pickForm(entry.latin[convention], rng, 0.65));
}

export function hasArabicForm(choice: NameChoice): boolean {
  return PARTS.every((part) => {
    const entry = choice[part];
    return entry === undefined || entry.arabic.length > 0;
  });
}

/** Arabic forms; callers check hasArabicForm first. */
export function spellArabic(choice: NameChoice, rng: Rng): NameParts {
  return mapParts(choice, (entry) => pickForm(entry.arabic, rng, 0.8));
}

/** The conventions in which a spelling is listed first, else any that lists it. */
export function conventionOf(entry: NameEntry, spelling: string): Convention | null {
  return (
    CONVENTIONS.find((convention) => entry.latin[convention][0] === spelling) ??
    CONVENTIONS.find((convention) => entry.latin[convention].includes(spelling)) ??
    null
  );
}

/**
 * Another officer's rendering: each part that has other spellings changes with probability 1/2, and at
 * least one part changes. Null when no part has another spelling. The language is the convention of the
 * first changed spelling.
 */
export function respellLatin(choice: NameChoice, current: NameParts, rng: Rng): { parts: NameParts; language: Convention } | null {
  const changeable = PARTS.filter((part) => {
    const entry = choice[part];
    const spelling = current[part];
    return entry !== undefined && spelling !== undefined && allLatinSpellings(entry).some((s) => s !== spelling);
  });
  if (changeable.length === 0) return null;
  const forced = rng.pick(changeable);
  const parts: NameParts = { ...current };
  let language: Convention | null = null;
  for (const part of changeable) {
    if (part !== forced && !rng.chance(0.5)) continue;
    const entry = choice[part] as NameEntry;
    const others = allLatinSpellings(entry).filter((s) => s !== current[part]);
    const spelling = rng.pick(others);
    parts[part] = spelling;
    language ??= conventionOf(entry, spelling);
  }
  return { parts, language: language ?? 'fr' };
}

/** Another Arabic form for one part that has several (أحمد / احمد, فاطمة / فاطمه); null if none has. */
export function respellArabic(choice: NameChoice, current: NameParts, rng: Rng): NameParts | null {
  const changeable = PARTS.filter((part) => (choice[part]?.arabic.length ?? 0) > 1);
  if (changeable.length === 0) return null;
  const part = rng.pick(changeable);
  const forms = (choice[part] as NameEntry).arabic.filter((form) => form !== current[part]);
  return { ...current, [part]: rng.pick(forms) };
}
