import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import type { OrderListQuery } from '@/lib/admin/orders-query';
import { messages } from '@/lib/messages';

const text = messages.admin;

function pageHref(query: OrderListQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.status !== 'all') params.set('status', query.status);
  if (query.q !== '') params.set('q', query.q);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search === '' ? '/admin' : `/admin?${search}`;
}

/** Previous and Next, keeping the filter and search. */
export function Pager({ query, page, pages }: { query: OrderListQuery; page: number; pages: number }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={text.pagination} className="flex items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={pageHref(query, page - 1)} className={buttonClasses('secondary', 'sm')}>
          {text.previousPage}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-muted">{text.pageOf(page, pages)}</p>
      {page < pages ? (
        <Link href={pageHref(query, page + 1)} className={buttonClasses('secondary', 'sm')}>
          {text.nextPage}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
