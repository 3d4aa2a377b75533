import type { LegalBlock, LegalDocument } from '@/lib/legal/legal-document';
import type { MailContent, MailRow } from '@/lib/mail/mail-content';

// The HTML part of a message: one centred table with inline styles (what mail clients render alike), no external
// images, no scripts. Every text is escaped, so a name or an address from the order can never become markup.

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (character) => htmlEntities[character] ?? character);

const font = 'font-family:Helvetica,Arial,sans-serif;color:#1f2a30;';
const cell = `${font}padding:6px 0;font-size:15px;`;

const amountRow = ({ label, amount }: MailRow, strong = false) => {
  const weight = strong ? 'font-weight:bold;border-top:1px solid #d8d2c4;' : '';
  return `<tr><td style="${cell}${weight}">${escapeHtml(label)}</td><td align="right" style="${cell}${weight}white-space:nowrap;">${escapeHtml(amount)}</td></tr>`;
};

const paragraph = (text: string, style = '') => `<p style="${font}font-size:15px;line-height:1.5;margin:0 0 16px;${style}">${escapeHtml(text)}</p>`;

const small = `${font}font-size:13px;line-height:1.5;margin:0 0 10px;`;

const legalBlock = (block: LegalBlock): string => {
  switch (block.kind) {
    case 'paragraph':
      return `<p style="${small}">${escapeHtml(block.text)}</p>`;
    case 'list':
      return `<ul style="${small}padding-left:20px;">${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
    case 'table':
      return `<p style="${small}">${escapeHtml(block.caption)}</p><ul style="${small}padding-left:20px;">${block.rows.map((cells) => `<li>${cells.map(escapeHtml).join(' · ')}</li>`).join('')}</ul>`;
  }
};

/** A legal document at the foot of a confirmation (the terms, the withdrawal information), in small print but whole. */
const documentHtml = (document: LegalDocument) =>
  `<h2 style="${font}font-size:16px;margin:24px 0 8px;border-top:1px solid #d8d2c4;padding-top:20px;">${escapeHtml(document.title)}</h2>
<p style="${small}">${escapeHtml(document.summary)}</p>
${document.sections.map((section) => `<h3 style="${font}font-size:14px;margin:14px 0 6px;">${escapeHtml(section.heading)}</h3>${section.blocks.map(legalBlock).join('')}`).join('\n')}`;

const button = (label: string, href: string) =>
  `<p style="margin:0 0 24px;"><a href="${escapeHtml(href)}" style="${font}display:inline-block;background:#3a56d4;color:#ffffff;text-decoration:none;font-weight:bold;padding:10px 18px;border-radius:8px;">${escapeHtml(label)}</a></p>`;

export function renderHtml(content: MailContent): string {
  const { contract } = content;
  const rows = [
    ...content.lines.map((line) => amountRow(line)),
    amountRow(content.delivery),
    amountRow(content.total, true),
    `<tr><td colspan="2" align="right" style="${font}font-size:13px;color:#5b6670;padding:0 0 6px;">${escapeHtml(content.vat)}</td></tr>`,
    ...(content.refunded === null ? [] : [amountRow(content.refunded, true)]),
  ].join('');
  const address = content.address.lines.map(escapeHtml).join('<br>');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(content.lang)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:0;background:#f5f1e8;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f5f1e8;"><tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:12px;"><tr><td style="padding:28px;">
<h1 style="${font}font-size:22px;margin:0 0 20px;">${escapeHtml(content.subject)}</h1>
${paragraph(content.greeting)}
${paragraph(content.intro)}
${paragraph(content.orderNumber, 'font-weight:bold;')}
<h2 style="${font}font-size:16px;margin:0 0 4px;">${escapeHtml(content.itemsHeading)}</h2>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="margin:0 0 20px;">${rows}</table>
<h2 style="${font}font-size:16px;margin:0 0 4px;">${escapeHtml(content.address.heading)}</h2>
<p style="${font}font-size:15px;line-height:1.5;margin:0 0 20px;">${address}</p>
${contract === null ? '' : `${paragraph(contract.payment)}${paragraph(contract.withdrawal)}<p style="${font}font-size:15px;margin:0 0 20px;"><a href="${escapeHtml(contract.withdraw.href)}" style="color:#3a56d4;font-weight:bold;">${escapeHtml(contract.withdraw.label)}</a></p>`}
${button(content.link.label, content.link.href)}
${paragraph(content.signoff)}
${contract === null ? '' : contract.documents.map(documentHtml).join('\n')}
<p style="${font}font-size:13px;line-height:1.5;color:#5b6670;margin:16px 0 0;">${content.footer.map(escapeHtml).join('<br>')}</p>
</td></tr></table>
</td></tr></table>
</body>
</html>
`;
}
