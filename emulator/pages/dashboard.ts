import type Stripe from 'stripe';
import type { DeliveryAttempt } from '../webhooks/dispatcher';
import type { FaultConfig } from '../webhooks/faults';
import { escapeHtml, page } from './html';

export type DashboardView = {
  paymentIntents: Stripe.PaymentIntent[];
  events: Stripe.Event[];
  attempts: DeliveryAttempt[];
  /** The virtual clock: `now` in unix seconds, and how far it runs ahead of real time. */
  clock: { now: number; offsetSeconds: number };
  faults: FaultConfig;
};

/** Each table shows at most this many rows, newest first. */
const rowLimit = 100;

type Column = { label: string; numeric?: boolean };

function formatAmount(amount: number, currency: string): string {
  const format = new Intl.NumberFormat('en', { style: 'currency', currency: currency.toUpperCase() });
  const fractionDigits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amount / 10 ** fractionDigits);
}

function formatUnixTime(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, ' UTC');
}

function formatOffset(offsetSeconds: number): string {
  if (offsetSeconds === 0) return 'in step with real time';
  const total = Math.abs(offsetSeconds);
  const parts: Array<[number, string]> = [
    [Math.floor(total / 86_400), 'd'],
    [Math.floor((total % 86_400) / 3600), 'h'],
    [Math.floor((total % 3600) / 60), 'm'],
    [total % 60, 's'],
  ];
  const duration = parts.filter(([value]) => value > 0).map(([value, unit]) => `${value}${unit}`).join(' ');
  return `${duration} ${offsetSeconds > 0 ? 'ahead of' : 'behind'} real time`;
}

function formatFaults(faults: FaultConfig): string {
  const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
  const active = Object.entries(faults).filter(([, probability]) => probability > 0);
  if (active.length === 0) return 'off';
  return active.map(([name, probability]) => `${name} ${percent.format(probability)}`).join(', ');
}

function badge(text: string, tone: 'ok' | 'bad' | 'warn' | 'neutral'): string {
  return `<span class="badge ${tone}">${escapeHtml(text)}</span>`;
}

function paymentIntentTone(intent: Stripe.PaymentIntent): 'ok' | 'bad' | 'warn' | 'neutral' {
  if (intent.status === 'succeeded') return 'ok';
  if (intent.status === 'canceled' || intent.last_payment_error) return 'bad';
  if (intent.status === 'requires_action' || intent.status === 'requires_capture') return 'warn';
  return 'neutral';
}

function objectId(event: Stripe.Event): string {
  const object = event.data.object;
  return 'id' in object && typeof object.id === 'string' ? object.id : '';
}

/** Newest first (the input is oldest first, or ordered by `created`), at most rowLimit rows. */
function newestFirst<T>(items: T[], created?: (item: T) => number): T[] {
  const reversed = [...items].reverse();
  if (created) reversed.sort((a, b) => created(b) - created(a));
  return reversed.slice(0, rowLimit);
}

function table(title: string, columns: Column[], rows: string[][], total: number, empty: string): string {
  const heading = `<h2>${escapeHtml(title)} <span class="muted">(${total})</span></h2>`;
  if (rows.length === 0) return `<section>${heading}<p class="muted">${escapeHtml(empty)}</p></section>`;
  const cellClass = (column: Column | undefined) => (column?.numeric ? ' class="number"' : '');
  const head = columns.map((column) => `<th${cellClass(column)}>${escapeHtml(column.label)}</th>`).join('');
  const body = rows
    .map((cells) => `<tr>${cells.map((cell, index) => `<td${cellClass(columns[index])}>${cell}</td>`).join('')}</tr>`)
    .join('\n');
  const note = total > rows.length ? `<p class="muted">Showing the newest ${rows.length} of ${total}.</p>` : '';
  return `<section>${heading}<div class="table-scroll"><table><thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody></table></div>${note}</section>`;
}

const code = (text: string) => `<code>${escapeHtml(text)}</code>`;

function paymentIntentsTable(intents: Stripe.PaymentIntent[]): string {
  const rows = newestFirst(intents, (intent) => intent.created).map((intent) => [
    code(intent.id),
    escapeHtml(formatAmount(intent.amount, intent.currency)),
    badge(intent.status, paymentIntentTone(intent)),
    escapeHtml(intent.capture_method),
    escapeHtml(formatUnixTime(intent.created)),
  ]);
  const columns = [{ label: 'ID' }, { label: 'Amount', numeric: true }, { label: 'Status' }, { label: 'Capture' }, { label: 'Created' }];
  return table('Payment intents', columns, rows, intents.length, 'No payment intents yet.');
}

function eventsTable(events: Stripe.Event[]): string {
  const rows = newestFirst(events, (event) => event.created).map((event) => [
    code(event.id),
    escapeHtml(event.type),
    code(objectId(event)),
    escapeHtml(formatUnixTime(event.created)),
    escapeHtml(String(event.pending_webhooks)),
  ]);
  const columns = [{ label: 'ID' }, { label: 'Type' }, { label: 'Object' }, { label: 'Created' }, { label: 'Pending webhooks', numeric: true }];
  return table('Events', columns, rows, events.length, 'No events yet.');
}

function attemptsTable(attempts: DeliveryAttempt[]): string {
  const rows = newestFirst(attempts).map((attempt) => {
    const delivered = attempt.statusCode !== null && attempt.statusCode >= 200 && attempt.statusCode < 300;
    const result = attempt.statusCode === null ? (attempt.error ?? 'no answer') : String(attempt.statusCode);
    return [
      escapeHtml(attempt.at.replace('T', ' ').replace('Z', ' UTC')),
      `${code(attempt.eventId)} <span class="muted">${escapeHtml(attempt.eventType)}</span>`,
      `<code title="${escapeHtml(attempt.url)}">${escapeHtml(attempt.endpointId)}</code>`,
      escapeHtml(String(attempt.attempt)),
      badge(result, delivered ? 'ok' : 'bad'),
      escapeHtml(`${attempt.durationMs} ms`),
    ];
  });
  const columns = [
    { label: 'Time (real)' }, { label: 'Event' }, { label: 'Endpoint' }, { label: 'Attempt', numeric: true },
    { label: 'Result' }, { label: 'Duration', numeric: true },
  ];
  return table('Webhook deliveries', columns, rows, attempts.length, 'No deliveries yet.');
}

/** The emulator's test-mode dashboard (GET /_emulator): plain HTML, no JavaScript; reload to refresh. */
export function renderDashboard(view: DashboardView): string {
  const status = `<section>
<p><strong>Clock</strong> ${escapeHtml(formatUnixTime(view.clock.now))} <span class="muted">(${escapeHtml(formatOffset(view.clock.offsetSeconds))})</span></p>
<p><strong>Fault injection</strong> ${escapeHtml(formatFaults(view.faults))}</p>
</section>`;
  const body = [
    `<h1>Stripe emulator ${badge('Test mode', 'warn')}</h1>`,
    status,
    paymentIntentsTable(view.paymentIntents),
    eventsTable(view.events),
    attemptsTable(view.attempts),
    '<p class="muted">Reload the page to see new activity.</p>',
  ].join('\n');
  return page({ title: 'Stripe emulator dashboard', body });
}
