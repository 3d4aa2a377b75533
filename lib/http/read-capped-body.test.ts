import { describe, expect, it } from 'vitest';
import { readCappedBody } from '@/lib/http/read-capped-body';

/** A request whose body arrives in chunks with no Content-Length, counting how many chunks were pulled. */
function streamedRequest(chunks: number, chunkBytes: number): { request: Request; pulled: () => number } {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled += 1;
      controller.enqueue(new Uint8Array(chunkBytes).fill(120));
    },
  });
  return { request: new Request('http://shop.test/', { method: 'POST', body, duplex: 'half' } as RequestInit), pulled: () => pulled };
}

describe('readCappedBody', () => {
  it('returns the body as sent when it is within the cap', async () => {
    const request = new Request('http://shop.test/', { method: 'POST', body: '{"id":"evt_1"}' });
    expect(await readCappedBody(request, 64)).toBe('{"id":"evt_1"}');
  });

  it('refuses a body whose Content-Length is over the cap without reading it', async () => {
    const { request, pulled } = streamedRequest(1000, 1024);
    const declared = new Request(request, { headers: { 'content-length': String(1024 * 1024) } });
    expect(await readCappedBody(declared, 64 * 1024)).toBeNull();
    expect(pulled()).toBeLessThanOrEqual(1);
  });

  it('stops reading a streamed body as soon as it passes the cap', async () => {
    const { request, pulled } = streamedRequest(1000, 1024);
    expect(await readCappedBody(request, 64 * 1024)).toBeNull();
    expect(pulled()).toBeLessThan(80);
  });
});
