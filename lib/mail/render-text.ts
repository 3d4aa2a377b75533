import type { MailContent, MailRow } from '@/lib/mail/mail-content';
import type { LegalBlock, LegalDocument } from '@/lib/legal/legal-document';

// The plain-text part of a message (and the dashboard's preview of it).

const row = ({ label, amount }: MailRow) => `${label}: ${amount}`;

const block = (each: LegalBlock): string[] => {
  switch (each.kind) {
    case 'paragraph':
      return [each.text];
    case 'list':
      return each.items.map((item) => `- ${item}`);
    case 'table':
      return [each.caption, each.head.join(' | '), ...each.rows.map((cells) => cells.join(' | '))];
  }
};

/** A legal document as text: its title underlined, then each section's heading and blocks. */
export function documentText(document: LegalDocument): string[] {
  return [
    document.title,
    '='.repeat(document.title.length),
    document.summary,
    ...document.sections.flatMap((section) => ['', '', section.heading, '-'.repeat(section.heading.length), ...section.blocks.flatMap((each) => ['', ...block(each)])]),
  ];
}

export function renderText(content: MailContent): string {
  const { contract } = content;
  return [
    content.greeting,
    '',
    content.intro,
    '',
    content.orderNumber,
    '',
    content.itemsHeading,
    ...content.lines.map(row),
    row(content.delivery),
    row(content.total),
    content.vat,
    ...(content.refunded === null ? [] : [row(content.refunded)]),
    '',
    content.address.heading,
    ...content.address.lines,
    '',
    ...(contract === null ? [] : [contract.payment, '', contract.withdrawal, `${contract.withdraw.label}: ${contract.withdraw.href}`, '']),
    `${content.link.label}: ${content.link.href}`,
    '',
    content.signoff,
    '',
    ...(contract === null ? [] : contract.documents.flatMap((document) => [...documentText(document), '', ''])),
    '-- ',
    ...content.footer,
    '',
  ].join('\n');
}
