import { MODULES } from '@mizan/core';
import { splitPermission } from '../../../app/i18n/use-labels';

export interface PermissionGroup {
  module: string;
  /** Full permission names, `<module>:<action>`, in the server's order. */
  permissions: string[];
}

/** Groups permission names by module, known modules first in their usual order, unknown ones after. */
export function groupPermissions(names: readonly string[]): PermissionGroup[] {
  const byModule = new Map<string, string[]>();
  for (const name of names) {
    const { module } = splitPermission(name);
    const list = byModule.get(module) ?? [];
    if (!list.includes(name)) list.push(name);
    byModule.set(module, list);
  }
  const known = (MODULES as readonly string[]).filter((m) => byModule.has(m));
  const others = [...byModule.keys()].filter((m) => !(MODULES as readonly string[]).includes(m)).sort();
  return [...known, ...others].map((module) => ({ module, permissions: byModule.get(module)! }));
}

/** State of a module's "all" checkbox. */
export function groupState(group: PermissionGroup, selected: ReadonlySet<string>): 'all' | 'some' | 'none' {
  const count = group.permissions.filter((p) => selected.has(p)).length;
  return count === 0 ? 'none' : count === group.permissions.length ? 'all' : 'some';
}

/** Ticks or unticks a whole module. */
export function toggleGroup(group: PermissionGroup, selected: readonly string[]): string[] {
  const set = new Set(selected);
  if (groupState(group, set) === 'all') group.permissions.forEach((p) => set.delete(p));
  else group.permissions.forEach((p) => set.add(p));
  return [...set];
}
