import { messages } from '@/lib/messages';

const text = messages.layout;

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line bg-sand/60">
      <div className="mx-auto flex w-full max-w-6xl flex-col gap-1 px-4 py-8 text-sm text-muted sm:px-6">
        <p className="font-semibold text-ink">
          {text.shopName} · {text.tagline}
        </p>
        <p>{text.footerPayments}</p>
        <p>{text.footerAbout}</p>
      </div>
    </footer>
  );
}
