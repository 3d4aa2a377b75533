// Stripe's limits on metadata: at most 50 keys, keys of at most 40 characters, values of at most 500 characters,
// every value a string (an empty one unsets its key on update).
import { ApiError } from '../http/errors';
import type { FormValue } from '../http/form';
import { bracketed } from './param-name';

export const METADATA_LIMITS = { keys: 50, keyLength: 40, valueLength: 500 };

function refuse(param: string, message: string): ApiError {
  return new ApiError('invalid_request', message, { param, validation: true });
}

export function checkMetadata(metadata: { [key: string]: FormValue }, path: string[]): Record<string, string> {
  const param = bracketed(path);
  const entries = Object.entries(metadata);
  if (entries.length > METADATA_LIMITS.keys) {
    throw refuse(param, `Metadata can have up to ${METADATA_LIMITS.keys} keys, but you've set ${entries.length}.`);
  }
  const result: Record<string, string> = {};
  for (const [key, value] of entries) {
    if (key.length > METADATA_LIMITS.keyLength) throw refuse(param, `Invalid key: ${key} must be a string under ${METADATA_LIMITS.keyLength} characters`);
    if (typeof value !== 'string' || value.length > METADATA_LIMITS.valueLength) {
      throw refuse(param, `Invalid val: ${typeof value === 'string' ? value : JSON.stringify(value)} must be a string under ${METADATA_LIMITS.valueLength} characters`);
    }
    result[key] = value;
  }
  return result;
}
