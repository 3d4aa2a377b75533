import 'server-only';
import { cookies } from 'next/headers';
import { cookieNames, shopCookieOptions } from '@/lib/cookie-options';
import { isCurrency, type Currency } from '@/lib/money';

export const DEFAULT_CURRENCY: Currency = 'dkk';

/** The currency the shopper chose; DKK unless the cookie names another supported currency. */
export async function readCurrency(): Promise<Currency> {
  const value = (await cookies()).get(cookieNames.currency)?.value;
  return isCurrency(value) ? value : DEFAULT_CURRENCY;
}

/** Remembers the shopper's currency. Only server actions and route handlers may call it. */
export async function writeCurrency(currency: Currency): Promise<void> {
  (await cookies()).set(cookieNames.currency, currency, shopCookieOptions);
}
