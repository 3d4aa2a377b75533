import type Stripe from 'stripe';
import { newId } from '../ids';

/** The event types the emulator emits, in the order Stripe sends them for a MobilePay payment. */
export type EmittedType = Extract<
  Stripe.Event.Type,
  | 'payment_intent.created'
  | 'payment_intent.requires_action'
  | 'payment_intent.processing'
  | 'charge.succeeded'
  | 'payment_intent.succeeded'
  | 'payment_intent.amount_capturable_updated'
  | 'charge.captured'
  | 'charge.expired'
  | 'payment_intent.canceled'
  | 'payment_intent.payment_failed'
  | 'charge.refunded'
  | 'refund.created'
  | 'refund.updated'
  | 'refund.failed'
  | 'charge.dispute.created'
  | 'charge.dispute.closed'
  | 'checkout.session.completed'
  | 'checkout.session.expired'
>;

export type EventOf<T extends EmittedType> = Extract<Stripe.Event, { type: T }>;
export type ObjectOf<T extends EmittedType> = EventOf<T>['data']['object'];
export type EventRequest = Stripe.Event.Request;

export type NewEvent<T extends EmittedType> = {
  type: T;
  object: ObjectOf<T>;
  previousAttributes?: Partial<ObjectOf<T>>;
  request: EventRequest;
  created: number;
  apiVersion: string;
};

export function newEvent<T extends EmittedType>(input: NewEvent<T>): EventOf<T> {
  const event: Stripe.EventBase = {
    id: newId('evt'),
    object: 'event',
    api_version: input.apiVersion,
    created: input.created,
    data: {
      // A snapshot: the object as it was when the event happened, not as it is when someone reads the event.
      object: structuredClone(input.object),
      ...(input.previousAttributes ? { previous_attributes: structuredClone(input.previousAttributes) } : {}),
    },
    livemode: false,
    pending_webhooks: 0,
    request: input.request,
    type: input.type,
  };
  // The union member is chosen by `type`; TypeScript cannot narrow a generic union from a built literal.
  return event as EventOf<T>;
}
