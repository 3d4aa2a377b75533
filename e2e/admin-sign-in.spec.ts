// Who may use the dashboard: the session is checked on the server for every page and every action.
import { expect, test } from '@playwright/test';
import { newSessionId, sessionKey, signSession, verifySession } from '../lib/admin/session-token';
import { ADMIN_PASSWORD, ADMIN_SHOP_URL } from './support/admin-addresses';
import { adminShopOrder, authorizedOrder, openOrder, signIn, statusOf } from './support/admin';

const unixNow = () => Math.floor(Date.now() / 1000);
const sessionCookie = (value: string) => ({ name: 'admin_session', value, url: `${ADMIN_SHOP_URL}/admin` });

test('an anonymous visit to /admin lands on the sign-in page', async ({ page }) => {
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  await expect(page.getByRole('heading', { name: 'Sign in to the dashboard' })).toBeVisible();
  await page.goto('/admin/orders/00000000-0000-4000-8000-000000000000');
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
});

test('a wrong password fails and the right one opens the dashboard; sign out closes it', async ({ page, context }) => {
  await signIn(page, 'not the password');
  await expect(page.getByText('That password is not right.')).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/sign-in$/);

  await signIn(page, ADMIN_PASSWORD);
  await expect(page.getByRole('heading', { name: 'Orders' })).toBeVisible();
  const cookie = (await context.cookies()).find((item) => item.name === 'admin_session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/admin' });
  expect(cookie?.expires).toBeGreaterThan(unixNow());

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
});

test('a forged session cookie is refused', async ({ page, context }) => {
  await context.addCookies([sessionCookie(`v1.${unixNow() + 3600}.${'A'.repeat(43)}`)]);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
});

test('an expired session cookie is refused, though its signature is good', async ({ page, context }) => {
  const key = sessionKey({ password: ADMIN_PASSWORD, sessionSecret: null });
  if (key === null) throw new Error('no key');
  await context.addCookies([sessionCookie(signSession(key, newSessionId(), unixNow() - 60))]);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  // A real session's id, re-signed with a past expiry, is refused; the same id with its own expiry is accepted, so the
  // test key is the shop's key.
  await signIn(page);
  const real = (await context.cookies()).find((item) => item.name === 'admin_session')?.value;
  const id = verifySession(key, real, unixNow());
  if (real === undefined || id === null) throw new Error('no session cookie after signing in');
  await context.addCookies([sessionCookie(signSession(key, id, unixNow() - 60))]);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  await context.addCookies([sessionCookie(real)]);
  await page.goto('/admin');
  await expect(page.getByRole('heading', { name: 'Orders' })).toBeVisible();
});

test('a well-signed cookie for a session the shop never started is refused', async ({ page, context }) => {
  const key = sessionKey({ password: ADMIN_PASSWORD, sessionSecret: null });
  if (key === null) throw new Error('no key');
  await context.addCookies([sessionCookie(signSession(key, newSessionId(), unixNow() + 600))]);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
});

test('signing out ends the session on the server: a copy of its cookie stops working', async ({ page, context }) => {
  await signIn(page);
  await expect(page.getByRole('heading', { name: 'Orders' })).toBeVisible();
  const copied = (await context.cookies()).find((item) => item.name === 'admin_session')?.value;
  if (copied === undefined) throw new Error('no session cookie after signing in');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  await context.addCookies([sessionCookie(copied)]);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
});

test('an admin action posted without a session changes nothing', async ({ page, context }) => {
  const { number, intentId } = await authorizedOrder(page, 'wool-socks');
  await signIn(page);
  await openOrder(page, number);
  await context.clearCookies({ name: 'admin_session' });
  await page.getByRole('button', { name: /^Capture/ }).click();
  await expect(page.getByText('Your session has ended, so nothing was changed. Sign in again.')).toBeVisible();
  await expect(statusOf(page)).toContainText('Authorized');
  expect(await adminShopOrder(intentId)).toMatchObject({ status: 'authorized' });
});

test('too many sign-in attempts make that address wait, never the merchant at another', async ({ browser }) => {
  const from = (address: string) => browser.newContext({ baseURL: ADMIN_SHOP_URL, extraHTTPHeaders: { 'X-Forwarded-For': address } });
  const attacker = await (await from('203.0.113.66')).newPage();
  for (let i = 0; i < 10; i += 1) {
    await signIn(attacker, `not the password ${i}`);
    await expect(attacker.getByText('That password is not right.')).toBeVisible();
  }
  // Even the right password waits now, from that address.
  await attacker.goto('/admin/sign-in');
  await attacker.getByLabel('Password').fill(ADMIN_PASSWORD);
  await attacker.getByRole('button', { name: 'Sign in' }).click();
  await expect(attacker.getByText(/^Too many wrong passwords\. Wait \d+ seconds before you try again\.$/)).toBeVisible();

  const merchant = await (await from('198.51.100.20')).newPage();
  await signIn(merchant, ADMIN_PASSWORD);
  await expect(merchant.getByRole('heading', { name: 'Orders' })).toBeVisible();
});
