import { describe, expect, it } from 'vitest';
import { SEED_ROLES } from '@mizan/core';
import { combineRoles, type Actor } from './actor';
import { can, inScope, mayRead } from './policies';

function actorWith(roleKeys: string[], org = { id: 'office-rabat', region: 'RSK' }): Actor {
  const grants = SEED_ROLES.filter((r) => roleKeys.includes(r.key));
  return {
    userId: 'u',
    username: 'u',
    displayName: 'U',
    locale: 'fr',
    organisationId: org.id,
    organisationRegion: org.region,
    roles: roleKeys,
    ...combineRoles(grants),
    via: 'session',
  };
}

describe('policies', () => {
  it('grants what the roles hold, nothing else', () => {
    const caseworker = actorWith(['caseworker']);
    expect(can(caseworker, 'regularisation:intake')).toBe(true);
    expect(can(caseworker, 'admin:users-read')).toBe(false);
    expect(can(null, 'persons:read')).toBe(false);
  });

  it('reads sensitivity classes only with the clearance', () => {
    expect(mayRead(actorWith(['caseworker']), 'personal')).toBe(true);
    expect(mayRead(actorWith(['caseworker']), 'sensitive')).toBe(false);
    expect(mayRead(actorWith(['victim_protection_officer']), 'sensitive')).toBe(true);
    expect(mayRead(actorWith(['trafficking_analyst']), 'intelligence')).toBe(true);
    expect(mayRead(actorWith(['admin']), 'personal')).toBe(false);
  });

  it('limits record scope: office, region, national, referred', () => {
    const record = { organisationId: 'office-oujda', region: 'ORI', referredTo: ['ngo-1'] };
    expect(inScope(actorWith(['caseworker']), record)).toBe(false);
    expect(inScope(actorWith(['caseworker'], { id: 'office-oujda', region: 'ORI' }), record)).toBe(true);
    expect(inScope(actorWith(['commission_member'], { id: 'cp-oujda', region: 'ORI' }), record)).toBe(true);
    expect(inScope(actorWith(['commission_member'], { id: 'cp-rabat', region: 'RSK' }), record)).toBe(false);
    expect(inScope(actorWith(['appeal_commission_member']), record)).toBe(true);
    expect(inScope(actorWith(['partner_organisation'], { id: 'ngo-1', region: '' }), record)).toBe(true);
    expect(inScope(actorWith(['partner_organisation'], { id: 'ngo-2', region: '' }), record)).toBe(false);
  });

  it('combines several roles to the widest scope and the union of permissions', () => {
    const both = actorWith(['caseworker', 'director']);
    expect(both.scope).toBe('national');
    expect(can(both, 'regularisation:intake') && can(both, 'statistics:read')).toBe(true);
    expect(both.privileged).toBe(true);
  });

  it('marks at least the admin role privileged', () => {
    expect(SEED_ROLES.find((r) => r.key === 'admin')?.privileged).toBe(true);
  });
});
