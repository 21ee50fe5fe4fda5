import { describe, expect, it } from 'vitest';
import { icaoCharValue, icaoCheckDigit, isValidTd3Mrz, makeTd3Mrz, td3NameField, toMrzText } from './icao';

// The specimen passport of ICAO Doc 9303 part 4 (Utopia, Anna Maria Eriksson).
const SPECIMEN_LINE_1 = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<';
const SPECIMEN_LINE_2 = 'L898902C36UTO7408122F1204159ZE184226B<<<<<10';

describe('icaoCheckDigit', () => {
  it('gives the check digits of the 9303 specimen', () => {
    expect(icaoCheckDigit('L898902C3')).toBe(6);
    expect(icaoCheckDigit('740812')).toBe(2);
    expect(icaoCheckDigit('120415')).toBe(9);
    expect(icaoCheckDigit('ZE184226B<<<<<')).toBe(1);
    expect(icaoCheckDigit('L898902C36' + '7408122' + '1204159ZE184226B<<<<<1')).toBe(0);
  });

  it('gives the 9303 part 3 worked example (27 July 1952)', () => {
    expect(icaoCheckDigit('520727')).toBe(3);
  });

  it('counts the filler as zero and letters from 10', () => {
    expect(icaoCheckDigit('<<<<<<')).toBe(0);
    expect(icaoCharValue('A')).toBe(10);
    expect(icaoCharValue('Z')).toBe(35);
    expect(icaoCharValue('<')).toBe(0);
    expect(() => icaoCharValue('a')).toThrow(RangeError);
  });
});

describe('makeTd3Mrz', () => {
  it('reproduces the 9303 specimen', () => {
    const mrz = makeTd3Mrz({
      issuingState: 'UTO',
      surname: 'Eriksson',
      givenNames: 'Anna Maria',
      documentNumber: 'L898902C3',
      nationality: 'UTO',
      birthDate: '740812',
      sex: 'F',
      expiryDate: '120415',
      personalNumber: 'ZE184226B',
    });
    expect(mrz).toEqual([SPECIMEN_LINE_1, SPECIMEN_LINE_2]);
    expect(isValidTd3Mrz(mrz)).toBe(true);
  });

  it('pads short numbers and empty optional data, and accepts unknown birth day and month', () => {
    const mrz = makeTd3Mrz({
      issuingState: 'GIN',
      surname: "N'Diaye",
      givenNames: 'Aïssatou',
      documentNumber: 'R1234567',
      nationality: 'GIN',
      birthDate: '95<<<<',
      sex: 'F',
      expiryDate: '300101',
    });
    expect(mrz[0]).toBe('P<GINNDIAYE<<AISSATOU<<<<<<<<<<<<<<<<<<<<<<<');
    expect(mrz[1].slice(0, 10)).toBe(`R1234567<${icaoCheckDigit('R1234567<')}`);
    expect(mrz[1].slice(13, 20)).toBe(`95<<<<${icaoCheckDigit('95<<<<')}`);
    expect(mrz[1].slice(28, 43)).toBe('<'.repeat(15));
    expect(mrz.every((line) => line.length === 44)).toBe(true);
    expect(isValidTd3Mrz(mrz)).toBe(true);
  });

  it('rejects numbers that do not fit', () => {
    const input = {
      issuingState: 'MAR',
      surname: 'Alaoui',
      givenNames: 'Khadija',
      nationality: 'MAR',
      birthDate: '900101',
      sex: 'F' as const,
      expiryDate: '300101',
    };
    expect(() => makeTd3Mrz({ ...input, documentNumber: 'AB12345678' })).toThrow(RangeError);
  });
});

describe('isValidTd3Mrz', () => {
  it('catches a mistyped character through the check digits', () => {
    expect(isValidTd3Mrz([SPECIMEN_LINE_1, SPECIMEN_LINE_2.replace('L898902C3', 'L898902CE')])).toBe(false);
    expect(isValidTd3Mrz([SPECIMEN_LINE_1, SPECIMEN_LINE_2.replace('740812', '740821')])).toBe(false);
    expect(isValidTd3Mrz([SPECIMEN_LINE_1, SPECIMEN_LINE_2.slice(0, 43) + '1'])).toBe(false);
    expect(isValidTd3Mrz([SPECIMEN_LINE_1, SPECIMEN_LINE_2.slice(1)])).toBe(false);
  });
});

describe('names in the MRZ', () => {
  it('drops accents and apostrophes and turns separators into fillers', () => {
    expect(toMrzText('Traoré')).toBe('TRAORE');
    expect(toMrzText('Keïta')).toBe('KEITA');
    expect(toMrzText("N'Diaye")).toBe('NDIAYE');
    expect(toMrzText('Jean-Pierre')).toBe('JEAN<PIERRE');
    expect(toMrzText('Aït Ali')).toBe('AIT<ALI');
    expect(toMrzText('Al-Hashimi')).toBe('AL<HASHIMI');
  });

  it('cuts names longer than the 39-character field', () => {
    const field = td3NameField('Abderrahmane El Idrissi Ouazzani', 'Mohamed Abdelkader Noureddine');
    expect(field).toHaveLength(39);
    expect(field.startsWith('ABDERRAHMANE<EL<IDRISSI<OUAZZANI<<MOHAM')).toBe(true);
  });
});
