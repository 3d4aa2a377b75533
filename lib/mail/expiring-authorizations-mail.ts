import { formatTime } from '@/lib/admin/format-time';
import type { ComposedMail } from '@/lib/mail/compose-mail';
import { escapeHtml } from '@/lib/mail/render-html';
import { merchantText } from '@/lib/merchant-text';
import { formatMoney } from '@/lib/money';
import type { ExpiringAuthorization } from '@/lib/orders/store/expiring-authorizations';

// The merchant's daily notice (lib/jobs/expiring-notice-job.ts): the authorizations that lapse within 24 hours, each
// with its amount, when it expires and a link to its order in the dashboard. In English, as the dashboard is.

const text = merchantText.expiringMail;

export function expiringAuthorizationsMail(orders: ExpiringAuthorization[], shopOrigin: string): ComposedMail {
  const lines = orders.map((order) => ({
    line: text.line(order.number, formatMoney(order), formatTime(order.expiresAt)),
    href: new URL(`/admin/orders/${order.id}`, shopOrigin).href,
  }));
  const listHref = new URL('/admin?status=expiring', shopOrigin).href;
  return {
    subject: text.subject(orders.length),
    text: [text.intro(orders.length), '', ...lines.map(({ line, href }) => `- ${line}\n  ${href}`), '', text.outro, listHref, ''].join('\n'),
    html: [
      `<p>${escapeHtml(text.intro(orders.length))}</p>`,
      `<ul>${lines.map(({ line, href }) => `<li><a href="${escapeHtml(href)}">${escapeHtml(line)}</a></li>`).join('')}</ul>`,
      `<p>${escapeHtml(text.outro)} <a href="${escapeHtml(listHref)}">${escapeHtml(listHref)}</a></p>`,
    ].join('\n'),
  };
}
