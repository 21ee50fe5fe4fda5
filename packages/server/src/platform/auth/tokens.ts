import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random token for a cookie or an API client; only its SHA-256 is stored. */
export function newToken(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

export const API_TOKEN_PREFIX = 'mzn_';
