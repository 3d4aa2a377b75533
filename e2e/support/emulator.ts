// What the end-to-end tests ask of the emulator: a Stripe client pointed at it, and its control API.
import Stripe from 'stripe';
import { EMULATOR_PORT, EMULATOR_URL } from './addresses';

export const stripe = stripeAt(EMULATOR_PORT);

/** A Stripe client for the emulator on `port`. */
export function stripeAt(port: number): Stripe {
  return new Stripe('sk_test_e2e', { host: '127.0.0.1', port, protocol: 'http', maxNetworkRetries: 0 });
}

export function advanceClock(seconds: number): Promise<void> {
  return advanceClockAt(EMULATOR_URL, seconds);
}

/** advanceClock for the emulator at `emulatorUrl` (the client-confirm shop has an emulator of its own). */
export async function advanceClockAt(emulatorUrl: string, seconds: number): Promise<void> {
  const response = await fetch(`${emulatorUrl}/_emulator/clock/advance`, { method: 'POST', body: new URLSearchParams({ seconds: String(seconds) }) });
  if (!response.ok) throw new Error(`clock advance failed: ${response.status}`);
}

/** Waits until every webhook delivery has been answered, so the shop's database reflects every event. */
export function drainDeliveries(): Promise<void> {
  return drainDeliveriesAt(EMULATOR_URL);
}

/** drainDeliveries for the emulator at `emulatorUrl`. */
export async function drainDeliveriesAt(emulatorUrl: string): Promise<void> {
  const response = await fetch(`${emulatorUrl}/_emulator/deliveries/drain`, { method: 'POST' });
  if (!response.ok) throw new Error(`deliveries did not drain: ${response.status} ${await response.text()}`);
}

/** Switches the emulator's emulated outage of its API: `errors` (every request answers 500) or `none`. */
export async function setOutage(mode: 'errors' | 'none', emulatorUrl = EMULATOR_URL): Promise<void> {
  const response = await fetch(`${emulatorUrl}/_emulator/outage`, { method: 'POST', body: new URLSearchParams({ mode }) });
  if (!response.ok) throw new Error(`outage switch failed: ${response.status}`);
}
