// What the end-to-end tests ask of the emulator: a Stripe client pointed at it, and its control API.
import Stripe from 'stripe';
import { EMULATOR_PORT, EMULATOR_URL } from './addresses';

export const stripe = new Stripe('sk_test_e2e', { host: '127.0.0.1', port: EMULATOR_PORT, protocol: 'http', maxNetworkRetries: 0 });

export async function advanceClock(seconds: number): Promise<void> {
  const response = await fetch(`${EMULATOR_URL}/_emulator/clock/advance`, { method: 'POST', body: new URLSearchParams({ seconds: String(seconds) }) });
  if (!response.ok) throw new Error(`clock advance failed: ${response.status}`);
}

/** Waits until every webhook delivery has been answered, so the shop's database reflects every event. */
export async function drainDeliveries(): Promise<void> {
  const response = await fetch(`${EMULATOR_URL}/_emulator/deliveries/drain`, { method: 'POST' });
  if (!response.ok) throw new Error(`deliveries did not drain: ${response.status} ${await response.text()}`);
}
