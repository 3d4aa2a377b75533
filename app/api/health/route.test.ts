import { describe, expect, it } from 'vitest';
import { GET, HEAD, POST } from '@/app/api/health/route';

describe('GET, HEAD and POST /api/health', () => {
  it('answers 204, uncached, with no body', async () => {
    for (const answer of [GET(), HEAD(), POST()]) {
      expect(answer.status).toBe(204);
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(await answer.text()).toBe('');
    }
  });
});
