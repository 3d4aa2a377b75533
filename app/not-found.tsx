import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { messages } from '@/lib/messages';

const text = messages.layout;

export const metadata: Metadata = { title: text.notFoundTitle };

export default function NotFound() {
  return (
    <div className="mx-auto flex w-full max-w-xl flex-col items-start gap-4 px-4 py-16 sm:px-6 sm:py-24">
      <p className="text-sm font-semibold tracking-widest text-clay">404</p>
      <h1 className="text-3xl font-bold tracking-tight text-ink sm:text-4xl">{text.notFoundTitle}</h1>
      <p className="text-muted">{text.notFoundBody}</p>
      <Link href="/" className={buttonClasses('primary', 'md', 'mt-2')}>
        {text.backToShop}
      </Link>
    </div>
  );
}
