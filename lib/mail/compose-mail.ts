import { mailContent, type AddressedOrder, type MailShop, type MailSubject } from '@/lib/mail/mail-content';
import { renderHtml } from '@/lib/mail/render-html';
import { renderText } from '@/lib/mail/render-text';

/** A message ready for the envelope: its subject and its two bodies, the same words in both. */
export type ComposedMail = { subject: string; text: string; html: string };

/** The message `subject` for `order`, in the order's language, from `shop` (its origin for links, its trader). */
export function composeMail(subject: MailSubject, order: AddressedOrder, shop: MailShop): ComposedMail {
  const content = mailContent(subject, order, shop);
  return { subject: content.subject, text: renderText(content), html: renderHtml(content) };
}
