/** Folds case and diacritics (é -> e, Arabic harakat dropped) so searches forgive spelling details. */
export function foldText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0640/g, '') // tatweel
    .toLocaleLowerCase();
}

/** Accent- and case-insensitive "contains", for Latin and Arabic alike. */
export function matches(haystack: string, needle: string): boolean {
  return foldText(haystack).includes(foldText(needle));
}
