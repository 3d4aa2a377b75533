'use client';

import { useSyncExternalStore } from 'react';
import { onCartCountChange, readCartCount } from '@/components/cart/cart-count';
import { NavLink } from '@/components/nav-link';
import type { PluralWords } from '@/lib/i18n/plural-words';

type CartLinkProps = { href: string; label: string; pluralTag: string; itemWords: PluralWords };

/**
 * The header's cart link with the number of items in the cart, read in the browser so the page around it can be the
 * same for everyone. Its accessible name is its visible text, "Cart 2", with the unit for screen readers: "Cart 2 items".
 */
export function CartLink({ href, label, pluralTag, itemWords }: CartLinkProps) {
  const count = useSyncExternalStore(onCartCountChange, readCartCount, () => null);
  const word = count === null ? undefined : itemWords[new Intl.PluralRules(pluralTag).select(count)];

  return (
    <NavLink
      href={href}
      className={
        'inline-flex min-h-11 items-center gap-2 rounded-full border border-line bg-white px-3 font-semibold text-ink ' +
        'hover:border-fjord aria-[current=page]:border-fjord aria-[current=page]:bg-sand sm:px-4'
      }
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8">
        <path d="M5 8h14l-1.2 11.1a2 2 0 0 1-2 1.9H8.2a2 2 0 0 1-2-1.9z" strokeLinejoin="round" />
        <path d="M9 10V7a3 3 0 0 1 6 0v3" strokeLinecap="round" />
      </svg>
      <span className="sr-only sm:not-sr-only">{label} </span>
      <span
        className={
          'inline-flex min-w-6 items-center justify-center rounded-full px-1.5 text-sm tabular-nums ' +
          (count !== null && count > 0 ? 'bg-mobilepay-600 text-white' : 'bg-sand text-muted')
        }
      >
        {count ?? <span aria-hidden="true">&nbsp;</span>}
        {word && <span className="sr-only"> {word}</span>}
      </span>
    </NavLink>
  );
}
