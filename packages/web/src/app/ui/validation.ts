import type { TFunction } from 'i18next';

/** The parts of a zod (v4) issue we word for people. */
export interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  origin?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  input?: unknown;
}

/** Field-specific wording for some issue codes, e.g. `{ username: { invalid_format: 'validation.usernameFormat' } }`. */
export type IssueOverrides = Record<string, Partial<Record<string, string>>>;

/** One translated message per top-level field (the first issue wins). */
export function issuesToFieldErrors(issues: readonly IssueLike[], t: TFunction, overrides: IssueOverrides = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    if (field in out) continue;
    const special = overrides[field]?.[issue.code];
    out[field] = special ? t(special) : issueText(issue, t);
  }
  return out;
}

export function issueText(issue: IssueLike, t: TFunction): string {
  const count = Number(issue.minimum ?? issue.maximum ?? 0);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return count <= 1 ? t('validation.required') : t('validation.minLength', { n: count });
      if (issue.origin === 'array' || issue.origin === 'set') return t('validation.minItems', { n: count });
      return t('validation.minValue', { n: count });
    case 'too_big':
      if (issue.origin === 'string') return t('validation.maxLength', { n: count });
      if (issue.origin === 'array' || issue.origin === 'set') return t('validation.maxItems', { n: count });
      return t('validation.maxValue', { n: count });
    case 'invalid_format':
      if (issue.format === 'email') return t('validation.email');
      if (issue.format === 'uuid' || issue.format === 'guid') return t('validation.required');
      return t('validation.format');
    case 'invalid_type':
      return issue.input === undefined || issue.input === null || issue.input === '' ? t('validation.required') : t('validation.invalid');
    case 'invalid_value':
      return t('validation.choose');
    default:
      return t('validation.invalid');
  }
}
