import type { Metadata } from 'next';
import { connection } from 'next/server';
import { LegalDocumentView } from '@/components/legal/legal-document-view';
import { alternatesFor } from '@/lib/i18n/alternates';
import { localeFacts } from '@/lib/i18n/locales';
import { routeLocale } from '@/lib/i18n/route-locale';
import { translatorFor } from '@/lib/i18n/translator';
import { legalTexts } from '@/lib/legal/content';
import type { LegalTexts } from '@/lib/legal/legal-document';
import { shopLegalFacts } from '@/lib/legal/shop-legal-facts';

// The three legal pages (/<locale>/terms, /withdrawal, /privacy) are one page each of the same kind: the document of
// the page's language, written from the shop's facts for the page's market. Rendered per request, so that what they
// state (the trader, when the money is taken, how long data is kept) is the running shop's configuration.

type LegalPageProps = { params: Promise<{ locale: string }> };
type DocumentName = keyof LegalTexts;

async function documentOf(name: DocumentName, params: LegalPageProps['params']) {
  const locale = await routeLocale(params);
  return { locale, document: legalTexts(localeFacts[locale].language)[name](shopLegalFacts(locale)) };
}

export function legalPage(name: DocumentName) {
  return {
    generateMetadata: async ({ params }: LegalPageProps): Promise<Metadata> => {
      const { locale, document } = await documentOf(name, params);
      return { title: document.title, description: document.summary, alternates: alternatesFor(locale, `/${name}`) };
    },
    Page: async function LegalPage({ params }: LegalPageProps) {
      await connection();
      const { locale, document } = await documentOf(name, params);
      return <LegalDocumentView document={document} contentsLabel={translatorFor(locale)('legal.contents')} />;
    },
  };
}
