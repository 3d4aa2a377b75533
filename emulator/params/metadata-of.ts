// Metadata as stored, from validated parameters (whose values are strings).
import type Stripe from 'stripe';

type MetadataUpdate = Stripe.MetadataParam | '' | null | undefined;

/** New metadata: an empty `metadata=` means none. */
export function metadataOf(metadata: MetadataUpdate): Stripe.Metadata {
  return mergeMetadata({}, metadata);
}

/** Stripe merges metadata on update; an empty value removes a key, an empty `metadata=` clears all. */
export function mergeMetadata(current: Stripe.Metadata, update: MetadataUpdate): Stripe.Metadata {
  if (update === undefined) return current;
  if (update === '' || update === null) return {};
  const merged: Stripe.Metadata = { ...current };
  for (const [key, value] of Object.entries(update)) {
    if (value === '' || value === null) delete merged[key];
    else merged[key] = String(value);
  }
  return merged;
}
