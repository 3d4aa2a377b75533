import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/admin/sign-in-form';
import { StatusPanel } from '@/components/checkout/status-panel';
import { dashboardOpen, hasAdminSession } from '@/lib/admin/session';
import { merchantText } from '@/lib/merchant-text';

const text = merchantText.admin;

export const metadata: Metadata = { title: text.signInTitle };

export default async function AdminSignInPage() {
  if (!dashboardOpen) {
    return (
      <StatusPanel tone="problem" title={text.closedTitle}>
        <p>{text.closedBody}</p>
      </StatusPanel>
    );
  }
  if (await hasAdminSession()) redirect('/admin');
  return (
    <div className="w-full max-w-md self-center rounded-2xl border border-line bg-white p-5 sm:p-6">
      <h1 className="text-2xl font-bold tracking-tight text-ink">{text.signInTitle}</h1>
      <p className="mt-1 mb-4 text-muted">{text.signInIntro}</p>
      <SignInForm />
    </div>
  );
}
