import { describe, expect, it } from 'vitest';
import { normaliseArabic, normaliseName, scriptOf } from './normalise';

describe('normaliseName', () => {
  it('drops Latin accents and case, joins apostrophes', () => {
    expect(normaliseName('Traoré')).toBe('traore');
    expect(normaliseName('KEÏTA')).toBe('keita');
    expect(normaliseName("N'Diaye")).toBe(normaliseName('Ndiaye'));
    expect(normaliseName('N’Dour')).toBe('ndour');
    expect(normaliseName('Abd-el-Kader')).toBe('abd el kader');
    expect(normaliseName('  Mamadou   Saliou  BAH ')).toBe('mamadou saliou bah');
  });

  it('folds Arabic harakat, tatweel and letter variants', () => {
    expect(normaliseName('مُحَمَّد')).toBe('محمد');
    expect(normaliseName('محـــمد')).toBe('محمد');
    expect(normaliseName('أحمد')).toBe(normaliseName('احمد'));
    expect(normaliseName('إبراهيم')).toBe(normaliseName('ابراهيم'));
    expect(normaliseName('مصطفى')).toBe(normaliseName('مصطفي'));
    expect(normaliseName('فاطمة')).toBe(normaliseName('فاطمه'));
  });

  it('makes Arabic-Indic digits Latin', () => {
    expect(normaliseArabic('١٩٩٠')).toBe('1990');
    expect(normaliseArabic('۲۰۰۱')).toBe('2001');
  });

  it('keeps a mixed-script name and names its script', () => {
    expect(normaliseName('Mohamed محمد')).toBe('mohamed محمد');
    expect(scriptOf('محمد')).toBe('arabic');
    expect(scriptOf('Mohamed')).toBe('latin');
    expect(scriptOf('Mohamed محمد')).toBe('mixed');
    expect(scriptOf('123')).toBe('other');
  });
});
