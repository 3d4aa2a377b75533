import type { Metadata } from 'next';
import Link from 'next/link';
import { WithdrawForm } from '@/components/withdraw/withdraw-form';
import { localePath } from '@/lib/i18n/locale-path';
import { routeLocale } from '@/lib/i18n/route-locale';
import { translatorFor } from '@/lib/i18n/translator';

type WithdrawPageProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: WithdrawPageProps): Promise<Metadata> {
  return { title: translatorFor(await routeLocale(params))('legal.withdraw.title'), robots: { index: false } };
}

/** The withdrawal function, linked from every page's footer as "Withdraw from your purchase here" (and its translations). */
export default async function WithdrawPage({ params }: WithdrawPageProps) {
  const locale = await routeLocale(params);
  const t = translatorFor(locale);
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6 px-4 py-6 sm:px-6 sm:py-10">
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold tracking-tight text-ink sm:text-4xl">{t('legal.withdraw.title')}</h1>
        <p className="text-lg text-muted">{t('legal.withdraw.intro')}</p>
        <Link href={localePath(locale, '/withdrawal')} className="self-start rounded font-semibold text-fjord underline underline-offset-4">
          {t('legal.withdraw.howItWorks')}
        </Link>
      </header>
      <WithdrawForm
        locale={locale}
        text={{
          orderNumber: t('legal.withdraw.orderNumber'),
          orderNumberHint: t('legal.withdraw.orderNumberHint'),
          email: t('legal.withdraw.email'),
          name: t('legal.withdraw.name'),
          continue: t('legal.withdraw.continue'),
          detailsTitle: t('legal.withdraw.detailsTitle'),
          confirmTitle: t('legal.withdraw.confirmTitle'),
          confirmIntro: t('legal.withdraw.confirmIntro'),
          confirm: t('legal.withdraw.confirm'),
          confirming: t('legal.withdraw.confirming'),
          change: t('legal.withdraw.change'),
          receivedTitle: t('legal.withdraw.receivedTitle'),
        }}
      />
    </div>
  );
}
