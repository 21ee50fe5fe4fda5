import { useTranslation } from 'react-i18next';
import { NETWORK_PROBLEM_TYPE, fieldNameOf, isApiError } from '../api/problem';

export interface ProblemText {
  heading: string;
  detail: string | null;
  fieldErrors: { field: string; name: string; label: string; message: string }[];
}

/** Field error codes we word ourselves (the server's message is the fallback). */
const KNOWN_CODES = new Set([
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_type',
  'invalid_value',
  'required',
  'taken',
  'unique',
  'duplicate',
  'conflict',
  'wrong-password',
  'not_found',
  'unrecognized_keys',
]);

/** Turns any error into words in the current language. */
export function useProblemText(): (error: unknown) => ProblemText {
  const { t } = useTranslation();
  return (error: unknown) => {
    if (isApiError(error)) {
      const type = error.type;
      let heading = error.problem.title;
      if (type === NETWORK_PROBLEM_TYPE || !heading) heading = t(`problems.${type}`, { defaultValue: t('problems.internal') });
      if (type === 'rate-limited' || type === 'locked') {
        if (error.retryAfter)
          heading = `${heading} ${t('problems.retryAfter', { minutes: Math.max(1, Math.ceil(error.retryAfter / 60)) })}`;
      }
      return {
        heading,
        detail: error.problem.detail ?? null,
        fieldErrors: (error.problem.errors ?? []).map((e) => {
          const name = fieldNameOf(e.field);
          return {
            field: e.field,
            name,
            label: t(`fields.${name}`, { defaultValue: name }),
            message: KNOWN_CODES.has(e.code) ? t(`fieldErrors.${e.code}`, { defaultValue: e.message }) : e.message,
          };
        }),
      };
    }
    return { heading: t('problems.internal'), detail: error instanceof Error ? error.message : null, fieldErrors: [] };
  };
}

/** The translated message of one field error, for an input's `error` prop. */
export function useFieldErrorText(): (error: { code: string; message: string } | undefined) => string | undefined {
  const { t } = useTranslation();
  return (error) => {
    if (!error) return undefined;
    return KNOWN_CODES.has(error.code) ? t(`fieldErrors.${error.code}`, { defaultValue: error.message }) : error.message;
  };
}
