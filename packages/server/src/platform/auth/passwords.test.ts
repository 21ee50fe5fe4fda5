import { describe, expect, it } from 'vitest';
import { generatePassword, hashPassword, needsRehash, verifyPassword } from './passwords';

describe('passwords', () => {
  it('hash with scrypt and a fresh salt, verify, refuse a wrong password', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
    expect(needsRehash(a)).toBe(false);
  });

  it('normalises Unicode so the same Arabic password typed two ways verifies', async () => {
    const composed = 'كلمة-سر-آمنة-١٢'; // alef with madda as one code point
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(await verifyPassword(decomposed, await hashPassword(composed))).toBe(true);
  });

  it('flags a hash with old parameters for rehashing and rejects an unknown format', async () => {
    expect(needsRehash('scrypt$16384$8$1$c2FsdA==$a2V5')).toBe(true);
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
  });

  it('generates passwords from an unambiguous alphabet', () => {
    const p = generatePassword();
    expect(p).toHaveLength(20);
    expect(p).not.toMatch(/[0O1lI]/);
  });
});
