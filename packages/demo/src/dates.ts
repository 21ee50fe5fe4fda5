/**
 * Calendar dates as whole days since 1970-01-01 (UTC). Everything goes through Date.UTC, so the machine's
 * time zone never changes a result, and nothing reads the clock.
 */

const DAY_MS = 86_400_000;

export interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

export function toEpochDay(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function fromEpochDay(epochDay: number): CalendarDate {
  const date = new Date(epochDay * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Parses a strict 'YYYY-MM-DD' and rejects dates that do not exist (2026-02-30). */
export function parseIsoDate(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${text}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const epochDay = toEpochDay(year, month, day);
  const back = fromEpochDay(epochDay);
  if (back.year !== year || back.month !== month || back.day !== day) {
    throw new RangeError(`no such date: ${text}`);
  }
  return epochDay;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function formatIsoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** YYMMDD as written in machine-readable zones. */
export function formatYymmdd({ year, month, day }: CalendarDate): string {
  return `${pad2(year % 100)}${pad2(month)}${pad2(day)}`;
}

/** The same calendar day `years` later (or earlier); 29 February becomes 1 March in common years. */
export function addYears(epochDay: number, years: number): number {
  const { year, month, day } = fromEpochDay(epochDay);
  return toEpochDay(year + years, month, day);
}
