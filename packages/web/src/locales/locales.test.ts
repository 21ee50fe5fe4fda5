import {
  ALL_PERMISSIONS,
  AUDIT_OUTCOMES,
  LOCALES,
  MODULES,
  ORGANISATION_KINDS,
  PROBLEM_TYPES,
  RECORD_SCOPES,
  SEED_ROLES,
  SENSITIVITY_CLASSES,
} from '@mizan/core';
import { describe, expect, it } from 'vitest';
import ar from './ar.json';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';
import { flatten, lookup, placeholders, type Catalogue } from './locale-tree';

const catalogues: Record<string, Catalogue> = { ar, fr, en, es };
const flat = Object.fromEntries(Object.entries(catalogues).map(([l, c]) => [l, flatten(c)]));

describe('locale catalogues', () => {
  it('cover the four languages of Mizan', () => {
    expect(Object.keys(catalogues).sort()).toEqual([...LOCALES].sort());
  });

  for (const [locale, keys] of Object.entries(flat)) {
    for (const [other, otherKeys] of Object.entries(flat)) {
      if (other === locale) continue;
      it(`${other} has every key of ${locale}`, () => {
        const missing = [...keys.keys()].filter((k) => !otherKeys.has(k));
        expect(missing, `keys of ${locale} missing from ${other}`).toEqual([]);
      });
    }

    it(`${locale} has no empty or non-string messages`, () => {
      const bad = [...keys].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
      expect(bad).toEqual([]);
    });
  }

  it('use the same {{placeholders}} in every language', () => {
    const mismatches: string[] = [];
    for (const [key, value] of flat.fr!) {
      const expected = placeholders(String(value));
      for (const locale of LOCALES) {
        const got = placeholders(String(flat[locale]!.get(key) ?? ''));
        if (JSON.stringify(got) !== JSON.stringify(expected)) mismatches.push(`${locale}:${key} ${got} != ${expected}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('are really translated (Arabic messages are written in Arabic script)', () => {
    const latinOnly = [...flat.ar!]
      .filter(([key]) => !['app.name', 'common.fieldMessage', 'permissions.qualified'].includes(key))
      .filter(([, v]) => !/[\u0600-\u06FF]/.test(String(v)))
      .map(([k]) => k);
    expect(latinOnly).toEqual([]);
  });

  describe('name everything the shared vocabulary of @mizan/core defines', () => {
    const required: string[] = [
      ...MODULES.flatMap((m) => [`modules.${m}`, `moduleDescriptions.${m}`]),
      ...ALL_PERMISSIONS.map((p) => {
        const [module, action] = p.split(':');
        return `permissions.${module}.${action}`;
      }),
      ...SEED_ROLES.flatMap((r) => [`roles.${r.key}`, `roleDescriptions.${r.key}`]),
      ...ORGANISATION_KINDS.map((k) => `organisationKinds.${k}`),
      ...RECORD_SCOPES.flatMap((s) => [`scopes.${s}`, `scopeDescriptions.${s}`]),
      ...SENSITIVITY_CLASSES.map((c) => `clearances.${c}`),
      ...PROBLEM_TYPES.map((t) => `problems.${t}`),
      ...AUDIT_OUTCOMES.map((o) => `audit.outcomes.${o}`),
      ...['users', 'organisations', 'roles', 'auditEventsToday', 'persons', 'personsMinors'].map((k) => `dashboard.figures.${k}`),
      ...['0', '1', '2', '3', '4'].map((s) => `password.strength.${s}`),
    ];
    for (const locale of LOCALES) {
      it(locale, () => {
        const missing = required.filter((key) => typeof lookup(catalogues[locale]!, key) !== 'string');
        expect(missing).toEqual([]);
      });
    }
  });
});
