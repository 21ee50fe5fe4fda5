import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, watchErrors } from './support/browser';
import { choose, expectNoErrors, field, heading, htmlLangDir, signOut, submitCredentials } from './support/mizan-page';
import { ADMIN_PASSWORD, ADMIN_USERNAME, startServer, type RunningServer } from './support/server';
import { Authenticator } from './support/totp';

/**
 * One story, in order: the administrator's first sign-in enrols TOTP; they sign in again with a code; the
 * interface turns to Arabic and back; a caseworker is created through the admin pages, signs in and is
 * refused the admin pages; everyone signs out.
 */
describe('signing in, languages and administration', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let authenticator: Authenticator;

  beforeAll(async () => {
    server = await startServer({ demo: 'on' });
    browser = await launchBrowser();
    context = await newContext(browser, server.url);
    page = await context.newPage();
    errors = watchErrors(page);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('sends a visitor to the sign-in page, in French by default', async () => {
    await page.goto('/admin/users');
    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/admin/users');
    await heading(page, 'Connexion');
    expect(await htmlLangDir(page)).toEqual({ lang: 'fr', dir: 'ltr' });
    expect(await page.title()).toBe('Connexion · Mizan');
  });

  it('says so, next to the form, when the password is wrong', async () => {
    await submitCredentials(page, ADMIN_USERNAME, 'not-the-password');
    const alert = page.getByRole('alert').filter({ hasText: "Nom d'utilisateur ou mot de passe incorrect" });
    await alert.waitFor();
    expect(await field(page, 'Mot de passe').inputValue()).toBe('');
  });

  it("enforces TOTP enrolment at the administrator's first sign-in", async () => {
    await submitCredentials(page, ADMIN_USERNAME, ADMIN_PASSWORD);
    await heading(page, 'Activer la vérification en deux étapes');
    await page.getByRole('img', { name: /Code QR/ }).waitFor();
    const secret = await field(page, 'Clé à saisir à la main').inputValue();
    expect(secret).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/);
    authenticator = new Authenticator(secret);

    await field(page, 'Code à six chiffres').fill(await authenticator.next());
    await page.getByRole('button', { name: 'Activer et continuer' }).click();

    // Back where they wanted to go before signing in.
    await page.waitForURL((url) => url.pathname === '/admin/users');
    await heading(page, 'Utilisateurs');
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: "Journal d'audit" }).waitFor();
  });

  it('signs out, then signs in again with a code from the authenticator', async () => {
    await signOut(page);
    await page.getByRole('status').filter({ hasText: 'Vous êtes déconnecté' }).waitFor();

    await submitCredentials(page, ADMIN_USERNAME, ADMIN_PASSWORD);
    await heading(page, 'Vérification en deux étapes');
    await field(page, 'Code à six chiffres').fill('000000');
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await page.getByRole('alert').filter({ hasText: 'Code incorrect ou expiré' }).waitFor();

    await field(page, 'Code à six chiffres').fill(await authenticator.next());
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await heading(page, 'Bonjour, Administrator');
    expect(await page.title()).toBe('Tableau de bord · Mizan');
    // Real counts from GET /api/dashboard.
    await page.getByText('Comptes utilisateurs').waitFor();
    await page.screenshot({ path: '/tmp/mizan-fr-dashboard.png', fullPage: true });
  });

  it('turns the whole interface to Arabic, right to left, and back', async () => {
    await page.getByRole('button', { name: /^Langue : Français/ }).click();
    await page.getByRole('menuitem', { name: 'العربية' }).click();
    await heading(page, 'مرحبًا، Administrator');
    expect(await htmlLangDir(page)).toEqual({ lang: 'ar', dir: 'rtl' });

    // The navigation moved to the right-hand side.
    const nav = await page.getByRole('navigation', { name: 'التنقل الرئيسي' }).boundingBox();
    const viewport = page.viewportSize()!;
    expect(nav).not.toBeNull();
    expect(nav!.x).toBeGreaterThan(viewport.width / 2);
    // Latin digits in Arabic.
    const figure = await page.locator('[data-figure="users"]').innerText();
    expect(figure).toMatch(/^[0-9]+$/);
    await page.waitForTimeout(500); // let the layout's slide to the other side finish before the picture
    await page.screenshot({ path: '/tmp/mizan-ar.png', fullPage: true });

    await page.getByRole('link', { name: 'المستخدمون' }).first().click();
    await heading(page, 'المستخدمون');
    await page.waitForTimeout(300);
    await page.screenshot({ path: '/tmp/mizan-ar-users.png', fullPage: true });

    // The choice was saved to the profile: it survives a reload.
    await page.reload();
    await heading(page, 'المستخدمون');
    expect(await htmlLangDir(page)).toEqual({ lang: 'ar', dir: 'rtl' });

    await page.getByRole('button', { name: /^اللغة: العربية/ }).click();
    await page.getByRole('menuitem', { name: 'Français' }).click();
    await heading(page, 'Utilisateurs');
    expect(await htmlLangDir(page)).toEqual({ lang: 'fr', dir: 'ltr' });
  });

  it('shows the admin pages: roles with their permission matrix, organisations, audit log', async () => {
    await page.getByRole('link', { name: 'Rôles et autorisations' }).click();
    await heading(page, 'Rôles et autorisations');
    await page.getByRole('link', { name: 'Agent instructeur' }).click();
    await heading(page, 'Agent instructeur');
    const personsGroup = page.getByRole('group', { name: 'Personnes' });
    expect(await personsGroup.getByRole('checkbox', { name: 'Consulter' }).isChecked()).toBe(true);
    expect(await personsGroup.getByRole('checkbox', { name: 'Fusionner des fiches' }).isChecked()).toBe(false);
    await page.screenshot({ path: '/tmp/mizan-fr-role.png', fullPage: true });

    await page.getByRole('link', { name: 'Organisations' }).click();
    await heading(page, 'Organisations');
    await page.getByRole('cell', { name: 'Direction de la migration' }).first().waitFor();

    await page.getByRole('link', { name: "Journal d'audit" }).click();
    await heading(page, "Journal d'audit");
    await page
      .getByRole('cell', { name: 'auth.login' })
      .first()
      .waitFor({ state: 'attached' })
      .catch(() => undefined);
    await page.getByRole('button', { name: "Vérifier l'intégrité" }).click();
    await page.getByText('Journal intègre').waitFor();
    await page.screenshot({ path: '/tmp/mizan-fr-audit.png', fullPage: true });
  });

  it('creates a caseworker through the admin pages', async () => {
    await page.getByRole('link', { name: 'Utilisateurs' }).click();
    await heading(page, 'Utilisateurs');
    await page.getByRole('link', { name: 'Nouvel utilisateur' }).click();
    await heading(page, 'Nouvel utilisateur');

    // Sent empty: the errors show next to the fields.
    await page.getByRole('button', { name: 'Créer le compte' }).click();
    await page.getByText('Ce champ est obligatoire.').first().waitFor();

    await field(page, "Nom d'utilisateur").fill('salma.bennani');
    await field(page, 'Mot de passe initial').fill('Caseworker-pass-2025');
    await field(page, 'Nom affiché').fill('Salma Bennani');
    await field(page, 'Adresse électronique').fill('salma.bennani@example.org');
    await choose(page, 'Organisation', /\(DGM\)/);
    await choose(page, 'Rôles', 'Agent instructeur');
    await page.keyboard.press('Escape');
    await page.screenshot({ path: '/tmp/mizan-fr-user-new.png', fullPage: true });
    await page.getByRole('button', { name: 'Créer le compte' }).click();

    await heading(page, 'Salma Bennani');
    await page.waitForURL(/\/admin\/users\/[0-9a-f-]{36}$/);
  });

  it('says when someone else changed the account meanwhile, and offers the current version', async () => {
    const other = await context.newPage();
    await other.goto(page.url());
    await heading(other, 'Salma Bennani');
    await field(other, 'Nom affiché').fill('Salma Bennani Alaoui');
    await other.getByRole('button', { name: 'Enregistrer' }).click();
    await other.getByText('Modifications enregistrées').waitFor();
    await other.close();

    // This page still holds the previous version.
    await field(page, 'Adresse électronique').fill('s.bennani@example.org');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('alert').filter({ hasText: "Modifié par quelqu'un d'autre" }).waitFor();
    await page.getByRole('button', { name: 'Recharger la version actuelle' }).click();
    await heading(page, 'Salma Bennani Alaoui');
    expect(await field(page, 'Nom affiché').inputValue()).toBe('Salma Bennani Alaoui');
    expect(await field(page, 'Adresse électronique').inputValue()).toBe('salma.bennani@example.org');
  });

  it('refuses the admin pages to the caseworker, and signs them out to the sign-in page', async () => {
    await signOut(page);
    await submitCredentials(page, 'salma.bennani', 'Caseworker-pass-2025');
    // Not a privileged role: no second factor.
    await heading(page, 'Bonjour, Salma Bennani Alaoui');
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await nav.getByRole('link', { name: 'Personnes' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Utilisateurs' }).count()).toBe(0);

    await page.goto('/admin/users');
    await heading(page, 'Accès refusé');
    expect(page.url()).toBe(`${server.url}/admin/users`);
    await page.screenshot({ path: '/tmp/mizan-fr-403.png' });

    await page.goto('/regularisation');
    await heading(page, 'Régularisation');
    await page.getByText('Les écrans de ce module arrivent bientôt.').waitFor();
    await page.goto('/border');
    await heading(page, 'Accès refusé');

    await page.goto('/no/such/page');
    await heading(page, 'Page introuvable');

    await signOut(page);
    expect(new URL(page.url()).pathname).toBe('/login');
    // Signed out for real: the app sends them back to the sign-in page.
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/login');
  });

  it('switches language on the sign-in page too, before anyone signs in', async () => {
    await page.getByRole('button', { name: /^Langue : Français/ }).click();
    await page.getByRole('menuitem', { name: 'Español' }).click();
    await heading(page, 'Iniciar sesión');
    expect(await htmlLangDir(page)).toEqual({ lang: 'es', dir: 'ltr' });
    await field(page, 'Nombre de usuario').waitFor();
    await page.reload();
    await heading(page, 'Iniciar sesión');
    await page.getByRole('button', { name: /^Idioma: Español/ }).click();
    await page.getByRole('menuitem', { name: 'Français' }).click();
    await heading(page, 'Connexion');
  });

  it('holds the sign-in button with a countdown once sign-in is throttled', async () => {
    for (let attempt = 0; attempt < 8; attempt++) {
      const button = page.getByRole('button', { name: 'Se connecter' });
      if ((await button.count()) === 0) break;
      await submitCredentials(page, 'intruder', `wrong-password-${attempt}`);
      await page.getByRole('alert').waitFor();
    }
    const waiting = page.getByRole('button', { name: /^Patientez \d+:\d\d$/ });
    await waiting.waitFor();
    expect(await waiting.isDisabled()).toBe(true);
    await page
      .getByRole('alert')
      .filter({ hasText: /réessayez dans \d+ min/ })
      .waitFor();
  });

  it('kept the console clean', () => {
    expectNoErrors(errors);
  });
});
