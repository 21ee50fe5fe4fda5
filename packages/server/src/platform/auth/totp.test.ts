import { describe, expect, it } from 'vitest';
import { checkTotp, enrolmentFor, newTotpSecret, totpCode } from './totp';
import { SecretBox } from './secret-box';
import { randomBytes } from 'node:crypto';

describe('TOTP', () => {
  it('accepts the current code and one step of drift, not more', () => {
    const secret = newTotpSecret();
    const now = 1_800_000_000_000;
    expect(checkTotp(secret, totpCode(secret, now), now)).toBe(Math.floor(now / 30_000));
    expect(checkTotp(secret, totpCode(secret, now - 30_000), now)).not.toBeNull();
    expect(checkTotp(secret, totpCode(secret, now - 90_000), now)).toBeNull();
  });

  it('matches RFC 6238 test vector (SHA-1, T=59)', () => {
    // RFC 6238 appendix B: secret "12345678901234567890", at 59 s -> 94287082 (8 digits); 6 digits -> 287082.
    const base32 = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
    expect(totpCode(base32, 59_000)).toBe('287082');
  });

  it('builds an otpauth URL and an SVG QR code for enrolment', async () => {
    const e = await enrolmentFor(newTotpSecret(), 'admin');
    expect(e.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Mizan:admin\?/);
    expect(e.qrSvg).toMatch(/^<svg/);
  });
});

describe('SecretBox', () => {
  it('seals and opens, and detects tampering', () => {
    const box = new SecretBox(randomBytes(32));
    const sealed = box.seal('JBSWY3DPEHPK3PXP');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.open(sealed)).toBe('JBSWY3DPEHPK3PXP');
    const parts = sealed.split('.');
    parts[3] = Buffer.from('tampered').toString('base64url');
    expect(() => box.open(parts.join('.'))).toThrow();
    expect(() => new SecretBox(randomBytes(32)).open(sealed)).toThrow();
  });
});
