import { z } from 'zod';

// The sender address (MAIL_FROM): `Lille Butik <orders@lille-butik.example>` or a bare `orders@lille-butik.example`.
// Its domain also names every message (Message-ID `<outbox row id@domain>`), so it is parsed once, at start.

export type MailFrom = {
  /** The display name; nodemailer quotes and encodes it in the From header. */
  name: string | null;
  address: string;
  domain: string;
};

/** The sender of an emulator-mode shop that names none: a reserved domain (.example) that reaches nobody. */
export const EMULATOR_MAIL_FROM = 'Lille Butik <orders@lille-butik.example>';

const form = /^(?:(?<name>[^<>"\r\n]*?)\s*<(?<angle>[^<>\s]+)>|(?<bare>[^<>\s]+))$/;
const email = z.email();

/** Null when the value is not one address, optionally with a display name. */
export function parseMailFrom(value: string): MailFrom | null {
  const match = form.exec(value.trim());
  const address = match?.groups?.angle ?? match?.groups?.bare;
  if (address === undefined || !email.safeParse(address).success) return null;
  const name = match?.groups?.name?.trim() ?? '';
  return { name: name === '' ? null : name, address, domain: address.slice(address.lastIndexOf('@') + 1) };
}
