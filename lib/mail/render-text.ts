import type { MailContent, MailRow } from '@/lib/mail/mail-content';

// The plain-text part of a message (and the dashboard's preview of it).

const row = ({ label, amount }: MailRow) => `${label}: ${amount}`;

export function renderText(content: MailContent): string {
  return [
    content.greeting,
    '',
    content.intro,
    '',
    content.orderNumber,
    '',
    content.itemsHeading,
    ...content.lines.map(row),
    row(content.total),
    content.vat,
    ...(content.refunded === null ? [] : [row(content.refunded)]),
    '',
    content.address.heading,
    ...content.address.lines,
    '',
    `${content.link.label}: ${content.link.href}`,
    '',
    content.signoff,
    '',
    '-- ',
    content.footer,
    '',
  ].join('\n');
}
