'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { Button, buttonClasses } from '@/components/ui/button';
import { useRouteLocale } from '@/components/use-route-locale';
import { localePath } from '@/lib/i18n/locale-path';
import { localeFacts } from '@/lib/i18n/locales';
import { boundaryText } from '@/lib/i18n/messages/boundaries';

/** Shown when a page fails to render. Server errors arrive without their message; the digest matches the server log. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const locale = useRouteLocale();
  const text = boundaryText[localeFacts[locale].language].error;
  useEffect(() => {
    console.error(error);
  }, [error]);

  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : null;

  return (
    <div role="alert" className="mx-auto flex w-full max-w-xl flex-col items-start gap-4 px-4 py-16 sm:px-6 sm:py-24">
      <h1 className="text-3xl font-bold tracking-tight text-ink sm:text-4xl">{text.title}</h1>
      <p className="text-muted">{text.body}</p>
      {digest && <p className="text-sm text-muted">{text.reference}: {digest}</p>}
      <div className="mt-2 flex flex-wrap gap-3">
        <Button variant="primary" onClick={() => retry()}>
          {text.tryAgain}
        </Button>
        <Link href={localePath(locale, '/')} className={buttonClasses('secondary', 'md')}>
          {text.backToShop}
        </Link>
      </div>
    </div>
  );
}
