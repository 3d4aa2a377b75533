// An emulated Stripe outage, for seeing what the shop does when Stripe is down, slow or busy: every /v1 request
// answers 500 (`errors`), or is held back before it is handled (`slow`), or each API key may make only `per_second`
// requests a second and the rest are answered 429 `rate_limit` (`rate_limit`, counted by http/rate-limit.ts in the
// pipeline's limit stage, once the key is known). Set through POST /_emulator/outage.
import { z } from 'zod';

export const outageSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('none') }),
  z.object({ mode: z.literal('errors') }),
  z.object({ mode: z.literal('slow'), delay_ms: z.coerce.number().int().min(1).max(120_000).default(15_000) }),
  // The default is Stripe's own limit in test mode (sandboxes): 25 requests a second.
  z.object({ mode: z.literal('rate_limit'), per_second: z.coerce.number().int().min(1).max(10_000).default(25) }),
]);

export type Outage = z.output<typeof outageSchema>;

export const noOutage: Outage = { mode: 'none' };

/** Holds a request back in a slow outage; in an erroring one, the 500 Stripe answers when it is down. */
export async function sufferOutage(outage: Outage): Promise<{ status: number; body: string } | null> {
  if (outage.mode === 'slow') await new Promise((resolve) => setTimeout(resolve, outage.delay_ms));
  if (outage.mode !== 'errors') return null;
  const error = { type: 'api_error', message: 'The Stripe emulator is in an emulated outage (POST /_emulator/outage mode=none ends it).' };
  return { status: 500, body: JSON.stringify({ error }, null, 2) };
}
