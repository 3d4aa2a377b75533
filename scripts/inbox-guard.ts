// MailDev's inbox answers any web page's requests: its API reflects every Origin with credentials allowed, so a site
// open in the developer's browser could read (or delete) the messages the shop sent. The launcher therefore puts
// MailDev's web server on a private port, behind a password made for the run, and this guard on the inbox's address:
// it answers only requests for its own host names (no DNS rebinding), refuses any request a page of another origin
// makes, and passes the rest through with the password, websocket upgrades (the inbox's live updates) included, with
// MailDev's CORS headers taken off. A page that finds the private port gets nothing without the password.
import http from 'node:http';
import net from 'node:net';

export type InboxGuard = { close: () => Promise<void> };

const loopbackNames = ['127.0.0.1', 'localhost', '[::1]'];

/** Whether a request may reach the inbox: for one of its own names, and not sent by a page of another origin. */
export function mayReachInbox(headers: http.IncomingHttpHeaders, port: number): boolean {
  const own = loopbackNames.map((name) => `${name}:${port}`);
  if (!own.includes(headers.host ?? '')) return false;
  const origin = headers.origin;
  if (origin !== undefined && !own.some((host) => origin === `http://${host}`)) return false;
  return headers['sec-fetch-site'] !== 'cross-site';
}

const withoutCors = (headers: http.IncomingHttpHeaders) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !name.startsWith('access-control-')));

/** `authorization`: the Authorization header MailDev's web server wants (Basic, with the run's password). */
export async function startInboxGuard(port: number, maildevPort: number, authorization: string): Promise<InboxGuard> {
  const server = http.createServer((request, response) => {
    if (!mayReachInbox(request.headers, port)) {
      response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('The inbox answers only its own pages.\n');
      return;
    }
    const headers = { ...request.headers, authorization };
    const upstream = http.request({ host: '127.0.0.1', port: maildevPort, method: request.method, path: request.url, headers }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, withoutCors(answer.headers));
      answer.pipe(response);
    });
    upstream.on('error', () => response.writeHead(502).end());
    request.pipe(upstream);
  });
  server.on('upgrade', (request: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    if (!mayReachInbox(request.headers, port)) return void socket.destroy();
    const upstream = net.connect(maildevPort, '127.0.0.1', () => {
      const lines = [`${request.method ?? 'GET'} ${request.url ?? '/'} HTTP/1.1`];
      for (let i = 0; i < request.rawHeaders.length; i += 2) {
        if (request.rawHeaders[i]?.toLowerCase() !== 'authorization') lines.push(`${request.rawHeaders[i]}: ${request.rawHeaders[i + 1]}`);
      }
      lines.push(`Authorization: ${authorization}`);
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      upstream.write(head);
      socket.pipe(upstream).pipe(socket);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
