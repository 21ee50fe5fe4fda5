import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import ar from './ar.json';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';
import { lookup, type Catalogue } from './locale-tree';

/**
 * Every key the code names literally must exist, as a message, in the four catalogues; every key the code
 * builds from a template (`modules.${m}`) must at least have its static part as a group of messages.
 */
const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const catalogues: Record<string, Catalogue> = { ar, fr, en, es };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

const PATTERNS = [
  /\bt\(\s*'([^']+)'/g, // t('a.b')
  /\bt\(\s*"([^"]+)"/g, // t("a.b")
  /\bt\(\s*`([^`]+)`/g, // t(`a.${b}`)
  /i18nKey=["']([^"']+)["']/g, // <Trans i18nKey="a.b">
  /i18nKey=\{\s*['"`]([^'"`]+)['"`]\s*\}/g,
  /labelKey:\s*['"`]([^'"`]+)['"`]/g, // navigation entries
  /:\s*'(validation\.[\w.]+)'/g, // per-field wording overrides
];

interface Use {
  key: string;
  file: string;
}

function collect(): Use[] {
  const uses: Use[] = [];
  for (const file of sourceFiles(src)) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of PATTERNS) {
      for (const match of text.matchAll(pattern)) uses.push({ key: match[1]!, file: path.relative(src, file) });
    }
  }
  return uses;
}

describe('translation keys used in the code', () => {
  const uses = collect();

  it('are found (the scanner works)', () => {
    expect(uses.length).toBeGreaterThan(100);
    expect(uses.some((u) => u.key === 'auth.login.submit')).toBe(true);
  });

  for (const [locale, catalogue] of Object.entries(catalogues)) {
    it(`exist in ${locale}`, () => {
      const problems: string[] = [];
      for (const { key, file } of uses) {
        if (key.includes('${')) {
          const prefix = key.slice(0, key.indexOf('${')).replace(/\.$/, '');
          const group = lookup(catalogue, prefix);
          if (!group || typeof group !== 'object') problems.push(`${file}: ${key} (no group "${prefix}")`);
        } else {
          const value = lookup(catalogue, key);
          if (typeof value !== 'string' || value.trim() === '') problems.push(`${file}: ${key}`);
        }
      }
      expect([...new Set(problems)]).toEqual([]);
    });
  }
});
