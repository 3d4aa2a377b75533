// Records each event as it happens and hands it to the webhook dispatcher for every endpoint that wants it.
import type Stripe from 'stripe';
import type { VirtualClock } from './clock';
import { newEvent, type EmittedType, type EventRequest, type ObjectOf } from './objects/event';
import type { EmulatorState } from './state';
import { LATEST_API_VERSION } from './versions';
import type { DeliveryTarget, WebhookDispatcher } from './webhooks/dispatcher';

export const noRequest: EventRequest = { id: null, idempotency_key: null };

export class EventLog {
  constructor(
    private readonly state: EmulatorState,
    private readonly clock: VirtualClock,
    private readonly dispatcher: WebhookDispatcher,
  ) {}

  emit<T extends EmittedType>(
    type: T,
    object: ObjectOf<T>,
    request: EventRequest,
    previousAttributes?: Partial<ObjectOf<T>>,
  ): void {
    const event: Stripe.Event = newEvent({ type, object, request, previousAttributes, created: this.clock.now(), apiVersion: LATEST_API_VERSION });
    this.state.events.set(event.id, event);
    // The dispatcher reports the deliveries it starts through updatePending, before it serializes the event.
    this.dispatcher.dispatch(event, this.targets());
  }

  /** Keeps `pending_webhooks` true as deliveries finish. */
  updatePending(eventId: string, pending: number): void {
    const event = this.state.events.get(eventId);
    if (event) event.pending_webhooks = pending;
  }

  private targets(): DeliveryTarget[] {
    return [...this.state.endpoints.values()].map(({ endpoint, secret }) => ({
      id: endpoint.id,
      url: endpoint.url,
      secret,
      enabledEvents: endpoint.enabled_events,
      status: endpoint.status === 'disabled' ? 'disabled' : 'enabled',
      apiVersion: endpoint.api_version,
    }));
  }
}

