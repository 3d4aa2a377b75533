'use client';

import { NotFoundPanel } from '@/components/not-found-panel';
import { useRouteLocale } from '@/components/use-route-locale';

/** A page that does not exist, in the language of the locale its address names. */
export default function NotFound() {
  return <NotFoundPanel locale={useRouteLocale()} />;
}
