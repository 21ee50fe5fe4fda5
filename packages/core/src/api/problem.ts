import { z } from 'zod';

/** Stable problem types (RFC 9457). The title of each is translated (problems.<type> in the locale files). */
export const PROBLEM_TYPES = [
  'validation',
  'malformed-json',
  'unsupported-media-type',
  'payload-too-large',
  'unauthenticated',
  'forbidden',
  'csrf',
  'not-found',
  'conflict',
  'stale-version',
  'rate-limited',
  'locked',
  'invalid-credentials',
  'second-factor-required',
  'invalid-second-factor',
  'unavailable',
  'internal',
] as const;
export type ProblemType = (typeof PROBLEM_TYPES)[number];
export const PROBLEM_TYPE_BASE = 'https://mizan.example/problems/';

export const fieldErrorSchema = z.object({
  field: z.string().describe('Path of the offending field, dot-separated (e.g. body.password)'),
  code: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(fieldErrorSchema).optional(),
    /** On 409 stale-version: the record as it is now, so the client can show what changed. */
    current: z.unknown().optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof problemSchema>;

export function problemTypeOf(problem: Pick<Problem, 'type'>): string {
  return problem.type.startsWith(PROBLEM_TYPE_BASE) ? problem.type.slice(PROBLEM_TYPE_BASE.length) : problem.type;
}
