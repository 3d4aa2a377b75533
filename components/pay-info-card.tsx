import { messages } from '@/lib/messages';

const text = messages.catalog;

/** A tile in the product grid that explains how paying works. */
export function PayInfoCard() {
  return (
    <aside className="flex w-full flex-col justify-between gap-4 rounded-2xl border border-mobilepay/30 bg-mobilepay-50 p-4 sm:p-5">
      <svg aria-hidden="true" viewBox="0 0 48 48" className="size-12">
        <rect x="12" y="4" width="24" height="40" rx="5" fill="#3f5be8" />
        <rect x="15" y="9" width="18" height="27" rx="2" fill="#eef1ff" />
        <path d="m19 23 4 4 7-8" fill="none" stroke="#3f5be8" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
        <circle cx="24" cy="40" r="1.8" fill="#eef1ff" />
      </svg>
      <div className="flex flex-col gap-1">
        <h3 className="font-semibold text-ink">{text.payInfoTitle}</h3>
        <p className="text-sm text-muted">{text.payInfoBody}</p>
      </div>
    </aside>
  );
}
