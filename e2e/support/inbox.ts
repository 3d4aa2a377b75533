// The shopper's inbox: MailDev's REST API (/api/email) of the MailDev the launcher started beside a shop.
import { expect } from '@playwright/test';
import { z } from 'zod';
import { mailDevPorts, SHOP_PORT } from './addresses';

const mail = z.object({
  id: z.string(),
  subject: z.string(),
  to: z.array(z.object({ address: z.string() })),
  text: z.string().optional(),
  html: z.string().optional(),
  headers: z.record(z.string(), z.unknown()),
});
export type InboxMail = z.infer<typeof mail>;

/** Every message MailDev holds for `address`. */
export async function mailTo(address: string, shopPort: number = SHOP_PORT): Promise<InboxMail[]> {
  const response = await fetch(`http://127.0.0.1:${mailDevPorts(shopPort).web}/api/email`);
  const all = z.array(mail).parse(await response.json());
  return all.filter((each) => each.to.some((to) => to.address.toLowerCase() === address.toLowerCase()));
}

/** Waits until `address` has `count` messages, then a little longer to be sure no more arrive. */
export async function expectMailTo(address: string, count: number, shopPort: number = SHOP_PORT): Promise<InboxMail[]> {
  await expect.poll(async () => (await mailTo(address, shopPort)).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(count);
  await new Promise((resolve) => setTimeout(resolve, 2500)); // the sender polls every second: a second copy would be here by now
  const messages = await mailTo(address, shopPort);
  expect(messages).toHaveLength(count);
  return messages;
}

/** A fresh address per test, so parallel tests and reruns never read each other's mail. */
export const freshAddress = (name: string, domain: string) => `${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@${domain}`;
