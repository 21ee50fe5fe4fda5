import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Sign-in steps as a person does them, through labels and roles (French interface). */
export async function submitCredentials(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel("Nom d'utilisateur").fill(username);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
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

/** Picks an option in a Mantine Select / MultiSelect identified by its label. */
export async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.getByRole('option', { name: option }).click();
}

export async function htmlLangDir(page: Page): Promise<{ lang: string; dir: string }> {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}

export function expectNoErrors(errors: string[]): void {
  // 401 from the session probe before sign-in is expected and logged by the browser as a failed resource.
  const real = errors.filter((e) => !/status of 401|status of 403/.test(e));
  expect(real).toEqual([]);
}
