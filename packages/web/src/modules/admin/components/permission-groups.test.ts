import { ALL_PERMISSIONS } from '@mizan/core';
import { describe, expect, it } from 'vitest';
import { groupPermissions, groupState, toggleGroup } from './permission-groups';

describe('permission matrix', () => {
  it('groups permissions by module, in the usual module order', () => {
    const groups = groupPermissions(['admin:users-read', 'persons:write', 'persons:read', 'zeta:thing', 'admin:users-read']);
    expect(groups).toEqual([
      { module: 'persons', permissions: ['persons:write', 'persons:read'] },
      { module: 'admin', permissions: ['admin:users-read'] },
      { module: 'zeta', permissions: ['zeta:thing'] },
    ]);
  });

  it('covers every permission once', () => {
    const groups = groupPermissions(ALL_PERMISSIONS);
    expect(groups.flatMap((g) => g.permissions).sort()).toEqual([...ALL_PERMISSIONS].sort());
  });

  it('ticks and unticks a whole module', () => {
    const [persons] = groupPermissions(['persons:read', 'persons:write']);
    expect(groupState(persons!, new Set())).toBe('none');
    expect(groupState(persons!, new Set(['persons:read']))).toBe('some');
    const all = toggleGroup(persons!, ['persons:read', 'admin:audit-read']);
    expect(all.sort()).toEqual(['admin:audit-read', 'persons:read', 'persons:write']);
    expect(toggleGroup(persons!, all)).toEqual(['admin:audit-read']);
  });
});
