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

export function renderHtml(content: MailContent): string {
  const rows = [
    ...content.lines.map((line) => amountRow(line)),
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
<p style="margin:0 0 24px;"><a href="${escapeHtml(content.link.href)}" style="${font}display:inline-block;background:#3a56d4;color:#ffffff;text-decoration:none;font-weight:bold;padding:10px 18px;border-radius:8px;">${escapeHtml(content.link.label)}</a></p>
${paragraph(content.signoff)}
${paragraph(content.footer, 'font-size:13px;color:#5b6670;margin:0;')}
</td></tr></table>
</td></tr></table>
</body>
</html>
`;
}
