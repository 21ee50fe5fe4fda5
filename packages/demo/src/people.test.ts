import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { isValidTd3Mrz } from './icao';
import { generatePeople, generatePerson } from './people';
import type { DemoPerson } from './types';

const ARABIC_WORDS = /^[\u0621-\u063A\u0641-\u064A]+( [\u0621-\u063A\u0641-\u064A]+)*$/;
const indexOf = (key: string): number => Number(key.slice(key.lastIndexOf('-') + 1));

/** One shared sample for the proportion checks (30,000 records take about a third of a second). */
const SAMPLE: DemoPerson[] = [...generatePeople({ count: 30_000 })];
const ORIGINALS = SAMPLE.filter((person) => person.key === person.identityKey);
const DUPLICATES = SAMPLE.filter((person) => person.key !== person.identityKey);
const share = (people: DemoPerson[], test: (person: DemoPerson) => boolean): number => people.filter(test).length / people.length;

describe('determinism', () => {
  it('gives the same people for the same seed and different people for another seed', () => {
    const a = [...generatePeople({ seed: 'alpha', count: 300 })];
    const b = [...generatePeople({ seed: 'alpha', count: 300 })];
    const c = [...generatePeople({ seed: 'beta', count: 300 })];
    expect(b).toEqual(a);
    expect(c.map((p) => p.names)).not.toEqual(a.map((p) => p.names));
    expect(a[0]?.key).toBe('demo-alpha-0');
  });

  it('gives record i the same content whatever range it is generated in', () => {
    const whole = [...generatePeople({ count: 1000 })];
    const tail = [...generatePeople({ count: 500, startIndex: 500 })];
    expect(tail).toEqual(whole.slice(500));
    for (const index of [0, 1, 499, 777, 999]) expect(generatePerson(index)).toEqual(whole[index]);
    expect(generatePerson(123_456)).toEqual([...generatePeople({ count: 1, startIndex: 123_456 })][0]);
  });

  it('depends on the reference date, not on the clock', () => {
    const early = generatePerson(5, { referenceDate: '2020-06-01' });
    expect(generatePerson(5, { referenceDate: '2020-06-01' })).toEqual(early);
    expect(generatePerson(5)).not.toEqual(early);
  });

  it('checks its options when called', () => {
    expect(() => generatePeople({ count: -1 })).toThrow(RangeError);
    expect(() => generatePeople({ count: 1, startIndex: 1.5 })).toThrow(RangeError);
    expect(() => generatePeople({ count: 1, duplicateRate: 1 })).toThrow(RangeError);
    expect(() => generatePeople({ count: 1, referenceDate: '2026-02-30' })).toThrow(RangeError);
  });
});

describe('streaming', () => {
  it('is lazy: a billion-record generator yields its first records at once', () => {
    const people = generatePeople({ count: 1_000_000_000 });
    expect(people.next().value?.key).toBe('demo-mizan-0');
    expect(people.next().value?.key).toBe('demo-mizan-1');
    people.return();
  });

  it('does not grow the heap with the number of records', () => {
    // Heap after a full collection, once after 10,000 records and again after 200,000. Holding the
    // records would cost hundreds of megabytes; streaming leaves only garbage. The gc function is
    // reached through V8 flags because vitest does not start its workers with --expose-gc.
    v8.setFlagsFromString('--expose-gc');
    const collectGarbage = vm.runInNewContext('gc') as () => void;
    const heapAfterCollection = (): number => {
      collectGarbage();
      return process.memoryUsage().heapUsed;
    };
    let count = 0;
    let heapAt10k = 0;
    for (const person of generatePeople({ count: 200_000 })) {
      count += person.names.length > 0 ? 1 : 0;
      if (count === 10_000) heapAt10k = heapAfterCollection();
    }
    expect(count).toBe(200_000);
    expect(heapAfterCollection() - heapAt10k).toBeLessThan(16 * 1024 * 1024);
  }, 60_000);
});

