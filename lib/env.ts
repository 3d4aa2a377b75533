import 'server-only';
import { parseEnv, type Env } from '@/lib/parse-env';

export type { DatabaseConfig, Env, StripeMode } from '@/lib/parse-env';

// `next build` loads every route to collect its configuration. One build serves every mode (the tests run several
// shops from it), so a build without a key is checked as emulator mode; the real check happens when the shop starts.
const building = process.env.NEXT_PHASE === 'phase-production-build' && !process.env.STRIPE_SECRET_KEY?.trim();

/** The shop's configuration, read from the process environment once. Importing it with bad settings fails loudly. */
export const env: Env = parseEnv(building ? { ...process.env, STRIPE_MODE: process.env.STRIPE_MODE || 'emulator' } : process.env);
