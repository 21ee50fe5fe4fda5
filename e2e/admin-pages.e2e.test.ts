import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, watchErrors } from './support/browser';
import { choose, expectNoErrors, field, heading, signInWithEnrolment, signOut } from './support/mizan-page';
import { ADMIN_PASSWORD, ADMIN_USERNAME, startServer, type RunningServer } from './support/server';

/**
 * The administration pages at work: a custom role through the permission matrix, an organisation, a password
 * set for a colleague, an API token; then the data-protection officer, who may read everything but change
 * nothing, audits the log.
 */
describe('administration pages', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  const dpoPassword = 'Dpo-password-2025!';

  beforeAll(async () => {
    server = await startServer({ demo: 'on' });
    browser = await launchBrowser();
    context = await newContext(browser, server.url);
    page = await context.newPage();
    errors = watchErrors(page);
    await page.goto('/');
    await signInWithEnrolment(page, ADMIN_USERNAME, ADMIN_PASSWORD);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('creates a custom role with the permission matrix', async () => {
    await page.goto('/admin/roles');
    await page.getByRole('link', { name: 'Nouveau rôle' }).click();
    await heading(page, 'Nouveau rôle');
    await field(page, 'Identifiant').fill('border_analyst');
    await choose(page, 'Périmètre', 'Sa région');
    await page.getByRole('checkbox', { name: 'Données personnelles' }).check();
    await page.getByRole('checkbox', { name: 'Toutes les autorisations du module Frontières' }).check();
    await page.getByRole('group', { name: 'Personnes' }).getByRole('checkbox', { name: 'Consulter' }).check();
    await page.getByText('Autorisations : 4').waitFor();
    await page.getByRole('button', { name: 'Créer le rôle' }).click();

    await page.waitForURL((url) => url.pathname === '/admin/roles/border_analyst');
    await heading(page, 'border_analyst');
    const border = page.getByRole('group', { name: 'Frontières' });
    for (const action of ['Consulter', 'Créer et modifier', 'Importer']) {
      expect(await border.getByRole('checkbox', { name: action }).isChecked()).toBe(true);
    }
    await page.getByRole('link', { name: 'Rôles et autorisations' }).first().click();
    const row = page.getByRole('row').filter({ hasText: 'border_analyst' });
    await row.getByText('Personnalisé').waitFor();
  });

  it('adds an organisation, and says so next to the code when it is taken', async () => {
    await page.goto('/admin/organisations');
    const create = async () => {
      await page.getByRole('button', { name: 'Nouvelle organisation' }).click();
      const dialog = page.getByRole('dialog', { name: 'Nouvelle organisation' });
      await dialog.getByLabel(/^Code/).fill('be-pilote-ttn');
      await choose(page, 'Type', 'Bureau des étrangers', dialog);
      await dialog.getByLabel(/^Nom/).fill('Antenne pilote de Tétouan');
      await choose(page, 'Organisation de rattachement', /\(DGM\)/, dialog);
      await dialog.getByRole('button', { name: "Créer l'organisation" }).click();
      return dialog;
    };
    const dialog = await create();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('cell', { name: 'BE-PILOTE-TTN' }).waitFor();
    await field(page, 'Rechercher (code, nom, région)').fill('pilote de tetouan');
    expect(await page.getByRole('row').count()).toBe(2); // the header and the new one: accents are forgiven

    const again = await create();
    await again.getByText('Déjà utilisé', { exact: true }).waitFor();
    expect(await again.getByLabel(/^Code/).getAttribute('aria-invalid')).toBe('true');
    await again.getByRole('button', { name: 'Annuler' }).click();
  });

  it("sets a colleague's password", async () => {
    await page.goto('/admin/users?q=dpo');
    await page.getByRole('link', { name: 'Samira Ouazzani' }).click();
    await heading(page, 'Samira Ouazzani');
    await page.getByRole('button', { name: 'Définir un nouveau mot de passe' }).click();
    const dialog = page.getByRole('dialog', { name: 'Définir un nouveau mot de passe' });
    await dialog.getByLabel(/^Nouveau mot de passe/).fill('too-short');
    await dialog.getByRole('button', { name: 'Définir un nouveau mot de passe' }).click();
    await dialog.getByText('Au moins 12 caractères.', { exact: true }).waitFor();
    await dialog.getByLabel(/^Nouveau mot de passe/).fill(dpoPassword);
    await dialog.getByRole('button', { name: 'Définir un nouveau mot de passe' }).click();
    await page.getByText('Nouveau mot de passe défini pour Samira Ouazzani').waitFor();
  });

  it('creates an API token, shown once, and revokes it', async () => {
    await page.getByRole('button', { name: /^Menu de / }).click();
    await page.getByRole('menuitem', { name: 'Mon compte' }).click();
    await heading(page, 'Mon compte');
    await field(page, 'Nom du jeton').fill('Export mensuel');
    await page.getByRole('button', { name: 'Créer un jeton' }).click();
    await page.getByText('Copiez-le maintenant : il ne sera plus jamais affiché.').waitFor();
    const token = await page.getByLabel('Valeur du jeton').innerText();
    expect(token.length).toBeGreaterThan(20);
    const me = await page.evaluate(
      async (bearer) => (await fetch('/api/auth/me', { headers: { Authorization: `Bearer ${bearer}` }, credentials: 'omit' })).status,
      token.trim(),
    );
    expect(me).toBe(200);

    await page.getByRole('button', { name: 'Révoquer le jeton « Export mensuel »' }).click();
    const dialog = page.getByRole('dialog', { name: 'Révoquer le jeton' });
    await dialog.getByRole('button', { name: 'Révoquer le jeton' }).click();
    await page.getByText('Aucun jeton').waitFor();
  });

  it('lets the data-protection officer read and audit, but not change', async () => {
    await signOut(page);
    await signInWithEnrolment(page, 'dpo', dpoPassword);
    await heading(page, 'Bonjour, Samira Ouazzani');
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await nav.getByRole('link', { name: "Journal d'audit" }).waitFor();

    await nav.getByRole('link', { name: 'Utilisateurs' }).click();
    await heading(page, 'Utilisateurs');
    await page.getByRole('link', { name: 'Administrator' }).waitFor();
    expect(await page.getByRole('link', { name: 'Nouvel utilisateur' }).count()).toBe(0);

    await page.goto('/admin/roles/caseworker');
    await heading(page, 'Agent instructeur');
    await page.getByText('Consultation seule : vous ne pouvez pas modifier les rôles.').waitFor();
    expect(await page.getByRole('group', { name: 'Personnes' }).getByRole('checkbox', { name: 'Consulter' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Enregistrer' }).count()).toBe(0);

    await page.goto('/admin/users/new');
    await heading(page, 'Accès refusé');

    await page.goto('/admin/audit');
    await heading(page, "Journal d'audit");
    await field(page, 'Utilisateur').fill('admin');
    await field(page, 'Action').fill('admin.role-create');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.waitForURL((url) => url.searchParams.get('actor') === 'admin');
    const rows = page.getByRole('row').filter({ hasText: 'admin.role-create' });
    await rows.first().waitFor();
    // The export follows the filters on screen.
    await expect
      .poll(() => page.getByRole('link', { name: 'Exporter (CSV)' }).getAttribute('href'))
      .toBe('/api/admin/audit/export?actor=admin&action=admin.role-create');
    await rows
      .first()
      .getByRole('button', { name: /^Détails de l'événement/ })
      .click();
    await page.getByText('border_analyst').first().waitFor();

    await page.getByRole('button', { name: "Vérifier l'intégrité" }).click();
    await page.getByText('Journal intègre').waitFor();
    await page.screenshot({ path: '/tmp/mizan-fr-audit-dpo.png', fullPage: true });
  });

  it('kept the console clean', () => {
    expectNoErrors(errors);
  });
});
