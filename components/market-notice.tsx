'use client';

import { useEffect, useState } from 'react';
import { readCartCount } from '@/components/cart/cart-count';
import type { Country } from '@/lib/i18n/locales';

const LAST_MARKET = 'lille-butik:market';

/**
 * After the shopper moves between Denmark and Finland with something in the cart, says that the cart came along and
 * is now priced in the new market's currency. The browser remembers the last market it showed; the live region is
 * always in the page, so the notice is announced when it appears.
 */
export function MarketNotice({ country, text }: { country: Country; text: string }) {
  const [changed, setChanged] = useState(false);

  useEffect(() => {
    const last = window.localStorage.getItem(LAST_MARKET);
    window.localStorage.setItem(LAST_MARKET, country);
    // Setting state here is the point: the notice depends on what this browser saw before, known only after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (last !== null && last !== country && readCartCount() > 0) setChanged(true);
  }, [country]);

  return (
    <div role="status" className={changed ? 'mx-auto w-full max-w-6xl px-4 pb-3 sm:px-6' : undefined}>
      {changed && <p className="rounded-xl border border-honey bg-honey/60 px-4 py-3 text-sm text-ink">{text}</p>}
    </div>
  );
}
