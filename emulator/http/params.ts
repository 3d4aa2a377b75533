// Validates request parameters with zod and turns its complaints into Stripe's error shapes.
// Form values arrive as strings, so the schemas here coerce integers and booleans the way Stripe reads them.
import { z } from 'zod';
import { ApiError, parameterInvalid, parameterMissing, parameterUnknown } from './errors';
import type { FormObject } from './form';

export const integer = z.string().regex(/^-?\d+$/, { error: (issue) => `Invalid integer: ${String(issue.input)}` }).transform(Number);
export const boolean = z.enum(['true', 'false'], { error: (issue) => `Invalid boolean: ${String(issue.input)}` }).transform((v) => v === 'true');
export const metadata = z.union([z.literal('').transform(() => ({})), z.record(z.string(), z.string())]);
export const expand = z.array(z.string()).optional();
/** `created=N` or `created[gt|gte|lt|lte]=N` on lists. */
export const createdFilter = z.union([
  integer,
  z.strictObject({ gt: integer.optional(), gte: integer.optional(), lt: integer.optional(), lte: integer.optional() }),
]);

export const list = {
  created: createdFilter.optional(),
  limit: integer.pipe(z.number().int().min(1, 'This value must be greater than or equal to 1.').max(100, 'This value must be less than or equal to 100.')).optional(),
  starting_after: z.string().optional(),
  ending_before: z.string().optional(),
  expand,
};

function paramName(path: PropertyKey[]): string {
  const [head, ...rest] = path.map(String);
  return `${head ?? ''}${rest.map((part) => `[${part}]`).join('')}`;
}

export function parseParams<Schema extends z.ZodType>(schema: Schema, raw: FormObject): z.output<Schema> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new ApiError('invalid_request', 'Invalid request.');
  if (issue.code === 'unrecognized_keys') throw parameterUnknown(paramName([...issue.path, issue.keys[0] ?? '']));
  const param = paramName(issue.path);
  if (issue.code === 'invalid_type' && issue.input === undefined) throw parameterMissing(param);
  throw parameterInvalid(param, issue.message);
}
