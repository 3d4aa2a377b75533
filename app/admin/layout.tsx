import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { SignOutForm } from '@/components/admin/sign-out-form';
import { hasAdminSession } from '@/lib/admin/session';
import { merchantText } from '@/lib/merchant-text';
import '../globals.css';

const text = merchantText.admin;

export const metadata: Metadata = { title: { default: text.dashboardTitle, template: `%s · ${text.dashboardTitle}` }, robots: { index: false } };

/**
 * The dashboard's own page (in English; the shop's pages have theirs under app/[locale]) and its bar. Showing Sign out
 * here is convenience only: each page and action checks the session itself.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const signedIn = await hasAdminSession();
  return (
    <html lang="en">
      <body className="min-h-dvh">
        <div className="mx-auto flex w-full max-w-6xl flex-col gap-6 px-4 py-6 sm:px-6 sm:py-10">
          <header className="flex flex-wrap items-center justify-between gap-3 border-b border-line pb-4">
            <Link href="/admin" className="rounded text-xl font-bold tracking-tight text-ink">
              {text.dashboardTitle}
            </Link>
            {signedIn && (
              <nav aria-label={text.dashboardNavigation} className="flex flex-wrap items-center gap-4">
                <Link href="/admin" className="rounded font-medium text-fjord underline-offset-4 hover:underline">
                  {text.ordersTitle}
                </Link>
                <Link href="/admin/privacy" className="rounded font-medium text-fjord underline-offset-4 hover:underline">
                  {merchantText.privacy.title}
                </Link>
                <Link href="/admin/stock" className="rounded font-medium text-fjord underline-offset-4 hover:underline">
                  {merchantText.stock.title}
                </Link>
                <SignOutForm />
              </nav>
            )}
          </header>
          <main className="flex flex-col gap-6">{children}</main>
        </div>
      </body>
    </html>
  );
}
