import 'server-only';
import type Stripe from 'stripe';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { createStripeClient, type StripeDeps } from '@/lib/stripe/client';

/** The one Stripe client the shop uses, with the shop's secret key (lib/stripe/client.ts builds it). */
export const stripe: Stripe = createStripeClient(env);

/**
 * Runs a step of the guide from a server action with the shop's database and Stripe client. What the step decides is
 * its own answer; only an exception that escaped it (the database gone) is logged and answered with `failed`.
 */
export async function withStripe<T>(step: string, failed: T, run: (deps: StripeDeps) => Promise<T>): Promise<T> {
  try {
    return await run({ db: await getDb(), stripe });
  } catch (error) {
    console.error(`${step} failed`, error);
    return failed;
  }
}
