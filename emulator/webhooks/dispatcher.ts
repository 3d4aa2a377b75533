import type Stripe from 'stripe';
import { toWire } from '../objects/wire';
import { noFaults, type FaultConfig } from './faults';
import { postEvent, type Outcome } from './post-event';
import { RequestSlots } from './request-slots';

/** A webhook endpoint as the dispatcher needs it. */
export type DeliveryTarget = {
  id: string;
  url: string;
  secret: string;
  enabledEvents: string[];
  status: 'enabled' | 'disabled';
  /** The endpoint's own API version, which its events are rendered in; null: the event's (the account's). */
  apiVersion?: string | null;
};

/** One POST of one event to one endpoint (or one dropped by fault injection). */
export type DeliveryAttempt = {
  eventId: string;
  eventType: string;
  endpointId: string;
  url: string;
  attempt: number;
  /** null when no HTTP answer came back: network error, timeout, or dropped by fault injection. */
  statusCode: number | null;
  error: string | null;
  /** Wall-clock time the attempt started (ISO 8601). */
  at: string;
  durationMs: number;
};

export type DispatcherOptions = {
  /** Milliseconds to wait before each retry; once exhausted, the delivery is given up. */
  retrySchedule?: number[];
  /** Per-attempt timeout in milliseconds. */
  timeoutMs?: number;
  faults?: FaultConfig;
  random?: () => number;
  /** Called whenever the number of unfinished deliveries of an event changes (down to 0). */
  onPendingChange?: (eventId: string, pending: number) => void;
  log?: (line: string) => void;
};

type Delivery = { event: Stripe.Event; payload: string; target: DeliveryTarget; attempt: number; dropFirst: boolean };

/** The event as this endpoint receives it: in the endpoint's API version when it names one. */
function payloadFor(event: Stripe.Event, target: DeliveryTarget): string {
  return toWire(target.apiVersion ? { ...event, api_version: target.apiVersion } : event);
}

const defaultRetrySchedule = [500, 1000, 2000, 4000, 8000];
const defaultTimeoutMs = 10_000;
const maxConcurrentRequests = 8;
const reorderHoldMs = { min: 50, max: 400 };

function wants(target: DeliveryTarget, eventType: string): boolean {
  return target.status === 'enabled' && (target.enabledEvents.includes('*') || target.enabledEvents.includes(eventType));
}


/**
 * Delivers events to webhook endpoints the way Stripe does: a signed JSON POST per matching enabled endpoint,
 * retried on a non-2xx answer, a network error or a timeout, until the retry schedule runs out. Deliveries run
 * in the background with at most a few requests in flight; optional faults duplicate, delay or drop them.
 */
export class WebhookDispatcher {
  readonly #retrySchedule: number[];
  readonly #timeoutMs: number;
  readonly #random: () => number;
  readonly #onPendingChange: (eventId: string, pending: number) => void;
  readonly #log: (line: string) => void;
  #faults: FaultConfig;
  #attempts: DeliveryAttempt[] = [];
  #pendingByEvent = new Map<string, number>();
  #pendingTotal = 0;
  #drainWaiters: Array<() => void> = [];
  #timers = new Set<ReturnType<typeof setTimeout>>();
  #slots = new RequestSlots(maxConcurrentRequests);
  /** Bumped by reset() and close(): work started before belongs to a forgotten generation and is discarded. */
  #generation = 0;
  #abort = new AbortController();
  #closed = false;

  constructor(options: DispatcherOptions = {}) {
    this.#retrySchedule = options.retrySchedule ?? defaultRetrySchedule;
    this.#timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
    this.#faults = options.faults ?? noFaults;
    this.#random = options.random ?? Math.random;
    this.#onPendingChange = options.onPendingChange ?? (() => {});
    this.#log = options.log ?? (() => {});
  }

