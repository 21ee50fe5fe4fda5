import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { Authenticator } from './totp';

function exactLabel(label: string): RegExp {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped}\\s*\\*?$`);
}

/** An input by its label, exactly, whether or not the label ends with the asterisk of a required field. */
export function field(page: Page, label: string): Locator {
  return page.getByLabel(exactLabel(label));
}

/** Sign-in steps as a person does them, through labels and roles (French interface). */
export async function submitCredentials(page: Page, username: string, password: string): Promise<void> {
  await field(page, "Nom d'utilisateur").fill(username);
  await field(page, 'Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

export async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Menu de / }).click();
  await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
  await page.waitForURL((url) => url.pathname === '/login');
  await heading(page, 'Connexion');
}

/**
 * Picks an option in a Mantine Select / MultiSelect identified by its label, within `scope` (a dialog, say).
 * The options open in a portal at the end of the page, hence the search on the page.
 */
export async function choose(page: Page, label: string, option: string | RegExp, scope: Page | Locator = page): Promise<void> {
  // The dropdown list is labelled by the same label: aim at the text box.
  await scope.getByRole('textbox', { name: exactLabel(label) }).click();
  await page.getByRole('option', { name: option }).click();
}

/** First sign-in of a privileged account: password, then TOTP enrolment. Returns their authenticator. */
export async function signInWithEnrolment(page: Page, username: string, password: string): Promise<Authenticator> {
  await submitCredentials(page, username, password);
  await heading(page, 'Activer la vérification en deux étapes');
  const authenticator = new Authenticator(await field(page, 'Clé à saisir à la main').inputValue());
  await field(page, 'Code à six chiffres').fill(await authenticator.next());
  await page.getByRole('button', { name: 'Activer et continuer' }).click();
  await page.getByRole('button', { name: /^Menu de / }).waitFor();
  return authenticator;
}

export async function htmlLangDir(page: Page): Promise<{ lang: string; dir: string }> {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}

export function expectNoErrors(errors: string[]): void {
  // The browser logs every 4xx answer as a failed resource: 401 (session probe before sign-in, wrong password),
  // 409 (stale version, taken code) and 429 (throttled sign-in) are part of the stories tested.
  const real = errors.filter((e) => !/Failed to load resource: the server responded with a status of (401|409|429)\b/.test(e));
  expect(real).toEqual([]);
}
