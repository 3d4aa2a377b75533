import type { Metadata } from 'next';
import { PageHeading } from '@/components/admin/page-heading';
import { EraseShopperForm } from '@/components/admin/erase-shopper-form';
import { Panel } from '@/components/admin/panel';
import { PrivacyRequestsTable } from '@/components/admin/privacy-requests-table';
import { Button } from '@/components/ui/button';
import { requireAdminSession } from '@/lib/admin/session';
import { getDb } from '@/lib/db';
import { merchantText } from '@/lib/merchant-text';
import { latestPrivacyRequests } from '@/lib/privacy/privacy-requests';

const text = merchantText.privacy;
const field = 'h-11 rounded-lg border border-line bg-white px-3 text-base text-ink hover:border-muted focus-visible:border-mobilepay';

export const metadata: Metadata = { title: text.title };

/**
 * Shopper data: export what the shop holds about an e-mail address (a plain form posting to ./export/route.ts, which
 * answers a JSON file), erase it (./actions.ts), and the latest requests of either kind. No JavaScript needed.
 */
export default async function AdminPrivacyPage() {
  await requireAdminSession();
  const requests = await latestPrivacyRequests(await getDb(), 20);
  return (
    <>
      <PageHeading title={text.title} intro={text.intro} />
      <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
        <Panel id="privacy-export-heading" title={text.exportHeading}>
          <form method="post" action="/admin/privacy/export" className="flex flex-col gap-4">
            <p id="export-hint" className="text-sm text-muted">
              {text.exportHint}
            </p>
            <div className="flex flex-col gap-1">
              <label htmlFor="export-email" className="text-sm font-medium text-ink">
                {text.emailLabel}
              </label>
              <input id="export-email" name="email" type="email" required autoComplete="off" spellCheck={false} aria-describedby="export-hint" className={field} />
            </div>
            <Button type="submit" variant="primary" className="self-start">
              {text.exportButton}
            </Button>
          </form>
        </Panel>
        <Panel id="privacy-erase-heading" title={text.eraseHeading}>
          <EraseShopperForm />
        </Panel>
      </div>
      <Panel id="privacy-requests-heading" title={text.requestsHeading}>
        <p className="mb-3 text-sm text-muted">{text.requestsHint}</p>
        <PrivacyRequestsTable requests={requests} />
      </Panel>
    </>
  );
}
