/**
 * Dates and numbers for people, through Intl. Arabic uses the Moroccan conventions with Latin digits, as
 * Moroccan administrations do; times are shown in the user's time zone (Africa/Casablanca by default).
 */

export const DEFAULT_TIME_ZONE = 'Africa/Casablanca';

const INTL_LOCALES: Record<string, string> = {
  ar: 'ar-MA',
  fr: 'fr-FR',
  en: 'en-GB',
  es: 'es-ES',
};

export function intlLocaleOf(locale: string): string {
  return INTL_LOCALES[locale] ?? INTL_LOCALES.fr!;
}

/** Options every formatter gets: Latin digits everywhere (ar-MA included). */
const BASE = { numberingSystem: 'latn' } as const;

export interface FormatOptions {
  timeZone?: string;
}

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.ListFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.ListFormat>(
  key: string,
  make: () => T,
): T {
  let value = cache.get(key);
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value as T;
}

export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  const tag = intlLocaleOf(locale);
  const key = `n|${tag}|${JSON.stringify(options)}`;
  return cached(key, () => new Intl.NumberFormat(tag, { ...BASE, ...options })).format(value);
}

function toDate(value: string | number | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions, timeZone: string): Intl.DateTimeFormat {
  const tag = intlLocaleOf(locale);
  const key = `d|${tag}|${timeZone}|${JSON.stringify(options)}`;
  return cached(key, () => new Intl.DateTimeFormat(tag, { ...BASE, timeZone, ...options }));
}

type DateInput = string | number | Date | null | undefined;

/** Formats a date with the given Intl options in the user's time zone; empty for a missing or invalid date. */
function formatDateWith(value: DateInput, locale: string, options: Intl.DateTimeFormatOptions, { timeZone = DEFAULT_TIME_ZONE }: FormatOptions): string {
  if (value === null || value === undefined) return '';
  const date = toDate(value);
  return date ? dateTimeFormat(locale, options, timeZone).format(date) : '';
}

/** "12 mars 2025 à 14:05" */
export function formatDateTime(value: DateInput, locale: string, options: FormatOptions = {}): string {
  return formatDateWith(value, locale, { dateStyle: 'medium', timeStyle: 'short' }, options);
}

/** "12 mars 2025" */
export function formatDate(value: DateInput, locale: string, options: FormatOptions = {}): string {
  return formatDateWith(value, locale, { dateStyle: 'medium' }, options);
}

/** "mercredi 15 janvier 2025", "الأربعاء 15 يناير 2025". */
export function formatLongDate(value: DateInput, locale: string, options: FormatOptions = {}): string {
  return formatDateWith(value, locale, { dateStyle: 'full' }, options);
}

const TIMESTAMP: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
};

/** Full precision for audit trails: "12/03/2025 14:05:09". */
export function formatTimestamp(value: DateInput, locale: string, options: FormatOptions = {}): string {
  return formatDateWith(value, locale, TIMESTAMP, options);
}

/** "il y a 3 heures", "dans 2 jours". */
export function formatRelative(value: string | number | Date, locale: string, now: Date = new Date()): string {
  const date = toDate(value);
  if (!date) return '';
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const abs = Math.abs(seconds);
  const tag = intlLocaleOf(locale);
  const rtf = cached(`r|${tag}`, () => new Intl.RelativeTimeFormat(tag, { ...BASE, numeric: 'auto' }));
  if (abs < 60) return rtf.format(seconds, 'second');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return rtf.format(Math.round(seconds / 3600), 'hour');
  if (abs < 86400 * 30) return rtf.format(Math.round(seconds / 86400), 'day');
  if (abs < 86400 * 365) return rtf.format(Math.round(seconds / (86400 * 30)), 'month');
  return rtf.format(Math.round(seconds / (86400 * 365)), 'year');
}

/** "a, b et c" in the user's language. */
export function formatList(items: readonly string[], locale: string): string {
  const tag = intlLocaleOf(locale);
  return cached(`l|${tag}`, () => new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' })).format(items);
}

/** Offset of a time zone from UTC at an instant, in minutes (Casablanca: +60 most of the year, 0 during Ramadan). */
export function timeZoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = cached(
    `z|${timeZone}`,
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      }),
  ).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? '0');
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/**
 * A wall-clock time in a time zone ("2025-03-12" or "2025-03-12T14:05") -> the UTC instant, as ISO 8601.
 * Used for filters typed by people who think in their own zone, not the browser's.
 */
export function zonedToUtcIso(wallClock: string, timeZone: string = DEFAULT_TIME_ZONE): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(wallClock);
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  const naive = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  // Two passes settle the offset even across a daylight-saving change.
  let offset = timeZoneOffsetMinutes(new Date(naive), timeZone);
  offset = timeZoneOffsetMinutes(new Date(naive - offset * 60000), timeZone);
  return new Date(naive - offset * 60000).toISOString();
}

/** The first instant of the day after a date ("2025-03-12" -> start of 13 March in the zone), for inclusive "to" filters. */
export function endOfDayUtcIso(day: string, timeZone: string = DEFAULT_TIME_ZONE): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const next = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1));
  const iso = zonedToUtcIso(next.toISOString().slice(0, 10), timeZone);
  if (!iso) return null;
  return new Date(new Date(iso).getTime() - 1).toISOString();
}

/** A countdown: 900 -> "15:00", 45 -> "0:45", 3725 -> "1:02:05". */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** A TOTP secret in groups of four for reading aloud or typing: "JBSW Y3DP EHPK 3PXP". */
export function groupSecret(secret: string, size = 4): string {
  const clean = secret.replace(/\s+/g, '').toUpperCase();
  const groups: string[] = [];
  for (let i = 0; i < clean.length; i += size) groups.push(clean.slice(i, i + size));
  return groups.join(' ');
}

/** Initials for an avatar: "Amina El Idrissi" -> "AE", "أمينة الإدريسي" -> "أا". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}
