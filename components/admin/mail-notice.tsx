import { env } from '@/lib/env';
import { merchantText } from '@/lib/merchant-text';

/**
 * Says that messages to shoppers are not going out: no SMTP server is configured (real keys without SMTP_URL, or a
 * shop started without `npm start`). Nothing is lost: the outbox keeps them queued until one is.
 */
export function MailNotice() {
  if (env.mail.kind !== 'none') return null;
  return (
    <p role="status" className="rounded-lg border border-honey bg-honey/20 p-3 text-sm text-ink" data-testid="mail-notice">
      {merchantText.outbox.notConfigured}
    </p>
  );
}
