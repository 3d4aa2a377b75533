import type { NodemailerError } from 'nodemailer';

// What the outbox keeps of a failed SMTP try (last_error, shown on the dashboard). Only codes: the server's reply text
// often repeats the recipient's address, and the outbox must hold no personal data beyond the order's own columns.

export type DeliveryFailure = {
  /** For last_error: the SMTP reply code and command, or the connection error's code. */
  error: string;
  /** The server refused the recipient for good (5xx to RCPT TO): trying again would get the same answer. */
  recipientRejected: boolean;
};

const isNodemailerError = (error: unknown): error is NodemailerError => error instanceof Error;

export function describeDeliveryFailure(error: unknown): DeliveryFailure {
  if (!isNodemailerError(error)) return { error: 'unknown error', recipientRejected: false };
  const { code, responseCode, command, permanent, originalCode, timeoutType } = error;
  if (responseCode !== undefined) {
    const at = command === undefined ? '' : ` in reply to ${command}`;
    return { error: `SMTP ${responseCode}${at}`, recipientRejected: permanent === true && command === 'RCPT TO' };
  }
  const cause = originalCode ?? timeoutType;
  return { error: `${code ?? error.name}${cause === undefined ? '' : ` (${cause})`}`, recipientRejected: false };
}
