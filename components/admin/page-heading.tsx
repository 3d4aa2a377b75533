import type { ReactNode } from 'react';
import Link from 'next/link';
import { merchantText } from '@/lib/merchant-text';

/** A dashboard page's way back to the orders list, its title and, on the pages that have one, what it is for. */
export function PageHeading({ title, intro, children }: { title: string; intro?: string; children?: ReactNode }) {
  return (
    <>
      <Link href="/admin" className="self-start rounded text-sm font-semibold text-fjord underline-offset-4 hover:underline">
        <span aria-hidden="true">← </span>
        {merchantText.admin.allOrders}
      </Link>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight text-ink">{title}</h1>
        {intro !== undefined && <p className="max-w-3xl text-muted">{intro}</p>}
        {children}
      </div>
    </>
  );
}
