import type { MetadataRoute } from 'next';
import { headers } from 'next/headers';
import { resolveShopOrigin } from '@/lib/app-url';
import { products } from '@/lib/catalog';
import { env } from '@/lib/env';
import { alternatesFor } from '@/lib/i18n/alternates';
import { locales } from '@/lib/i18n/locales';

// /sitemap.xml: every catalog page in every locale, each with its alternates in the others. Absolute URLs on the
// shop's public origin (APP_URL, or a loopback host in development), never an arbitrary Host header.

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = resolveShopOrigin(env.appUrl, (await headers()).get('host')) ?? '';
  const paths = ['/', ...products.map((product) => `/products/${product.slug}`)];
  return paths.flatMap((path) =>
    locales.map((locale) => {
      const { canonical, languages } = alternatesFor(locale, path);
      return {
        url: `${origin}${canonical}`,
        alternates: { languages: Object.fromEntries(Object.entries(languages).map(([tag, href]) => [tag, `${origin}${href}`])) },
      };
    }),
  );
}
