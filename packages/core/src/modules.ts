/** The modules of Mizan. The same name is the server folder, the web folder, the permission prefix and the API prefix. */
export const MODULES = [
  'persons',
  'regularisation',
  'returns',
  'networks',
  'border',
  'statistics',
  'cooperation',
  'admin',
] as const;
export type ModuleName = (typeof MODULES)[number];

export const LOCALES = ['ar', 'fr', 'en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';
export const RTL_LOCALES: readonly Locale[] = ['ar'];
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
