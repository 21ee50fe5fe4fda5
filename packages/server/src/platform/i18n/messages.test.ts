import { describe, expect, it } from 'vitest';
import { LOCALES, PROBLEM_TYPES } from '@mizan/core';
import { localeFromAcceptLanguage, SERVER_MESSAGES } from './messages';

describe('server messages', () => {
  it('has every problem title, non-empty, in all four languages', () => {
    for (const locale of LOCALES) {
      for (const type of PROBLEM_TYPES) {
        expect(SERVER_MESSAGES[locale].problems[type], `${locale}.problems.${type}`).toMatch(/\S/);
      }
    }
  });

  it('negotiates the language from Accept-Language, French by default', () => {
    expect(localeFromAcceptLanguage(undefined)).toBe('fr');
    expect(localeFromAcceptLanguage('ar-MA,ar;q=0.9,fr;q=0.8')).toBe('ar');
    expect(localeFromAcceptLanguage('de-DE,en;q=0.5,es;q=0.7')).toBe('es');
    expect(localeFromAcceptLanguage('de')).toBe('fr');
  });
});
