import { z } from 'zod';

/** Probabilities (0..1) of each delivery fault the emulator can inject to test a webhook handler's robustness. */
export type FaultConfig = { duplicate: number; reorder: number; drop: number };

export const noFaults: FaultConfig = Object.freeze({ duplicate: 0, reorder: 0, drop: 0 });

const example = 'duplicate:0.2,reorder:0.2,drop:0.1';

const probability = z.coerce
  .number({ error: 'must be a number between 0 and 1' })
  .min(0, 'must be between 0 and 1')
  .max(1, 'must be between 0 and 1');

/** A fault configuration as an object; a fault left out is off. Also usable for a JSON control API body. */
export const faultConfigSchema = z.strictObject({
  duplicate: probability.default(0),
  reorder: probability.default(0),
  drop: probability.default(0),
});

/**
 * Parses a fault spec such as `duplicate:0.2,reorder:0.2,drop:0.1` (the STRIPE_EMULATOR_FAULTS format).
 * An empty or missing spec means no faults; anything malformed throws an Error that says what is wrong.
 */
export function parseFaults(spec: string | undefined): FaultConfig {
  const trimmed = spec?.trim() ?? '';
  if (trimmed === '') return { ...noFaults };
  const entries = new Map<string, string>();
  for (const part of trimmed.split(',')) {
    const match = /^\s*([^:\s]+)\s*:\s*(\S+)\s*$/.exec(part);
    const [, name, value] = match ?? [];
    if (name === undefined || value === undefined) {
      throw new Error(`Invalid fault spec "${spec}": "${part.trim()}" is not name:probability (e.g. ${example})`);
    }
    if (entries.has(name)) throw new Error(`Invalid fault spec "${spec}": "${name}" is given twice`);
    entries.set(name, value);
  }
  const parsed = faultConfigSchema.safeParse(Object.fromEntries(entries));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown fault ${issue.keys.map((key) => `"${key}"`).join(', ')} (known: duplicate, reorder, drop)`
        : `${issue.path.join('.')} ${issue.message}`,
    );
    throw new Error(`Invalid fault spec "${spec}": ${problems.join('; ')}`);
  }
  return parsed.data;
}
