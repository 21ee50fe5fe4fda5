import { describe, expect, it } from 'vitest';
import { normaliseCode, svgDataUrl } from './totp-code';

describe('second-factor codes', () => {
  it('keep only six digits of what was typed or pasted', () => {
    expect(normaliseCode('123 456')).toBe('123456');
    expect(normaliseCode(' 12-34-56-78')).toBe('123456');
    expect(normaliseCode('abc')).toBe('');
  });

  it('show the QR code as an image, never as markup', () => {
    const url = svgDataUrl('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    expect(url).not.toContain('<');
    expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toContain('<svg');
  });
});
