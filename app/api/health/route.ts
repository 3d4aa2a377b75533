// The health check a load balancer, an orchestrator or an uptime monitor asks: 204 while the server answers requests.
// It touches no database and no Stripe (a database outage should not take every instance out of rotation at once);
// proxy.ts does not run here. The webhook benchmark POSTs to it as the cost of a request to Next.js alone.

export const dynamic = 'force-dynamic';

const noContent = () => new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });

export function GET(): Response {
  return noContent();
}

export function HEAD(): Response {
  return noContent();
}

export function POST(): Response {
  return noContent();
}
