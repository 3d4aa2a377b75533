import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mayReachInbox, startInboxGuard, type InboxGuard } from '@/scripts/inbox-guard';

// The inbox guard in front of MailDev's web server, here a stand-in that answers as MailDev does: every Origin
// reflected, with credentials, to whoever has the run's password.

const AUTHORIZATION = `Basic ${Buffer.from('shop:run-password').toString('base64')}`;

describe('the inbox guard', () => {
  let inbox: http.Server;
  let guard: InboxGuard;
  let port: number;

  beforeAll(async () => {
    inbox = http.createServer((request, response) => {
      if (request.headers.authorization !== AUTHORIZATION) return void response.writeHead(401).end();
      response.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': request.headers.origin ?? '*', 'Access-Control-Allow-Credentials': 'true' });
      response.end('[{"subject":"Order MP-1 confirmed"}]');
    });
    await new Promise<void>((resolve) => inbox.listen(0, '127.0.0.1', resolve));
    const probe = http.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    guard = await startInboxGuard(port, (inbox.address() as AddressInfo).port, AUTHORIZATION);
  });

  afterAll(async () => {
    await guard?.close();
    inbox?.closeAllConnections();
    await new Promise((resolve) => inbox?.close(resolve));
  });

  it('lets the inbox page and tools read the messages, without MailDev’s CORS headers', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/api/email`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('MP-1');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect((await fetch(`http://127.0.0.1:${port}/api/email`, { headers: { Origin: `http://127.0.0.1:${port}` } })).status).toBe(200);
  });

  it('keeps MailDev’s own port closed to anyone without the run’s password', async () => {
    expect((await fetch(`http://127.0.0.1:${(inbox.address() as AddressInfo).port}/api/email`)).status).toBe(401);
  });

  it('refuses a page of another site', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/api/email`, { headers: { Origin: 'http://evil.example' } });
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('MP-1');
  });

  it('refuses a request for another host name (DNS rebinding)', () => {
    expect(mayReachInbox({ host: `evil.example:${port}` }, port)).toBe(false);
    expect(mayReachInbox({ host: `localhost:${port}` }, port)).toBe(true);
    expect(mayReachInbox({ host: `127.0.0.1:${port}`, 'sec-fetch-site': 'cross-site' }, port)).toBe(false);
  });
});
