import { PASSWORD_MIN_LENGTH, createUserRequestSchema, passwordSchema } from '@mizan/core';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';
import { generatePassword, passwordStrength } from './password';
import { foldText, matches } from './text-match';
import { issuesToFieldErrors } from './validation';

const t = ((key: string, options?: Record<string, unknown>) =>
  options && Object.keys(options).length ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

describe('form validation messages', () => {
  it('word the shared schema issues with our keys, one per field', () => {
    const result = createUserRequestSchema.safeParse({
      username: 'Bad Name',
      displayName: '',
      email: 'not-an-email',
      locale: 'fr',
      organisationId: '',
      roles: [],
      password: 'short',
    });
    expect(result.success).toBe(false);
    const errors = issuesToFieldErrors(result.error!.issues, t, { username: { invalid_format: 'validation.usernameFormat' } });
    expect(errors).toEqual({
      username: 'validation.usernameFormat',
      displayName: 'validation.required',
      email: 'validation.email',
      organisationId: 'validation.required',
      roles: 'validation.minItems {"n":1}',
      password: `validation.minLength {"n":${PASSWORD_MIN_LENGTH}}`,
    });
  });
});

describe('passwords', () => {
  it('are generated long enough for the server and without look-alike characters', () => {
    for (let i = 0; i < 50; i++) {
      const password = generatePassword();
      expect(passwordSchema.safeParse(password).success).toBe(true);
      expect(password).not.toMatch(/[0O1lI]/);
    }
  });

  it('get a rough strength hint', () => {
    expect(passwordStrength('short')).toBe(0);
    expect(passwordStrength('aaaaaaaaaaaa')).toBe(1);
    expect(passwordStrength('Correct-horse-battery-staple-9')).toBe(4);
  });
});

describe('CSV built in the browser', () => {
  it('quotes and neutralises formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell(null)).toBe('');
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('a,b\r\n1,x\r\n');
  });
});

describe('search matching', () => {
  it('forgives accents, case, hamza and tatweel', () => {
    expect(matches('Préfecture de Laâyoune', 'laayoune')).toBe(true);
    expect(matches('أمينة', 'امينة')).toBe(true);
    expect(foldText('مـيـزان')).toBe('ميزان');
    expect(matches('Rabat', 'casa')).toBe(false);
  });
});
