import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Connection } from '@/lib/db/connect';
import { merchantText } from '@/lib/merchant-text';
import type { PersonalDataExport } from '@/lib/privacy/export-personal-data';
import { openScratchDatabase, type TestDatabase } from '@/tests/support/databases';
import { distinctiveShopper, paidOrderOf } from '@/tests/support/shopper-orders';

// POST /admin/privacy/export: the dashboard's Export form, answered as a JSON file, only to a signed-in merchant on the
// shop's own page.

const state = vi.hoisted(() => ({ signedIn: true, connection: null as Connection | null }));
vi.mock('@/lib/admin/session', () => ({ hasAdminSession: async () => state.signedIn }));
vi.mock('@/lib/db', () => ({
  getConnection: async () => {
    if (state.connection === null) throw new Error('no test database');
    return state.connection;
  },
}));

const { POST } = await import('@/app/admin/privacy/export/route');

const text = merchantText.privacy;
const shopOrigin = 'http://localhost:3000';

function exportPost(email: string, headers: Record<string, string> = { 'sec-fetch-site': 'same-origin', origin: shopOrigin }): Request {
  return new Request(`${shopOrigin}/admin/privacy/export`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', host: 'localhost:3000', ...headers },
    body: new URLSearchParams({ email }).toString(),
  });
}

describe('POST /admin/privacy/export', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openScratchDatabase({ kind: 'sqlite' });
    state.connection = database;
  });
  afterAll(async () => {
    await database.close();
  });
  beforeEach(() => {
    state.signedIn = true;
  });

  const exportsRecorded = async () => (await database.db.selectFrom('privacy_requests').select('id').where('kind', '=', 'export').execute()).length;

  it("answers the shopper's data as a JSON file to download, never cached", async () => {
    const shopper = distinctiveShopper();
    const order = await paidOrderOf(database.db, shopper);
    const answer = await POST(exportPost(shopper.email.toUpperCase()));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(answer.headers.get('content-disposition')).toMatch(/^attachment; filename="shopper-data-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const data = (await answer.json()) as PersonalDataExport;
    expect(data.orders.map((each) => each.number)).toEqual([order.number]);
    expect(data.orders[0]?.name).toBe(shopper.name);
  });

  it('refuses a request without a dashboard session with 401, exporting nothing', async () => {
    state.signedIn = false;
    const before = await exportsRecorded();
    const answer = await POST(exportPost(distinctiveShopper().email));
    expect(answer.status).toBe(401);
    expect(await answer.text()).toBe(text.exportNotSignedIn);
    expect(await exportsRecorded()).toBe(before);
  });

  it('refuses a request from another site with 403, exporting nothing', async () => {
    const before = await exportsRecorded();
    const fromElsewhere: Record<string, string>[] = [{ 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }, { origin: 'https://evil.example' }, {}];
    for (const headers of fromElsewhere) {
      const answer = await POST(exportPost(distinctiveShopper().email, headers));
      expect(answer.status).toBe(403);
      expect(await answer.text()).toBe(text.exportNotFromDashboard);
    }
    expect(await exportsRecorded()).toBe(before);
  });

  it('refuses something that is not an e-mail address with 400, saying what to enter', async () => {
    const answer = await POST(exportPost('not an address'));
    expect(answer.status).toBe(400);
    expect(await answer.text()).toBe(text.invalidEmail);
  });
});
