import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';

/** A tile in the product grid, shaped like a product card, that explains how paying works. */
export function PayInfoCard({ locale }: { locale: Locale }) {
  const t = translatorFor(locale);
  return (
    <aside className="flex w-full flex-col overflow-hidden rounded-2xl border border-mobilepay/30 bg-white">
      <div className="flex aspect-square w-full items-center justify-center bg-mobilepay-50">
        <svg aria-hidden="true" viewBox="0 0 120 120" className="w-1/2">
          <circle cx="60" cy="60" r="52" fill="#dfe5ff" />
          <rect x="38" y="16" width="44" height="84" rx="10" fill="#3f5be8" />
          <rect x="43" y="26" width="34" height="58" rx="4" fill="#eef1ff" />
          <path d="m50 56 7 7 13-15" fill="none" stroke="#3f5be8" strokeWidth="5" strokeLinecap="round" strokeLinejoin="round" />
          <circle cx="60" cy="92" r="3" fill="#eef1ff" />
        </svg>
      </div>
      <div className="flex flex-1 flex-col gap-1 p-3 sm:p-4">
        <h3 className="font-semibold leading-snug text-ink">{t('catalog.payInfoTitle')}</h3>
        <p className="text-sm text-muted">{t('catalog.payInfoBody')}</p>
      </div>
    </aside>
  );
}
