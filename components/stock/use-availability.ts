import { useSyncExternalStore } from 'react';
import { isRecord } from '@/lib/is-record';
import type { Availability } from '@/lib/stock/availability';

// The browser's side of GET /api/stock, for the prerendered catalog pages: one request when the page loads, whose
// answer every badge and the Add to cart form share (a grid of cards asks once, not once per card). Until it comes,
// or when it fails, nothing is known and nothing is claimed.

/**
 * An answer younger than this is reused by badges that appear later (a click from the grid to a product page); an older
 * one is dropped and asked again, also when the page comes back into view, so no stale "in stock" lingers.
 */
const FRESH_MS = 5_000;

type KnownStock = Readonly<Record<string, Availability>>;

// The answer's shape is checked by hand: this runs on every catalog page, and a schema library (even zod/mini, about
// 30 KiB of JavaScript over the wire) would weigh more than the rest of the catalog's own islands together.

function availabilityIn(value: unknown): Availability | null {
  if (!isRecord(value)) return null;
  if (value.kind === 'in_stock' || value.kind === 'sold_out') return { kind: value.kind };
  if (value.kind === 'few' && typeof value.left === 'number' && Number.isInteger(value.left) && value.left > 0) return { kind: 'few', left: value.left };
  return null;
}

/** The products of GET /api/stock's answer (app/api/stock/route.ts), or null when any part is not as it says. */
export function knownStockIn(answer: unknown): KnownStock | null {
  if (!isRecord(answer) || !isRecord(answer.products)) return null;
  const known = Object.entries(answer.products).map(([productId, value]) => [productId, availabilityIn(value)] as const);
  return known.every((entry): entry is readonly [string, Availability] => entry[1] !== null) ? Object.fromEntries(known) : null;
}

let known: KnownStock | null = null;
let askedAt = Number.NEGATIVE_INFINITY;
let asking = false;
const listeners = new Set<() => void>();

function tellListeners(): void {
  for (const listener of listeners) listener();
}

async function fetchStock(): Promise<KnownStock | null> {
  try {
    const response = await fetch('/api/stock', { cache: 'no-store', headers: { Accept: 'application/json' } });
    if (!response.ok) return null;
    return knownStockIn(await response.json());
  } catch {
    return null; // offline, or the shop did not answer: say nothing rather than guess
  }
}

/** Asks the shop unless a request is under way or the last one is recent (a failed one too: no retry storm). */
function askUnlessFresh(): void {
  if (asking || performance.now() - askedAt < FRESH_MS) return;
  asking = true;
  askedAt = performance.now();
  if (known !== null) {
    known = null; // an old answer is not a claim to keep making while the new one comes
    tellListeners();
  }
  void fetchStock().then((answer) => {
    known = answer;
    asking = false;
    tellListeners();
  });
}

function askWhenVisible(): void {
  if (document.visibilityState === 'visible') askUnlessFresh();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener('pageshow', askUnlessFresh); // back from the back-forward cache
    document.addEventListener('visibilitychange', askWhenVisible);
  }
  listeners.add(listener);
  askUnlessFresh();
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    window.removeEventListener('pageshow', askUnlessFresh);
    document.removeEventListener('visibilitychange', askWhenVisible);
  };
}

const readKnown = (): KnownStock | null => known;
/** Prerendering and hydration know nothing about stock: the page is the same for everyone until the answer comes. */
const nothingKnown = (): KnownStock | null => null;

/** A product's availability as the shop last said it, or null while it is not known (loading, failed, not named). */
export function useAvailability(productId: string): Availability | null {
  return useSyncExternalStore(subscribe, readKnown, nothingKnown)?.[productId] ?? null;
}
