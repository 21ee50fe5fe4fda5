import type { Permission, SensitivityClass } from '@mizan/core';
import type { Actor } from './actor';

/**
 * Authorisation decisions, kept apart from routes and services so they can be tested alone (Outline's
 * policies layer). Modules ask these questions; they never look at role names.
 */
export function can(actor: Actor | null, permission: Permission): boolean {
  return !!actor && actor.permissions.has(permission);
}

/** May the actor read fields of this sensitivity class? */
export function mayRead(actor: Actor | null, sensitivity: SensitivityClass): boolean {
  return !!actor && actor.clearances.has(sensitivity);
}

/** Which records the actor reaches, as a filter a repository applies. */
export type RecordScopeFilter =
  | { kind: 'national' }
  | { kind: 'region'; region: string | null; organisationId: string }
  | { kind: 'office'; organisationId: string }
  | { kind: 'referred'; organisationId: string };

export function scopeFilter(actor: Actor): RecordScopeFilter {
  switch (actor.scope) {
    case 'national':
      return { kind: 'national' };
    case 'region':
      return { kind: 'region', region: actor.organisationRegion, organisationId: actor.organisationId };
    case 'office':
      return { kind: 'office', organisationId: actor.organisationId };
    case 'referred':
      return { kind: 'referred', organisationId: actor.organisationId };
  }
}

/**
 * Does a record held by an office (in a region), and referred to some organisations, fall within reach?
 * The same rule repositories express in SQL; this form serves single-record checks.
 */
export function inScope(
  actor: Actor,
  record: { organisationId: string; region: string | null; referredTo?: readonly string[] },
): boolean {
  const f = scopeFilter(actor);
  switch (f.kind) {
    case 'national':
      return true;
    case 'region':
      return record.organisationId === f.organisationId || (f.region !== null && record.region === f.region);
    case 'office':
      return record.organisationId === f.organisationId;
    case 'referred':
      return (record.referredTo ?? []).includes(f.organisationId);
  }
}
