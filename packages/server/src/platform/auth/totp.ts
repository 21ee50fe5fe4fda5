import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';

/** TOTP (RFC 6238) through the otpauth library: 30-second steps, 6 digits, SHA-1 (what authenticator apps support). */
const ISSUER = 'Mizan';
const PERIOD = 30;

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

function totpFor(secret: string, label: string) {
  return new OTPAuth.TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret });
}

export async function enrolmentFor(secret: string, username: string) {
  const otpauthUrl = totpFor(secret, username).toString();
  const qrSvg = await QRCode.toString(otpauthUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return { secret, otpauthUrl, qrSvg };
}

/**
 * Checks a code with one step of clock drift either side. Returns the time step it matched, so the caller can
 * refuse a step already used (no replay of an observed code).
 */
export function checkTotp(secret: string, code: string, now = Date.now()): number | null {
  const delta = totpFor(secret, 'check').validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return null;
  return Math.floor(now / 1000 / PERIOD) + delta;
}

/** For tests and tools: the code valid at a time. */
export function totpCode(secret: string, now = Date.now()): string {
  return totpFor(secret, 'code').generate({ timestamp: now });
}
