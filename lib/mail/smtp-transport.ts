import nodemailer from 'nodemailer';
import type { ComposedMail } from '@/lib/mail/compose-mail';
import type { MailFrom } from '@/lib/mail/mail-from';

// The SMTP connection the sender hands messages to (nodemailer, pooled). The timeouts keep one try well inside the
// sender's lease (lib/mail/outbox-sender.ts), so a hung server costs a retry, not a second copy.

export type OutgoingMail = ComposedMail & { to: string; messageId: string };

export type MailTransport = {
  /** Resolves once the SMTP server has accepted the message; rejects with nodemailer's error otherwise. */
  send: (mail: OutgoingMail) => Promise<void>;
  close: () => void;
};

export const SMTP_TIMEOUTS_MS = { connection: 10_000, greeting: 10_000, socket: 30_000 } as const;

/** `url`: smtp://host:port (STARTTLS when the server offers it) or smtps://user:pass@host:465. */
export function smtpTransport(url: string, from: MailFrom, options: { maxConnections?: number } = {}): MailTransport {
  const transporter = nodemailer.createTransport({
    url,
    pool: true,
    maxConnections: options.maxConnections ?? 5,
    connectionTimeout: SMTP_TIMEOUTS_MS.connection,
    greetingTimeout: SMTP_TIMEOUTS_MS.greeting,
    socketTimeout: SMTP_TIMEOUTS_MS.socket,
  });
  const sender = from.name === null ? from.address : { name: from.name, address: from.address };
  return {
    send: async (mail) => {
      await transporter.sendMail({ from: sender, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, messageId: mail.messageId });
    },
    close: () => transporter.close(),
  };
}

/** The stable Message-ID of an outbox row: a message sent twice (at-least-once) is recognisable as one. */
export const messageIdOf = (outboxId: string, from: MailFrom) => `<${outboxId}@${from.domain}>`;
