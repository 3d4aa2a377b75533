import type { ReactNode } from 'react';

/** A banner for something the shopper should know about before going on, e.g. items dropped from the cart. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="rounded-xl border border-honey bg-honey/60 px-4 py-3 text-sm text-ink">
      {children}
    </div>
  );
}
