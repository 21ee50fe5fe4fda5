import { describe, expect, it } from 'vitest';
import { canonicalJson, chainHash } from './audit.service';

describe('audit hashing', () => {
  it('canonical JSON sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: null }], c: undefined } })).toBe('{"a":{"d":[2,{"y":null,"z":1}]},"b":1}');
  });

  it('the hash depends on the previous hash and on every field', () => {
    const fields = {
      seq: 1,
      at: '2026-01-01T00:00:00.000Z',
      actorId: null,
      actorUsername: 'dpo',
      roles: ['data_protection_officer'],
      organisationId: null,
      action: 'audit.search',
      recordType: null,
      recordIds: [],
      purpose: null,
      sensitivity: null,
      ip: '127.0.0.1',
      requestId: 'r1',
      outcome: 'success',
      details: { a: 1 },
    };
    const h = chainHash('0'.repeat(64), fields);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(chainHash('1'.repeat(64), fields)).not.toBe(h);
    expect(chainHash('0'.repeat(64), { ...fields, outcome: 'denied' })).not.toBe(h);
    expect(chainHash('0'.repeat(64), { ...fields, details: { a: 2 } })).not.toBe(h);
  });
});
