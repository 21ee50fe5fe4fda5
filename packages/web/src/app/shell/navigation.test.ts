import { SEED_ROLES } from '@mizan/core';
import { describe, expect, it } from 'vitest';
import { isActivePath, safeNextPath, visibleNavigation } from './navigation';

function userWith(roleKey: string) {
  const role = SEED_ROLES.find((r) => r.key === roleKey)!;
  return { permissions: [...role.permissions] };
}

describe('navigation', () => {
  it('shows a caseworker their modules and no administration', () => {
    const nav = visibleNavigation(userWith('caseworker'));
    expect(nav.modules.map((e) => e.module)).toEqual(['persons', 'regularisation']);
    expect(nav.admin).toEqual([]);
  });

  it('shows the data-protection officer every admin page, read-only ones included', () => {
    const nav = visibleNavigation(userWith('data_protection_officer'));
    expect(nav.modules).toEqual([]);
    expect(nav.admin.map((e) => e.href)).toEqual(['/admin/users', '/admin/roles', '/admin/organisations', '/admin/audit']);
  });

  it('shows nothing to nobody', () => {
    expect(visibleNavigation(null)).toEqual({ modules: [], admin: [] });
  });

  it('marks the current section active', () => {
    expect(isActivePath('/admin/users', '/admin/users/123')).toBe(true);
    expect(isActivePath('/admin/users', '/admin/users-old')).toBe(false);
    expect(isActivePath('/', '/persons')).toBe(false);
  });

  it('only follows `next` within the site', () => {
    expect(safeNextPath('/admin/users?q=a')).toBe('/admin/users?q=a');
    expect(safeNextPath('https://evil.example')).toBe('/');
    expect(safeNextPath('//evil.example/x')).toBe('/');
    expect(safeNextPath('/\\evil.example')).toBe('/');
    expect(safeNextPath('/login')).toBe('/');
    expect(safeNextPath(null)).toBe('/');
  });
});
