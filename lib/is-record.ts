/** Whether a parsed JSON value is an object with named fields (not null, not an array): the first check of an answer. */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
