import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import type { DeliveryAttempt } from '../webhooks/dispatcher';
import { noFaults } from '../webhooks/faults';
import { renderDashboard, type DashboardView } from './dashboard';

type IntentFields = Pick<Stripe.PaymentIntent, 'id' | 'amount' | 'currency' | 'status' | 'capture_method' | 'created'>;

/** Only the fields the dashboard reads; the rest of a PaymentIntent is irrelevant here. */
function intent(fields: IntentFields): Stripe.PaymentIntent {
  return { object: 'payment_intent', last_payment_error: null, ...fields } as Stripe.PaymentIntent;
}

function event(id: string, type: string, objectId: string, created: number): Stripe.Event {
  return Stripe.webhooks.constructEventWithoutVerification(
    JSON.stringify({ id, object: 'event', type, created, pending_webhooks: 1, data: { object: { id: objectId } } }),
  );
}

function attempt(fields: Partial<DeliveryAttempt>): DeliveryAttempt {
  return {
    eventId: 'evt_1', eventType: 'payment_intent.succeeded', endpointId: 'we_1', url: 'http://127.0.0.1:3000/api/webhooks/stripe',
    attempt: 1, statusCode: 200, error: null, at: '2026-11-02T10:00:01.250Z', durationMs: 12, ...fields,
  };
}

const created = Date.UTC(2026, 10, 2, 10, 0, 0) / 1000;

function view(overrides: Partial<DashboardView> = {}): DashboardView {
  return {
    paymentIntents: [],
    events: [],
    attempts: [],
    clock: { now: created, offsetSeconds: 0 },
    faults: noFaults,
    ...overrides,
  };
}

describe('renderDashboard', () => {
  it('lists payment intents with amounts formatted for their currency', () => {
    const html = renderDashboard(view({
      paymentIntents: [
        intent({ id: 'pi_dkk', amount: 109900, currency: 'dkk', status: 'succeeded', capture_method: 'automatic', created }),
        intent({ id: 'pi_eur', amount: 1099, currency: 'eur', status: 'requires_capture', capture_method: 'manual', created }),
      ],
    }));
    expect(html).toContain('<code>pi_dkk</code>');
    expect(html).toContain('DKK\u00a01,099.00');
    expect(html).toContain('€10.99');
    expect(html).toContain('requires_capture');
    expect(html).toContain('manual');
    expect(html).toContain('2026-11-02 10:00:00 UTC');
  });

  it('lists events with their type and the id of their object', () => {
    const html = renderDashboard(view({ events: [event('evt_abc', 'payment_intent.created', 'pi_xyz', created)] }));
    expect(html).toContain('<code>evt_abc</code>');
    expect(html).toContain('payment_intent.created');
    expect(html).toContain('<code>pi_xyz</code>');
  });

  it('lists delivery attempts with their status code or error', () => {
    const html = renderDashboard(view({
      attempts: [
        attempt({ eventId: 'evt_ok', statusCode: 204 }),
        attempt({ eventId: 'evt_lost', attempt: 2, statusCode: null, error: 'dropped by fault injection' }),
      ],
    }));
    expect(html).toContain('<code>evt_ok</code>');
    expect(html).toContain('<span class="badge ok">204</span>');
    expect(html).toContain('<span class="badge bad">dropped by fault injection</span>');
    expect(html).toContain('<code title="http://127.0.0.1:3000/api/webhooks/stripe">we_1</code>');
    expect(html).toContain('2026-11-02 10:00:01.250 UTC');
  });

  it('shows the newest rows first', () => {
    const html = renderDashboard(view({
      events: [event('evt_old', 'payment_intent.created', 'pi_1', created), event('evt_new', 'payment_intent.succeeded', 'pi_1', created + 60)],
      attempts: [attempt({ eventId: 'evt_sent_first' }), attempt({ eventId: 'evt_sent_last' })],
    }));
    expect(html.indexOf('evt_new')).toBeLessThan(html.indexOf('evt_old'));
    expect(html.indexOf('evt_sent_last')).toBeLessThan(html.indexOf('evt_sent_first'));
  });

  it('shows at most 100 rows per table and says how many there are', () => {
    const attempts = Array.from({ length: 150 }, (_, n) => attempt({ eventId: `evt_${n}` }));
    const html = renderDashboard(view({ attempts }));
    expect(html.match(/<tr>/g)).toHaveLength(101);
    expect(html).toContain('Showing the newest 100 of 150.');
  });

  it('shows the virtual clock and how far it runs ahead of real time', () => {
    const html = renderDashboard(view({ clock: { now: created, offsetSeconds: 7 * 86_400 + 3600 + 5 } }));
    expect(html).toContain('2026-11-02 10:00:00 UTC');
    expect(html).toContain('7d 1h 5s ahead of real time');
  });

  it('shows which faults are injected, or that none are', () => {
    expect(renderDashboard(view())).toMatch(/Fault injection<\/strong> off/);
    expect(renderDashboard(view({ faults: { duplicate: 0.2, reorder: 0, drop: 0.125 } }))).toContain('duplicate 20%, drop 12.5%');
  });

  it('says so when there is nothing to list', () => {
    const html = renderDashboard(view());
    expect(html).toContain('No payment intents yet.');
    expect(html).toContain('No events yet.');
    expect(html).toContain('No deliveries yet.');
  });

  it('escapes every value it shows', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const html = renderDashboard(view({
      paymentIntents: [intent({ id: hostile, amount: 1099, currency: 'eur', status: 'succeeded', capture_method: 'automatic', created })],
      events: [event(`evt_${hostile}`, 'payment_intent.created', `pi_${hostile}`, created)],
      attempts: [attempt({ eventId: hostile, url: `http://x/"${hostile}`, statusCode: null, error: hostile })],
    }));
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('is a complete page that needs no JavaScript', () => {
    const html = renderDashboard(view());
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<title>Stripe emulator dashboard</title>');
    expect(html).not.toContain('<script');
  });
});
