import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { encodeCursor, type OrderCursor } from '@/lib/admin/order-list-cursor';
import type { OrderListPage, OrderListQuery } from '@/lib/admin/orders-query';
import { merchantText } from '@/lib/merchant-text';

const text = merchantText.admin;

type PageLink = { older: OrderCursor } | { newer: OrderCursor } | { page: 'first' | 'last' };

function pageHref(query: OrderListQuery, link: PageLink): string {
  const params = new URLSearchParams();
  if (query.status !== 'all') params.set('status', query.status);
  if (query.q !== '') params.set('q', query.q);
  if ('older' in link) params.set('older', encodeCursor(link.older));
  if ('newer' in link) params.set('newer', encodeCursor(link.newer));
  if ('page' in link && link.page === 'last') params.set('page', 'last');
  const search = params.toString();
  return search === '' ? '/admin' : `/admin?${search}`;
}

const linkClass = buttonClasses('secondary', 'sm');

/**
 * First and Newer, Older and Last, keeping the filter and search; nothing when everything fits on one page. A search's
 * matches go by order number: the same links, named Previous and Next, the first page the lowest numbers.
 */
export function Pager({ query, listedBy, newer, older }: { query: OrderListQuery } & Pick<OrderListPage, 'listedBy' | 'newer' | 'older'>) {
  if (newer === null && older === null) return null;
  const byNumber = listedBy === 'number';
  return (
    <nav aria-label={text.pagination} className="flex flex-wrap items-center justify-between gap-3">
      <div className="flex gap-2">
        {newer !== null && (
          <>
            <Link href={pageHref(query, { page: 'first' })} aria-label={byNumber ? text.searchPages.firstLabel : text.firstPageLabel} className={linkClass}>
              {text.firstPage}
            </Link>
            <Link href={pageHref(query, { newer })} className={linkClass}>
              {byNumber ? text.searchPages.previous : text.newerPage}
            </Link>
          </>
        )}
      </div>
      <div className="flex gap-2">
        {older !== null && (
          <>
            <Link href={pageHref(query, { older })} className={linkClass}>
              {byNumber ? text.searchPages.next : text.olderPage}
            </Link>
            <Link href={pageHref(query, { page: 'last' })} aria-label={byNumber ? text.searchPages.lastLabel : text.lastPageLabel} className={linkClass}>
              {text.lastPage}
            </Link>
          </>
        )}
      </div>
    </nav>
  );
}
