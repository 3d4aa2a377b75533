import 'server-only';
import { parseEnv, type Env } from '@/lib/parse-env';

export type { DatabaseConfig, Env, StripeMode } from '@/lib/parse-env';

/** The shop's configuration, read from the process environment once. Importing it with bad settings fails loudly. */
export const env: Env = parseEnv(process.env);
