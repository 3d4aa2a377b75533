'use client';

import { useAvailability } from '@/components/stock/use-availability';
import type { Availability } from '@/lib/stock/availability';

/** The badge's words in the page's language, made on the server (components/stock/availability-text.ts). */
export type AvailabilityText = {
  inStock: string;
  soldOut: string;
  /** fewLeft[n - 1] is "Only n left", for every n the shop calls few: the browser needs no message formatter. */
  fewLeft: readonly string[];
};

const tone: Record<Availability['kind'], string> = {
  in_stock: 'text-moss',
  few: 'rounded-full bg-honey px-2 text-ink',
  sold_out: 'text-clay',
};

function wordsFor(availability: Availability, text: AvailabilityText): string | undefined {
  switch (availability.kind) {
    case 'in_stock':
      return text.inStock;
    case 'few':
      return text.fewLeft[availability.left - 1];
    case 'sold_out':
      return text.soldOut;
  }
}

type AvailabilityBadgeProps = { productId: string; text: AvailabilityText; className?: string };

/**
 * "In stock", "Only 3 left" or "Sold out", read in the browser so the catalog pages stay prerendered. Plain text, not a
 * live region: it is part of what the page says about the product, read in its place, not news to interrupt with on
 * every load. While the stock is not known (loading, or the shop could not say), it says nothing rather than guess;
 * the paragraph stays, so the card does not jump when the words come.
 */
export function AvailabilityBadge({ productId, text, className = '' }: AvailabilityBadgeProps) {
  const availability = useAvailability(productId);
  const words = availability === null ? undefined : wordsFor(availability, text);
  return (
    <p className={`text-sm ${className}`}>
      {availability !== null && words !== undefined && (
        <span className={`inline-flex items-center gap-1.5 font-medium ${tone[availability.kind]}`}>
          <span aria-hidden="true" className="size-2 shrink-0 rounded-full bg-current" />
          {words}
        </span>
      )}
    </p>
  );
}
