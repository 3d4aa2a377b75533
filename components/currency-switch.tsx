'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { setCurrency } from '@/app/currency/actions';
import { messages } from '@/lib/messages';
import { currencies, type Currency } from '@/lib/money';

const text = messages.layout;

/**
 * DKK / EUR as two submit buttons of one plain form: it works without JavaScript, and `returnTo`
 * brings the shopper back to the page they were on (the path is filled in during server rendering).
 */
export function CurrencySwitch({ current }: { current: Currency }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const returnTo = search ? `${pathname}?${search}` : pathname;

  return (
    <form action={setCurrency}>
      <input type="hidden" name="returnTo" value={returnTo} />
      <div role="group" aria-label={text.currencyLabel} className="flex rounded-full border border-line bg-white p-0.5">
        {currencies.map((currency) => {
          const selected = currency === current;
          return (
            <button
              key={currency}
              type="submit"
              name="currency"
              value={currency}
              aria-pressed={selected}
              title={text.showPricesIn(text.currencyName[currency])}
              className={
                'min-h-9 min-w-11 rounded-full px-2.5 text-sm font-semibold transition-colors sm:min-w-12 sm:px-3 ' +
                (selected ? 'bg-fjord text-white' : 'text-muted hover:bg-sand hover:text-ink')
              }
            >
              {currency.toUpperCase()}
            </button>
          );
        })}
      </div>
    </form>
  );
}
