import type { MetadataRoute } from 'next';
import { headers } from 'next/headers';
import { resolveShopOrigin } from '@/lib/app-url';
import { env } from '@/lib/env';
import { locales } from '@/lib/i18n/locales';

// /robots.txt: the catalog is for everyone; the dashboard, the API and the checkout's pages (one payment's result,
// reached only with its secret) are not for search engines.

export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = resolveShopOrigin(env.appUrl, (await headers()).get('host'));
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/checkout/', ...locales.map((locale) => `/${locale}/checkout/`)] },
    ...(origin !== null && { sitemap: `${origin}/sitemap.xml` }),
  };
}
