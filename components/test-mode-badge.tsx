import { env } from '@/lib/env';

/**
 * Says plainly that no real payment happens: payments go to the offline Stripe emulator. Shown on the pages that
 * pay (cart, complete), which are rendered per request: the prerendered catalog pages are the same whichever Stripe
 * the shop runs against, so they could not tell.
 */
export function TestModeBadge({ text }: { text: string }) {
  if (env.stripeMode !== 'emulator') return null;
  return (
    <p className="bg-honey px-4 py-1.5 text-center text-xs font-semibold tracking-wide text-ink">
      <span aria-hidden="true" className="mr-1.5 inline-block size-2 rounded-full bg-clay align-middle" />
      {text}
    </p>
  );
}