  /** Starts delivering the event to every enabled target whose enabled events match; returns at once. */
  dispatch(event: Stripe.Event, targets: DeliveryTarget[]): void {
    if (this.#closed) return;
    const faults = this.#faults;
    const deliveries = targets
      .filter((target) => wants(target, event.type))
      .flatMap((target) => (this.#random() < faults.duplicate ? [target, target] : [target]));
    if (deliveries.length === 0) return;
    this.#changePending(event.id, deliveries.length);
    const generation = this.#generation;
    for (const target of deliveries) {
      const delivery: Delivery = { event, payload: payloadFor(event, target), target, attempt: 1, dropFirst: this.#random() < faults.drop };
      const holdMs =
        this.#random() < faults.reorder
          ? reorderHoldMs.min + Math.floor(this.#random() * (reorderHoldMs.max - reorderHoldMs.min))
          : 0;
      if (holdMs > 0) this.#later(holdMs, () => this.#attempt(delivery, generation));
      else void this.#attempt(delivery, generation);
    }
  }

  setFaults(faults: FaultConfig): void {
    this.#faults = { ...faults };
  }

  get faults(): FaultConfig {
    return { ...this.#faults };
  }

  attempts(): DeliveryAttempt[] {
    return [...this.#attempts];
  }

  pending(): number {
    return this.#pendingTotal;
  }

  drained(): Promise<void> {
    if (this.#pendingTotal === 0) return Promise.resolve();
    return new Promise((resolve) => this.#drainWaiters.push(resolve));
  }

  /** Forgets every attempt and abandons every unfinished delivery (their events are gone too). */
  reset(): void {
    this.#abandonAll();
    this.#attempts = [];
  }

  /** Abandons unfinished deliveries and accepts no more; the attempts stay readable. */
  close(): void {
    this.#closed = true;
    this.#abandonAll();
  }

  #abandonAll(): void {
    this.#generation += 1;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    this.#abort.abort();
    this.#abort = new AbortController();
    this.#pendingByEvent.clear();
    this.#pendingTotal = 0;
    this.#resolveDrainWaiters();
  }

  async #attempt(delivery: Delivery, generation: number): Promise<void> {
    const started = Date.now();
    let outcome: Outcome;
    if (delivery.dropFirst && delivery.attempt === 1) {
      outcome = { statusCode: null, error: 'dropped by fault injection' };
    } else {
      await this.#slots.acquire();
      try {
        outcome =
          generation === this.#generation
            ? await postEvent(delivery.payload, delivery.target, this.#timeoutMs, this.#abort.signal)
            : { statusCode: null, error: 'aborted' };
      } finally {
        this.#slots.release();
      }
    }
    if (generation !== this.#generation) return;
    const { event, target, attempt } = delivery;
    const durationMs = Date.now() - started;
    this.#attempts.push({
      eventId: event.id,
      eventType: event.type,
      endpointId: target.id,
      url: target.url,
      attempt,
      ...outcome,
      at: new Date(started).toISOString(),
      durationMs,
    });
    const result = outcome.statusCode ?? outcome.error;
    this.#log(`webhook ${event.id} ${event.type} → ${target.id} ${target.url} attempt ${attempt}: ${result} (${durationMs} ms)`);
    const delivered = outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300;
    const retryInMs = delivered ? undefined : this.#retrySchedule[attempt - 1];
    if (retryInMs === undefined) {
      if (!delivered) this.#log(`webhook ${event.id} → ${target.id}: giving up after ${attempt} attempts`);
      this.#changePending(event.id, -1);
      return;
    }
    this.#later(retryInMs, () => this.#attempt({ ...delivery, attempt: attempt + 1 }, generation));
  }

  #later(delayMs: number, run: () => Promise<void>): void {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      void run();
    }, delayMs);
    this.#timers.add(timer);
  }

  #changePending(eventId: string, delta: number): void {
    const pending = (this.#pendingByEvent.get(eventId) ?? 0) + delta;
    if (pending === 0) this.#pendingByEvent.delete(eventId);
    else this.#pendingByEvent.set(eventId, pending);
    this.#pendingTotal += delta;
    this.#onPendingChange(eventId, pending);
    if (this.#pendingTotal === 0) this.#resolveDrainWaiters();
  }

  #resolveDrainWaiters(): void {
    const waiters = this.#drainWaiters;
    this.#drainWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
