/**
 * The generator of demo people.
 *
 * Record i depends only on (seed, i): its random numbers come from generators derived from the seed and
 * the index (prng.deriveSeed), never from a shared sequence. So any range can be generated alone, on any
 * worker, in constant memory, and record i is the same whatever range it was generated in.
 *
 * Duplicates stay streamable the same way: whether record i repeats an earlier person, and which record
 * j < i it repeats, is drawn from i's own generator; the person is then regenerated from j's seed.
 */

import { parseIsoDate } from './dates';
import { recordDuplicate } from './duplicates';
import { makeIdentity } from './identity';
import { hashSeed, rngFor, type SeedWords } from './prng';
import { recordOriginal, toDemoPerson } from './record';
import type { DemoPerson } from './types';

export const DEFAULT_SEED = 'mizan';
export const DEFAULT_DUPLICATE_RATE = 0.15;
/** Ages and expiries are computed against this date, never against the clock. */
export const DEFAULT_REFERENCE_DATE = '2026-01-01';

export interface DemoOptions {
  /** Default 'mizan'. Numbers and their decimal strings are the same seed. */
  seed?: string | number;
  /** Share of records that are further records of an earlier person, in [0, 1). Default 0.15. */
  duplicateRate?: number;
  /** 'YYYY-MM-DD'; default '2026-01-01'. */
  referenceDate?: string;
}

export interface GeneratePeopleOptions extends DemoOptions {
  count: number;
  /** Index of the first record; default 0. */
  startIndex?: number;
}

// Independent random streams per index: changing how one is consumed never shifts another.
const DUPLICATE_STREAM = 0;
const IDENTITY_STREAM = 1;
const RECORD_STREAM = 2;

interface Context {
  seed: string;
  seedWords: SeedWords;
  duplicateRate: number;
  referenceDay: number;
}

function makeContext(options: DemoOptions): Context {
  const seed = String(options.seed ?? DEFAULT_SEED);
  const duplicateRate = options.duplicateRate ?? DEFAULT_DUPLICATE_RATE;
  if (!(duplicateRate >= 0 && duplicateRate < 1)) {
    throw new RangeError(`duplicateRate must be in [0, 1), got ${duplicateRate}`);
  }
  return {
    seed,
    seedWords: hashSeed(seed),
    duplicateRate,
    referenceDay: parseIsoDate(options.referenceDate ?? DEFAULT_REFERENCE_DATE),
  };
}

function checkIndex(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }
}

/** The stable key of record `index` under `seed`. */
export function demoKey(seed: string | number, index: number): string {
  return `demo-${seed}-${index}`;
}

/** The earlier record that record `index` repeats, or null if it is the first record of its person. */
function duplicateSource(context: Context, index: number): number | null {
  if (index === 0 || context.duplicateRate === 0) return null;
  const rng = rngFor(context.seedWords, index, DUPLICATE_STREAM);
  return rng.chance(context.duplicateRate) ? rng.int(0, index - 1) : null;
}

/** The first record of the person record `index` belongs to (following duplicates of duplicates). */
function firstRecordOf(context: Context, index: number): number {
  let current = index;
  for (let source = duplicateSource(context, current); source !== null; source = duplicateSource(context, current)) {
    current = source;
  }
  return current;
}

function personAt(context: Context, index: number): DemoPerson {
  const first = firstRecordOf(context, index);
  const identity = makeIdentity(rngFor(context.seedWords, first, IDENTITY_STREAM), context.referenceDay);
  const original = recordOriginal(identity, rngFor(context.seedWords, first, RECORD_STREAM));
  const draft = first === index ? original : recordDuplicate(identity, original, rngFor(context.seedWords, index, RECORD_STREAM));
  return toDemoPerson(identity, draft, demoKey(context.seed, index), demoKey(context.seed, first));
}

/** Record `index` alone (the same record generatePeople yields at that index). */
export function generatePerson(index: number, options: DemoOptions = {}): DemoPerson {
  checkIndex('index', index);
  return personAt(makeContext(options), index);
}

function* records(context: Context, startIndex: number, count: number): Generator<DemoPerson, void, undefined> {
  for (let index = startIndex; index < startIndex + count; index++) {
    yield personAt(context, index);
  }
}

/**
 * Records startIndex .. startIndex + count - 1, one at a time. Nothing is kept between records, so a
 * million (or more) take constant memory. Options are checked at the call, not at the first record.
 */
export function generatePeople(options: GeneratePeopleOptions): Generator<DemoPerson, void, undefined> {
  const startIndex = options.startIndex ?? 0;
  checkIndex('count', options.count);
  checkIndex('startIndex', startIndex);
  checkIndex('startIndex + count', startIndex + options.count);
  return records(makeContext(options), startIndex, options.count);
}
