import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing';
import { seedDemo } from './demo';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('demo data', () => {
  it('loads organisations, one user per role and people, and adds more people when run again', async () => {
    const first = await seedDemo(t.ctx, { size: 120 });
    expect(first.organisations).toBeGreaterThan(20);
    expect(first.users).toBeGreaterThanOrEqual(13);
    expect(first.persons).toBe(120);
    const second = await seedDemo(t.ctx, { size: 30 });
    expect(second).toMatchObject({ organisations: 0, users: 0, persons: 30 });
    const keys = await t.ctx.db.selectFrom('persons_records').select('external_key').execute();
    expect(new Set(keys.map((k) => k.external_key)).size).toBe(150);
    const arabic = await t.ctx.db.selectFrom('persons_names').select('full_name').where('script', '=', 'arabic').limit(1).executeTakeFirst();
    expect(arabic?.full_name).toMatch(/[\u0600-\u06FF]/);
  });

  it('shows person counts on the dashboard only to those who may read persons, within their scope', async () => {
    const director = await t.userWith(['appeal_commission_member']);
    const figures = (await director.request('GET', '/api/dashboard')).json().figures as Array<{ key: string; value: number }>;
    expect(figures.find((f) => f.key === 'persons')?.value).toBe(150);
    expect(figures.find((f) => f.key === 'personsMinors')?.value).toBeGreaterThan(0);

    const rabat = await t.ctx.db.selectFrom('organisations').select('id').where('code', '=', 'BE-RABAT').executeTakeFirstOrThrow();
    const inRabat = Number(
      (await t.ctx.db.selectFrom('persons_records').select((eb) => eb.fn.countAll<string>().as('n')).where('organisation_id', '=', rabat.id).executeTakeFirstOrThrow()).n,
    );
    const { password } = await t.createUser({ username: 'cw.rabat', roles: ['caseworker'], organisationCode: 'BE-RABAT' });
    const caseworker = await t.signIn('cw.rabat', password);
    const own = (await caseworker.request('GET', '/api/dashboard')).json().figures as Array<{ key: string; value: number }>;
    expect(own.find((f) => f.key === 'persons')?.value).toBe(inRabat);
    expect(inRabat).toBeLessThan(150);

    const admin = await t.userWith(['admin']);
    const adminFigures = (await admin.request('GET', '/api/dashboard')).json().figures as Array<{ key: string }>;
    expect(adminFigures.map((f) => f.key)).not.toContain('persons');
    expect(adminFigures.map((f) => f.key)).toContain('users');
  });
});
