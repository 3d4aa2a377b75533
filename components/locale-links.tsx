'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import { pathInLocale } from '@/lib/i18n/locale-path';
import type { Locale } from '@/lib/i18n/locales';

export type LocaleOption = { locale: Locale; tag: string; label: string };
type LocaleLinksProps = { current: Locale; options: LocaleOption[]; summary: string; label: string };

/**
 * A disclosure (details/summary, so it opens without JavaScript) listing the locales as links to this page in each.
 * The links keep the query, so a payment's complete page stays the same payment in another language.
 */
export function LocaleLinks(props: LocaleLinksProps) {
  return (
    <details className="group relative">
      <summary
        className={
          'flex min-h-11 cursor-pointer list-none items-center gap-1.5 rounded-full border border-line bg-white px-3 text-sm ' +
          'font-semibold text-ink hover:border-fjord [&::-webkit-details-marker]:hidden'
        }
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.8">
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z" />
        </svg>
        <span className="sr-only">{props.label}: </span>
        <span className="whitespace-nowrap">{props.summary}</span>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-64 rounded-2xl border border-line bg-white p-2 shadow-lg">
        <p className="px-3 pt-1 pb-2 text-xs font-semibold tracking-wide text-muted uppercase">{props.label}</p>
        <Suspense fallback={<Links {...props} search="" />}>
          <LinksWithQuery {...props} />
        </Suspense>
      </div>
    </details>
  );
}

function LinksWithQuery(props: LocaleLinksProps) {
  const search = useSearchParams().toString();
  return <Links {...props} search={search ? `?${search}` : ''} />;
}

function Links({ current, options, search }: LocaleLinksProps & { search: string }) {
  const pathname = usePathname();
  return (
    <ul className="flex flex-col">
      {options.map((option) => (
        <li key={option.locale}>
          <a
            href={`${pathInLocale(pathname, option.locale)}${search}`}
            hrefLang={option.tag}
            lang={option.tag}
            aria-current={option.locale === current ? 'true' : undefined}
            className="flex min-h-11 items-center rounded-xl px-3 text-sm text-ink hover:bg-sand aria-[current=true]:font-semibold aria-[current=true]:text-fjord"
          >
            {option.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
