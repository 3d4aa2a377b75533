// Who may use the dashboard: the session is checked on the server for every page and every action.
import { expect, test } from '@playwright/test';
import { sessionKey, signSession } from '../lib/admin/session-token';
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
  await context.addCookies([sessionCookie(signSession(key, unixNow() - 60))]);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  // The same signature with a fresh expiry is what the shop would accept: the test key is the shop's key.
  await context.addCookies([sessionCookie(signSession(key, unixNow() + 600))]);
  await page.goto('/admin');
  await expect(page.getByRole('heading', { name: 'Orders' })).toBeVisible();
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
