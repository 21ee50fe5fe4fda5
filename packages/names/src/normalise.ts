/**
 * Normalisation of person names before any comparison: the same name typed by two officers, on two keyboards,
 * must give the same text. Pure; no I/O.
 */

export type Script = 'arabic' | 'latin' | 'mixed' | 'other';

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]/;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;

/** Harakat, Quranic marks, superscript alef, and tatweel: typed or not, they do not change the name. */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/** Letters with several written forms, folded to one (alef forms, ya / alef maqsura, ta marbuta, hamza carriers). */
const ARABIC_FOLD: Record<string, string> = {
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ى': 'ي',
  'ی': 'ي', // Persian/Urdu ya, common on Bangladeshi keyboards
  'ک': 'ك',
  'ة': 'ه',
  'ؤ': 'و',
  'ئ': 'ي',
  'ء': '',
};

const ARABIC_INDIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Which script a name is written in. */
export function scriptOf(text: string): Script {
  let arabic = false;
  let latin = false;
  for (const ch of text) {
    if (ARABIC_LETTER.test(ch)) arabic = true;
    else if (LATIN_LETTER.test(ch)) latin = true;
  }
  if (arabic && latin) return 'mixed';
  if (arabic) return 'arabic';
  if (latin) return 'latin';
  return 'other';
}

/** Arabic-script normalisation: marks and tatweel removed, letter variants folded, digits made Latin. */
export function normaliseArabic(text: string): string {
  return text
    .normalize('NFKC')
    .replace(ARABIC_MARKS, '')
    .replace(/./gu, (ch) => ARABIC_FOLD[ch] ?? ch)
    .replace(ARABIC_INDIC_DIGITS, (d) => String(d.codePointAt(0)! & 0xf)); // both digit blocks start at ...0
}

/**
 * Latin-script normalisation: case folded, accents dropped (Traoré = Traore, Keïta = Keita), apostrophes joined
 * (N'Diaye = Ndiaye), other punctuation and hyphens made spaces.
 */
export function normaliseLatin(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase();
}

/**
 * The normalised form of a whole name, in either script (or both): one space between tokens, no punctuation,
 * apostrophes joined. Never empty for a name that has letters.
 */
export function normaliseName(text: string): string {
  const folded = normaliseLatin(normaliseArabic(text));
  return folded
    .replace(/['’‘`´ʼʻ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
