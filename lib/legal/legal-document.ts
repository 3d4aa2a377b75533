import type { Country } from '@/lib/i18n/locales';
import type { Trader } from '@/lib/legal/trader';
import type { CaptureMethod } from '@/lib/parse-env';

// The shape of the shop's legal pages (terms of sale, withdrawal information with the model form, privacy statement)
// and the facts they are written from. Each language writes its documents from the facts (lib/legal/content/), so a
// page never states a trader, rate, period or cookie that the shop does not have.

/** One block of a section: a paragraph, a bulleted list, or a table (the cookie list). */
export type LegalBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; caption: string; head: string[]; rows: string[][] };

export type LegalSection = { id: string; heading: string; blocks: LegalBlock[] };

export type LegalDocument = { title: string; summary: string; sections: LegalSection[] };

/** A cookie the shop sets, as the privacy statement's cookie list names it. */
export type CookieFact = {
  id: 'cart' | 'cart_count' | 'locale' | 'checkout' | 'admin_session' | 'stripe_mid' | 'stripe_sid';
  /** Its name as browsers see it (prefixed __Host- or __Secure- over https). */
  name: string;
  /** How long it lives, in seconds. */
  maxAgeSeconds: number;
};

export type LegalFacts = {
  trader: Trader;
  /** The market the page is for: Denmark's or Finland's law, VAT and bookkeeping periods. */
  country: Country;
  /** The market's VAT rate as the page's language writes it: "25 %", "25,5 %", "25.5%". */
  vatRate: string;
  /** automatic: the money is taken when the shopper approves in MobilePay. manual: reserved then, taken when the order ships. */
  captureMethod: CaptureMethod;
  /** How long personal data on an order is kept, in days (PERSONAL_DATA_RETENTION_DAYS). */
  retentionDays: number;
  /** How long the bookkeeping law of the market keeps accounting records: 5 years (Denmark), 6 (Finland). */
  bookkeepingYears: number;
  cookies: CookieFact[];
  /** The paths of the shop's pages in the page's locale (absolute URLs in an e-mail). */
  paths: { terms: string; privacy: string; withdrawal: string; withdraw: string; home: string };
};

/** What every language provides: its three documents, written from the facts. */
export type LegalTexts = {
  terms: (facts: LegalFacts) => LegalDocument;
  withdrawal: (facts: LegalFacts) => LegalDocument;
  privacy: (facts: LegalFacts) => LegalDocument;
};
