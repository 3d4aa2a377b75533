import Link from 'next/link';
import { Button, buttonClasses } from '@/components/ui/button';
import { orderFilters, type OrderListQuery } from '@/lib/admin/orders-query';
import { merchantText } from '@/lib/merchant-text';

const text = merchantText.admin;
const field = 'h-11 rounded-lg border border-line bg-white px-3 text-base text-ink hover:border-muted focus-visible:border-mobilepay';

/** Status filter and search, as a GET form: the list's state lives in its URL. */
export function OrderFilters({ query }: { query: OrderListQuery }) {
  return (
    <form method="get" action="/admin" role="search" className="flex flex-wrap items-end gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor="order-status" className="text-sm font-medium text-ink">
          {text.filterLabel}
        </label>
        <select id="order-status" name="status" defaultValue={query.status} className={field}>
          {orderFilters.map((filter) => (
            <option key={filter} value={filter}>
              {text.filters[filter]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex min-w-60 flex-1 flex-col gap-1">
        <label htmlFor="order-search" className="text-sm font-medium text-ink">
          {text.searchLabel}
        </label>
        <input id="order-search" name="q" type="search" defaultValue={query.q} placeholder={text.searchPlaceholder} className={field} />
      </div>
      <Button type="submit" variant="primary">
        {text.search}
      </Button>
      {(query.q !== '' || query.status !== 'all') && (
        <Link href="/admin" className={buttonClasses('quiet', 'md')}>
          {text.clearSearch}
        </Link>
      )}
    </form>
  );
}
