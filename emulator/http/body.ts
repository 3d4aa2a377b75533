// The one body reader: every request body the emulator reads (API, control routes, test page) goes through it, with
// a size cap. A body announced or found to be larger is refused without being read to the end.
import type { IncomingMessage } from 'node:http';

/** Stripe's API takes bodies of up to a megabyte; the control routes and the test page need far less. */
export const API_BODY_LIMIT = 1024 * 1024;
export const FORM_BODY_LIMIT = 16 * 1024;

export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`Request body too large: the limit is ${limit} bytes.`);
  }
}

export async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const announced = Number(request.headers['content-length'] ?? 0);
  if (announced > limit) throw new BodyTooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limit) throw new BodyTooLarge(limit);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
