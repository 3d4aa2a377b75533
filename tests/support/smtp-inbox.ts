import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

// A real SMTP server for the sender's tests (smtp-server, what MailDev is built on), on a free port of 127.0.0.1, that
// keeps what it accepts and can be told to refuse: the next N messages with a 451 (try again later), or every
// recipient with a 550 (no such mailbox).

export type ReceivedMail = { recipients: string[]; messageId: string | undefined; subject: string | undefined; to: string | undefined; raw: string };

export type SmtpInbox = {
  url: string;
  received: ReceivedMail[];
  /** The next `count` messages get 451 after their DATA. */
  failNext: (count: number) => void;
  /** Every recipient gets 550 until this is called with false. */
  rejectRecipients: (reject: boolean) => void;
  /** Waits until `count` messages have arrived, or throws after `timeoutMs`. */
  waitFor: (count: number, timeoutMs?: number) => Promise<void>;
  close: () => Promise<void>;
};

/** One header of a raw message, unfolded; none of the tests' headers are MIME-encoded (ASCII subjects). */
function header(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? '';
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const line = unfolded.split(/\r?\n/).find((each) => each.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}

const smtpError = (message: string, responseCode: number) => Object.assign(new Error(message), { responseCode });

/** `port` 0 takes a free one; a port given again brings a closed inbox back where its senders expect it. */
export async function startSmtpInbox(port = 0): Promise<SmtpInbox> {
  const received: ReceivedMail[] = [];
  let failures = 0;
  let rejecting = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo: (_address, _session, callback) => callback(rejecting ? smtpError('No such mailbox', 550) : null),
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (failures > 0) {
          failures -= 1;
          callback(smtpError('Try again later', 451));
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        const recipients = session.envelope.rcptTo.map((rcpt) => rcpt.address);
        received.push({ recipients, raw, messageId: header(raw, 'Message-ID'), subject: header(raw, 'Subject'), to: header(raw, 'To') });
        callback(null);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const listening = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${listening}`,
    received,
    failNext: (count) => {
      failures = count;
    },
    rejectRecipients: (reject) => {
      rejecting = reject;
    },
    waitFor: async (count, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} messages, got ${received.length}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
