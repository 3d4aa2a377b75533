import Link from 'next/link';
import { Suspense } from 'react';
import { CartLink } from '@/components/cart-link';
import { CurrencySwitch } from '@/components/currency-switch';
import { NavLink } from '@/components/nav-link';
import { TestModeBadge } from '@/components/test-mode-badge';
import { readCart } from '@/lib/cart';
import { readCurrency } from '@/lib/currency';
import { env } from '@/lib/env';
import { messages } from '@/lib/messages';
import { priceCart } from '@/lib/pricing';

const text = messages.layout;

export async function SiteHeader() {
  const [cart, currency] = await Promise.all([readCart(), readCurrency()]);
  const { itemCount } = priceCart(cart.lines, currency);

  return (
    <header className="border-b border-line bg-oat/95">
      {env.stripeMode === 'emulator' && <TestModeBadge />}
      <div className="mx-auto flex w-full max-w-6xl items-center gap-2 px-4 py-3 sm:gap-3 sm:px-6">
        <Link href="/" className="mr-auto flex items-center gap-2 rounded-lg text-lg font-bold tracking-tight text-ink">
          <ShopMark />
          <span className="whitespace-nowrap">{text.shopName}</span>
        </Link>
        <nav aria-label={text.mainNavigation} className="flex items-center gap-2 sm:gap-3">
          <NavLink
            href="/"
            className="hidden rounded-lg px-2 py-2 font-medium text-muted hover:text-ink aria-[current=page]:text-ink sm:inline"
          >
            {text.shopLink}
          </NavLink>
          <Suspense fallback={null}>
            <CurrencySwitch current={currency} />
          </Suspense>
          <CartLink itemCount={itemCount} />
        </nav>
      </div>
    </header>
  );
}

function ShopMark() {
  return (
    <svg aria-hidden="true" viewBox="0 0 64 64" className="size-8 shrink-0">
      <rect width="64" height="64" rx="14" fill="#2F4866" />
      <path d="M14 30 32 13l18 17v21a3 3 0 0 1-3 3H17a3 3 0 0 1-3-3z" fill="#FBF8F2" />
      <rect x="27" y="36" width="10" height="18" rx="2" fill="#C8694F" />
    </svg>
  );
}
