import { NavLink } from '@/components/nav-link';
import { messages } from '@/lib/messages';

/** The header's cart link with the number of items in the cart. */
export function CartLink({ itemCount }: { itemCount: number }) {
  return (
    <NavLink
      href="/cart"
      aria-label={messages.layout.cartLinkLabel(itemCount)}
      className={
        'inline-flex min-h-11 items-center gap-2 rounded-full border border-line bg-white px-3 font-semibold text-ink ' +
        'hover:border-fjord aria-[current=page]:border-fjord aria-[current=page]:bg-sand sm:px-4'
      }
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8">
        <path d="M5 8h14l-1.2 11.1a2 2 0 0 1-2 1.9H8.2a2 2 0 0 1-2-1.9z" strokeLinejoin="round" />
        <path d="M9 10V7a3 3 0 0 1 6 0v3" strokeLinecap="round" />
      </svg>
      <span className="hidden sm:inline">{messages.layout.cartLink}</span>
      <span
        className={
          'inline-flex min-w-6 items-center justify-center rounded-full px-1.5 text-sm tabular-nums ' +
          (itemCount > 0 ? 'bg-mobilepay-600 text-white' : 'bg-sand text-muted')
        }
      >
        {itemCount}
      </span>
    </NavLink>
  );
}
