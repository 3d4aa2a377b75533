import { hasAdminSession } from '@/lib/admin/session';
import { isFromShopPage } from '@/lib/checkout/same-origin';
import { getConnection } from '@/lib/db';
import { env } from '@/lib/env';
import { readCappedBody } from '@/lib/http/read-capped-body';
import { merchantText } from '@/lib/merchant-text';
import { exportPersonalData } from '@/lib/privacy/export-personal-data';
import { shopperEmail } from '@/lib/privacy/shopper-email';
import { errorMessage } from '@/lib/error-message';

// POST /admin/privacy/export — the Shopper data page's Export form (a plain HTML form: no JavaScript needed). Answers
// everything the shop holds about an e-mail address as a JSON file to save. A POST, not a GET: the address must not
// land in URLs, logs or history, and a link on another site must not be able to start an export; so the request must
// also come from the shop's own pages (lib/checkout/same-origin.ts), besides carrying the dashboard session.

export const dynamic = 'force-dynamic';

const text = merchantText.privacy;

/** The form holds one address (at most 254 characters) and React's nothing: anything much larger is not it. */
const MAX_FORM_BYTES = 4 * 1024;

const plain = (status: number, message: string) =>
  new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

export async function POST(request: Request): Promise<Response> {
  if (!(await hasAdminSession())) return plain(401, text.exportNotSignedIn);
  if (!isFromShopPage(request.headers, env.appUrl)) return plain(403, text.exportNotFromDashboard);

  const body = await readCappedBody(request, MAX_FORM_BYTES);
  if (body === null) return plain(413, text.exportTooLarge);
  const email = shopperEmail.safeParse(new URLSearchParams(body).get('email') ?? '');
  if (!email.success) return plain(400, text.invalidEmail);

  const now = new Date();
  let data;
  try {
    data = await exportPersonalData((await getConnection()).db, email.data, now);
  } catch (error) {
    console.error(`Exporting a shopper’s personal data failed: ${errorMessage(error)}`);
    return plain(503, text.exportFailed);
  }
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    status: 200,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="shopper-data-${now.toISOString().slice(0, 10)}.json"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
