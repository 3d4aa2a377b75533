/** Stripe's event payloads are a few kilobytes; anything past this is not a Stripe event. */
export const MAX_WEBHOOK_BODY_BYTES = 64 * 1024;

/**
 * The request body as text, or null when it is larger than `maxBytes`: refused from its Content-Length before reading,
 * or, without one, as soon as the bytes read pass the cap, so an endless body is never held in memory.
 */
export async function readCappedBody(request: Request, maxBytes: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) return null;
  if (request.body === null) return '';
  // A declared length within the cap is all the HTTP server lets through: read it in one go.
  if (Number.isInteger(declared) && declared >= 0) return request.text();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
