// The emulator's configuration, from the environment, validated once.
import { z } from 'zod';
import { parseOriginList, shopOrigins } from './allowed-origins';
import { EMULATOR_FORWARD_TO, EMULATOR_HOST, EMULATOR_MERCHANT_NAME, EMULATOR_PORT, EMULATOR_WEBHOOK_SECRET } from './defaults';
import { parseFaults } from './webhooks/faults';

/** Unset when blank: .env.example lists variables with empty values, and the launcher passes them on as they are. */
const blankIsUnset = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an absolute http:// or https:// URL' });

const originList = z.string().transform((value, context) => {
  const { origins, invalid } = parseOriginList(value);
  if (invalid.length > 0) {
    context.addIssue({ code: 'custom', message: `not an origin: ${invalid.join(', ')}; write scheme://host[:port], e.g. http://localhost:3000 (no path, no wildcard)` });
    return z.NEVER;
  }
  // Only commas and spaces name no origin: read as blank, not as "none", like an unset variable.
  return origins.length === 0 ? undefined : origins;
});

const schema = z.object({
  STRIPE_EMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(EMULATOR_PORT),
  STRIPE_EMULATOR_HOST: z.string().default(EMULATOR_HOST),
  STRIPE_EMULATOR_PUBLIC_URL: blankIsUnset(z.url()),
  STRIPE_EMULATOR_MERCHANT_NAME: z.string().min(1).default(EMULATOR_MERCHANT_NAME),
  /** Empty: register no forwarding endpoint. */
  STRIPE_EMULATOR_FORWARD_TO: z.union([z.literal(''), z.url()]).default(EMULATOR_FORWARD_TO),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith('whsec_', 'must start with whsec_').default(EMULATOR_WEBHOOK_SECRET),
  STRIPE_EMULATOR_FAULTS: z.string().optional(),
  /** Milliseconds before each retry of a failed delivery, e.g. "500,1000,2000". */
  STRIPE_EMULATOR_RETRY_SCHEDULE: z
    .string()
    .regex(/^\d+(,\d+)*$/, 'must be a comma-separated list of milliseconds, e.g. 500,1000,2000')
    .transform((value) => value.split(',').map(Number))
    .optional(),
  /** The origins whose pages may read the API's answers, comma-separated. Blank: derived (allowed-origins.ts). */
  STRIPE_EMULATOR_ALLOWED_ORIGINS: blankIsUnset(originList),
  /** The shop's public URL; the launcher passes the shop's whole environment. Only its origin is used. */
  APP_URL: blankIsUnset(httpUrl),
});

export function emulatorConfig(source: Record<string, string | undefined>) {
  const parsed = schema.safeParse(source);
  if (!parsed.success) throw new Error(`Invalid emulator configuration:\n${z.prettifyError(parsed.error)}`);
  const env = parsed.data;
  const forwardTo = env.STRIPE_EMULATOR_FORWARD_TO === '' ? null : env.STRIPE_EMULATOR_FORWARD_TO;
  return {
    port: env.STRIPE_EMULATOR_PORT,
    host: env.STRIPE_EMULATOR_HOST,
    publicUrl: env.STRIPE_EMULATOR_PUBLIC_URL,
    merchantName: env.STRIPE_EMULATOR_MERCHANT_NAME,
    forwardTo,
    webhookSecret: env.STRIPE_WEBHOOK_SECRET,
    faults: parseFaults(env.STRIPE_EMULATOR_FAULTS),
    retrySchedule: env.STRIPE_EMULATOR_RETRY_SCHEDULE,
    allowedOrigins: env.STRIPE_EMULATOR_ALLOWED_ORIGINS ?? shopOrigins({ appUrl: env.APP_URL, forwardTo }),
  };
}
