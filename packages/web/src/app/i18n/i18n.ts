import type { Locale } from '@mizan/core';
import { DEFAULT_LOCALE, RTL_LOCALES, isLocale } from '@mizan/core';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import ar from '../../locales/ar.json';
import en from '../../locales/en.json';
import es from '../../locales/es.json';
import fr from '../../locales/fr.json';
import { setApiLanguage } from '../api/api-client';

export const resources = {
  ar: { translation: ar },
  fr: { translation: fr },
  en: { translation: en },
  es: { translation: es },
} as const;

const STORAGE_KEY = 'mizan.locale';

/** Each language named in itself, for the language switch. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  ar: 'العربية',
  fr: 'Français',
  en: 'English',
  es: 'Español',
};

export function directionOf(locale: string): 'rtl' | 'ltr' {
  return (RTL_LOCALES as readonly string[]).includes(locale) ? 'rtl' : 'ltr';
}

export function storedLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

/** The language to start with: the last choice on this browser, else the browser's own if we have it, else French. */
export function initialLocale(): Locale {
  const stored = storedLocale();
  if (stored) return stored;
  for (const tag of navigator.languages ?? []) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}

function applyDocumentLanguage(locale: string): void {
  const root = document.documentElement;
  root.lang = locale;
  root.dir = directionOf(locale);
  setApiLanguage(locale);
}

export function currentLocale(): Locale {
  const lang = i18next.language;
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}

export async function initI18n(): Promise<typeof i18next> {
  const lng = initialLocale();
  i18next.on('languageChanged', applyDocumentLanguage);
  await i18next.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: false,
    supportedLngs: ['ar', 'fr', 'en', 'es'],
    nsSeparator: false,
    keySeparator: '.',
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: false },
  });
  applyDocumentLanguage(lng);
  return i18next;
}

/** Switch the interface language (document lang/dir follow through the languageChanged listener). */
export async function changeLocale(locale: Locale): Promise<void> {
  storeLocale(locale);
  if (i18next.language !== locale) await i18next.changeLanguage(locale);
}

export { i18next };
