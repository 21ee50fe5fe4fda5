import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing';
import { historyOf, StaleVersionError, updateVersioned } from './versioned';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('optimistic locking and history', () => {
  it('raises the version, keeps every state in row_history', async () => {
    const org = await t.ctx.db
      .insertInto('organisations')
      .values({ code: 'TEST-1', name: 'Test office', kind: 'office', region: 'RSK' })
      .returning(['id', 'version'])
      .executeTakeFirstOrThrow();
    const updated = await updateVersioned(t.ctx.db, 'organisations', { column: 'id', value: org.id }, 1, { name: 'Renamed office' }, null);
    expect(updated.version).toBe(2);
    const history = await historyOf(t.ctx.db, 'organisations', org.id);
    expect(history.map((h) => [h.operation, h.version])).toEqual([
      ['insert', 1],
      ['update', 2],
    ]);
    expect((history[0]!.data as { name: string }).name).toBe('Test office');
  });

  it('refuses a stale version with the current row', async () => {
    const org = await t.ctx.db.insertInto('organisations').values({ code: 'TEST-2', name: 'A', kind: 'office' }).returning('id').executeTakeFirstOrThrow();
    await updateVersioned(t.ctx.db, 'organisations', { column: 'id', value: org.id }, 1, { name: 'B' }, null);
    const stale = updateVersioned(t.ctx.db, 'organisations', { column: 'id', value: org.id }, 1, { name: 'C' }, null);
    await expect(stale).rejects.toBeInstanceOf(StaleVersionError);
    await expect(stale).rejects.toMatchObject({ current: { name: 'B', version: 2 } });
  });

  it('is enforced by the database too: an update that does not raise the version fails', async () => {
    const org = await t.ctx.db.insertInto('organisations').values({ code: 'TEST-3', name: 'A', kind: 'office' }).returning('id').executeTakeFirstOrThrow();
    await expect(sql`UPDATE organisations SET name = 'sneaky' WHERE id = ${org.id}`.execute(t.ctx.db)).rejects.toThrow(/must raise version/);
  });

  it('answers 409 through the API with what changed', async () => {
    const admin = await t.userWith(['admin']);
    const user = await t.userWith(['caseworker']);
    const read = (await admin.request('GET', `/api/admin/users/${user.userId}`)).json();
    const first = await admin.request('PATCH', `/api/admin/users/${user.userId}`, { version: read.version, displayName: 'First edit' });
    expect(first.statusCode).toBe(200);
    const second = await admin.request('PATCH', `/api/admin/users/${user.userId}`, { version: read.version, displayName: 'Second edit' });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ type: expect.stringMatching(/stale-version$/), current: { displayName: 'First edit', version: read.version + 1, organisation: { code: 'DGM' } } });
  });
});
