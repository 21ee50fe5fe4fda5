import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../api/problem';
import { useFieldErrorText } from './use-problem-text';
import { issuesToFieldErrors, type IssueLike, type IssueOverrides } from './validation';

/** Anything with zod's safeParse (the schemas of @mizan/core), without importing zod here. */
export interface ParseableSchema<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: readonly IssueLike[] } };
}

/** Moves keyboard focus to the first field marked invalid, once the errors are rendered. */
export function focusFirstInvalid(container: ParentNode = document): void {
  requestAnimationFrame(() => {
    const el = container.querySelector<HTMLElement>('[aria-invalid="true"]');
    el?.focus();
  });
}

/**
 * Errors of a form: ours (checked with the shared schema before sending) and the server's (from the problem's
 * `errors`), one message per field, in the current language.
 */
export function useFormErrors(serverError: unknown, overrides: IssueOverrides = {}) {
  const { t } = useTranslation();
  const fieldText = useFieldErrorText();
  const [client, setClient] = useState<Record<string, string>>({});
  const server = useMemo(() => fieldErrorsOf(serverError), [serverError]);

  const errorOf = useCallback((name: string): string | undefined => client[name] ?? fieldText(server[name]), [client, server, fieldText]);

  const check = useCallback(
    <T>(schema: ParseableSchema<T>, input: unknown): T | null => {
      const result = schema.safeParse(input);
      if (result.success) {
        setClient({});
        return result.data;
      }
      setClient(issuesToFieldErrors(result.error.issues, t, overrides));
      focusFirstInvalid();
      return null;
    },
    [t],
  );

  const clear = useCallback((name: string) => {
    setClient((prev) => {
      if (!(name in prev)) return prev;
      const next = { ...prev };
      delete next[name];
      return next;
    });
  }, []);

  const setError = useCallback((name: string, message: string) => {
    setClient((prev) => ({ ...prev, [name]: message }));
    focusFirstInvalid();
  }, []);

  return { errorOf, check, clear, setError, serverFields: Object.keys(server) };
}