describe('records', () => {
  it('give every passport MRZ valid check digits that match the document', () => {
    // Offenders are collected and compared once: one expect per field of 30,000 records is slow.
    const wrong: unknown[] = [];
    let passports = 0;
    for (const person of SAMPLE) {
      for (const document of person.documents) {
        if (!document.mrz) continue;
        passports++;
        const [line1, line2] = document.mrz;
        const fullBirthDate = person.birthDate?.length === 10 && person.key === person.identityKey;
        const consistent =
          isValidTd3Mrz(document.mrz) &&
          document.type === 'passport' &&
          line1.slice(2, 5) === document.issuingCountry &&
          line2.slice(0, 9).replace(/<+$/, '') === document.number &&
          line2[20] === person.sex &&
          (!fullBirthDate || line2.slice(13, 19) === person.birthDate?.slice(2).replaceAll('-', ''));
        if (!consistent) wrong.push({ key: person.key, document });
      }
    }
    expect(wrong).toEqual([]);
    expect(passports).toBeGreaterThan(10_000);
  });

  it('write Arabic names in Arabic letters and spaces only, Latin names without stray spaces', () => {
    const wrong: unknown[] = [];
    for (const person of SAMPLE) {
      if (!person.names.some((name) => name.type === 'primary')) wrong.push(person);
      for (const name of person.names) {
        const fields = [name.given, name.family, name.full, ...(name.father ? [name.father] : [])];
        const good =
          name.script === 'arabic'
            ? name.language === 'ar' && fields.every((field) => ARABIC_WORDS.test(field))
            : fields.every((field) => /^\S+( \S+)*$/.test(field) && !/[\u0600-\u06FF]/.test(field));
        if (!good) wrong.push({ key: person.key, name });
      }
    }
    expect(wrong).toEqual([]);
  });

  it('have well-formed dates, codes and phones', () => {
    const wrong = SAMPLE.filter(
      (person) =>
        !(person.birthDate === null || /^\d{4}(-\d{2}-\d{2})?$/.test(person.birthDate)) ||
        !/^[A-Z]{2}$/.test(person.nationality) ||
        (person.phone !== undefined && !/^\+[1-9]\d{7,14}$/.test(person.phone)) ||
        person.documents.some(
          (document) =>
            !/^[A-Z]{3}$/.test(document.issuingCountry) || (document.expiry !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(document.expiry)),
        ),
    );
    expect(wrong).toEqual([]);
  });

  it('come in roughly the intended proportions', () => {
    expect(share(SAMPLE, (p) => p.key !== p.identityKey)).toBeCloseTo(0.15, 1);
    expect(share(ORIGINALS, (p) => p.sex === 'M')).toBeGreaterThan(0.57);
    expect(share(ORIGINALS, (p) => p.sex === 'M')).toBeLessThan(0.63);
    expect(share(ORIGINALS, (p) => p.birthDate?.length === 4)).toBeGreaterThan(0.17);
    expect(share(ORIGINALS, (p) => p.birthDate?.length === 4)).toBeLessThan(0.23);
    expect(share(ORIGINALS, (p) => p.birthDate?.endsWith('-01-01') === true)).toBeGreaterThan(0.035);
    expect(share(ORIGINALS, (p) => p.birthDate?.endsWith('-01-01') === true)).toBeLessThan(0.075);
    expect(share(ORIGINALS, (p) => p.documents.some((d) => d.type === 'passport'))).toBeGreaterThan(0.57);
    expect(share(ORIGINALS, (p) => p.documents.some((d) => d.type === 'passport'))).toBeLessThan(0.63);
    expect(share(ORIGINALS, (p) => p.names.some((n) => n.script === 'arabic'))).toBeGreaterThan(0.3);
    // Minors: born after 2008-01-01 against the default reference date 2026-01-01; counted on full dates.
    const fullDates = ORIGINALS.filter((p) => p.birthDate?.length === 10 && !p.birthDate.endsWith('-01-01'));
    const minors = share(fullDates, (p) => (p.birthDate as string) > '2008-01-01');
    expect(minors).toBeGreaterThan(0.07);
    expect(minors).toBeLessThan(0.11);
    // Morocco first; every origin group present.
    expect(share(ORIGINALS, (p) => p.nationality === 'MA')).toBeGreaterThan(0.2);
    expect(new Set(ORIGINALS.map((p) => p.origin)).size).toBe(5);
  });
});

describe('duplicates', () => {
  const byKey = new Map(SAMPLE.map((person) => [person.key, person]));

  it('point to an earlier first record of the same person', () => {
    expect(DUPLICATES.length).toBeGreaterThan(3_000);
    for (const duplicate of DUPLICATES) {
      expect(indexOf(duplicate.identityKey)).toBeLessThan(indexOf(duplicate.key));
      const first = byKey.get(duplicate.identityKey) as DemoPerson;
      expect(first.identityKey).toBe(first.key);
      expect(duplicate.sex).toBe(first.sex);
      expect(duplicate.nationality).toBe(first.nationality);
    }
  });

  it('differ from the first record the way records of another officer do', () => {
    const strip = ({ key: _key, identityKey: _identity, ...content }: DemoPerson) => content;
    let respelled = 0;
    let arabicOnly = 0;
    let swapped = 0;
    let dateChanged = 0;
    let numberChanged = 0;
    for (const duplicate of DUPLICATES) {
      const first = byKey.get(duplicate.identityKey) as DemoPerson;
      expect(strip(duplicate)).not.toEqual(strip(first));
      const latin = duplicate.names.find((n) => n.script === 'latin' && n.type === 'primary');
      const firstLatin = first.names.find((n) => n.script === 'latin' && n.type === 'primary') as (typeof first.names)[number];
      if (!latin) arabicOnly++;
      else if (latin.given === firstLatin.family && latin.family === firstLatin.given) swapped++;
      else if (latin.full !== firstLatin.full) respelled++;
      if (duplicate.birthDate !== first.birthDate) dateChanged++;
      const passport = duplicate.documents.find((d) => d.type === 'passport');
      const firstPassport = first.documents.find((d) => d.type === 'passport');
      if (passport && firstPassport && passport.number !== firstPassport.number) {
        numberChanged++;
        expect(passport.mrz).toBeUndefined();
      }
    }
    for (const count of [respelled, arabicOnly, swapped, dateChanged, numberChanged]) {
      expect(count / DUPLICATES.length).toBeGreaterThan(0.05);
    }
  });

  it('can be turned off', () => {
    for (const person of generatePeople({ count: 2_000, duplicateRate: 0 })) expect(person.identityKey).toBe(person.key);
  });
});
