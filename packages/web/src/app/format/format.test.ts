import { describe, expect, it } from 'vitest';
import {
  endOfDayUtcIso,
  formatDate,
  formatDateTime,
  formatDuration,
  formatNumber,
  formatTimestamp,
  groupSecret,
  initialsOf,
  intlLocaleOf,
  timeZoneOffsetMinutes,
  zonedToUtcIso,
} from './format';

const ARABIC_INDIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/;

describe('locale map', () => {
  it('maps our languages to Intl locales', () => {
    expect(intlLocaleOf('ar')).toBe('ar-MA');
    expect(intlLocaleOf('fr')).toBe('fr-FR');
    expect(intlLocaleOf('en')).toBe('en-GB');
    expect(intlLocaleOf('es')).toBe('es-ES');
    expect(intlLocaleOf('xx')).toBe('fr-FR');
  });
});

describe('numbers', () => {
  it('use Latin digits in Arabic', () => {
    const text = formatNumber(1234567, 'ar');
    expect(text).not.toMatch(ARABIC_INDIC_DIGITS);
    expect(text.replace(/\D/g, '')).toBe('1234567');
  });

  it('would otherwise be Arabic-Indic for a plain Arabic locale (so the test above means something)', () => {
    expect(new Intl.NumberFormat('ar-EG').format(123)).toMatch(ARABIC_INDIC_DIGITS);
  });

  it('group thousands the French way', () => {
    expect(formatNumber(1234567, 'fr').replace(/\s/g, ' ')).toBe('1 234 567');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
  });
});

describe('dates', () => {
  // 15 January 2025, 13:05 UTC = 14:05 in Casablanca (UTC+1).
  const instant = '2025-01-15T13:05:00Z';

  it('use Latin digits in Arabic, with Arabic month names', () => {
    const text = formatDateTime(instant, 'ar');
    expect(text).not.toMatch(ARABIC_INDIC_DIGITS);
    expect(text).toMatch(/[\u0600-\u06FF]/);
    expect(text).toContain('2025');
    expect(text).toContain('14:05');
  });

  it('are shown in Africa/Casablanca time by default', () => {
    expect(formatTimestamp(instant, 'fr')).toBe('15/01/2025 14:05:00');
    expect(formatTimestamp(instant, 'en', { timeZone: 'UTC' })).toBe('15/01/2025, 13:05:00');
  });

  it('name months in each language', () => {
    expect(formatDate(instant, 'fr')).toMatch(/janv/);
    expect(formatDate(instant, 'es')).toMatch(/ene/);
    expect(formatDate(instant, 'en')).toMatch(/Jan/);
  });

  it('tolerate missing and invalid values', () => {
    expect(formatDateTime(null, 'fr')).toBe('');
    expect(formatDateTime('not a date', 'fr')).toBe('');
  });
});

describe('time zones', () => {
  it('know the Casablanca offset, including the Ramadan switch to UTC', () => {
    expect(timeZoneOffsetMinutes(new Date('2025-01-15T12:00:00Z'), 'Africa/Casablanca')).toBe(60);
    // Ramadan 2025: Morocco went back to UTC from 23 February to 6 April.
    expect(timeZoneOffsetMinutes(new Date('2025-03-15T12:00:00Z'), 'Africa/Casablanca')).toBe(0);
  });

  it('turn a day typed in Casablanca into the UTC instant', () => {
    expect(zonedToUtcIso('2025-01-15')).toBe('2025-01-14T23:00:00.000Z');
    expect(zonedToUtcIso('2025-03-15')).toBe('2025-03-15T00:00:00.000Z');
    expect(zonedToUtcIso('2025-01-15T14:05')).toBe('2025-01-15T13:05:00.000Z');
    expect(zonedToUtcIso('15/01/2025')).toBeNull();
  });

  it('end a day at its last millisecond, for inclusive "to" filters', () => {
    expect(endOfDayUtcIso('2025-01-15')).toBe('2025-01-15T22:59:59.999Z');
    expect(endOfDayUtcIso('2025-12-31')).toBe('2025-12-31T22:59:59.999Z');
  });
});

describe('small text helpers', () => {
  it('write countdowns as clocks', () => {
    expect(formatDuration(900)).toBe('15:00');
    expect(formatDuration(45)).toBe('0:45');
    expect(formatDuration(3725)).toBe('1:02:05');
  });

  it('group a TOTP secret by four', () => {
    expect(groupSecret('jbswy3dpehpk3pxp')).toBe('JBSW Y3DP EHPK 3PXP');
    expect(groupSecret('ABCDE')).toBe('ABCD E');
  });

  it('make initials in any script', () => {
    expect(initialsOf('Amina El Idrissi')).toBe('AI');
    expect(initialsOf('administrator')).toBe('A');
    expect(initialsOf('أمينة الإدريسي')).toBe('أا');
  });
});
