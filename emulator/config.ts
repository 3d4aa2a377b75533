// The emulator's configuration, from the environment, validated once.
import { z } from 'zod';
import { EMULATOR_FORWARD_TO, EMULATOR_HOST, EMULATOR_MERCHANT_NAME, EMULATOR_PORT, EMULATOR_WEBHOOK_SECRET } from './defaults';
import { parseFaults } from './webhooks/faults';

const schema = z.object({
  STRIPE_EMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(EMULATOR_PORT),
  STRIPE_EMULATOR_HOST: z.string().default(EMULATOR_HOST),
  STRIPE_EMULATOR_PUBLIC_URL: z.url().optional(),
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
});

export function emulatorConfig(source: Record<string, string | undefined>) {
  const parsed = schema.safeParse(source);
  if (!parsed.success) throw new Error(`Invalid emulator configuration:\n${z.prettifyError(parsed.error)}`);
  const env = parsed.data;
  return {
    port: env.STRIPE_EMULATOR_PORT,
    host: env.STRIPE_EMULATOR_HOST,
    publicUrl: env.STRIPE_EMULATOR_PUBLIC_URL,
    merchantName: env.STRIPE_EMULATOR_MERCHANT_NAME,
    forwardTo: env.STRIPE_EMULATOR_FORWARD_TO === '' ? null : env.STRIPE_EMULATOR_FORWARD_TO,
    webhookSecret: env.STRIPE_WEBHOOK_SECRET,
    faults: parseFaults(env.STRIPE_EMULATOR_FAULTS),
    retrySchedule: env.STRIPE_EMULATOR_RETRY_SCHEDULE,
  };
}
