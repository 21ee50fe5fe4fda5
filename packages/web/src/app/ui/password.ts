import { PASSWORD_MIN_LENGTH } from '@mizan/core';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!?';

/**
 * A random password for a new account or a reset, to hand over once: 20 characters from an alphabet
 * without look-alikes (0/O, 1/l/I), drawn with the browser's cryptographic generator.
 */
export function generatePassword(length = 20, random: (n: number) => Uint32Array = cryptoRandom): string {
  const size = Math.max(length, PASSWORD_MIN_LENGTH);
  const values = random(size);
  let out = '';
  for (let i = 0; i < size; i++) out += ALPHABET[values[i]! % ALPHABET.length];
  return out;
}

function cryptoRandom(n: number): Uint32Array {
  const values = new Uint32Array(n);
  globalThis.crypto.getRandomValues(values);
  return values;
}

/** A rough strength hint for the password fields: 0 (weak) to 4 (strong). */
export function passwordStrength(password: string): number {
  if (password.length < PASSWORD_MIN_LENGTH) return 0;
  let classes = 0;
  if (/[a-z]/.test(password)) classes++;
  if (/[A-Z]/.test(password)) classes++;
  if (/\d/.test(password)) classes++;
  if (/[^A-Za-z0-9]/.test(password)) classes++;
  const lengthScore = password.length >= 20 ? 2 : password.length >= 16 ? 1 : 0;
  return Math.min(4, Math.max(1, classes - 1 + lengthScore));
}
