/** @mizan/names: name normalisation, transliteration, keys and comparison. Pure; no I/O. */
export { normaliseName, normaliseArabic, normaliseLatin, scriptOf, type Script } from './normalise';
