import type { Generated, Selectable } from 'kysely';
import type { Currency } from '@/lib/money';
import type { Country, Locale } from '@/lib/i18n/locales';
import type { DisputeStatus } from '@/lib/orders/dispute';
import type { DeliveryStatus, MessageKind } from '@/lib/orders/message-kinds';
import type { RefundStatus } from '@/lib/orders/refund-status';
import type { OrderStatus } from '@/lib/orders/status';

// The tables as Kysely sees them. Money is integer minor units; times are ISO-8601 strings (UTC) except the
// Stripe-side times, which are Unix seconds as Stripe sends them.

export interface OrdersTable {
  id: string; // uuid; also the root of every idempotency key for this order
  number: string; // shown to the shopper, e.g. "MP-7KQ2-9XDA"
  status: OrderStatus;
  currency: Currency;
  amount: number;
  payment_intent_id: string | null;
  payment_attempts: number; // confirmations sent to Stripe so far
  status_observed_at: number; // Unix seconds of the Stripe state the status reflects
  failure_code: string | null;
  failure_message: string | null;
  created_at: string;
  updated_at: string;
  charge_id: string | null; // the charge that authorized the payment (ch_…)
  amount_refunded: Generated<number>; // the sum of the refunds table's live refunds, kept in step with it
  dispute_id: string | null;
  dispute_status: DisputeStatus | null;
  dispute_amount: number | null;
  dispute_reason: string | null;
  dispute_observed_at: number | null; // Unix seconds of the Stripe state the dispute columns reflect
  checkout_token_hash: string | null; // client-confirm path: SHA-256 of the shopper's checkout cookie token
  livemode: Generated<number>; // 1 when the order was created against live Stripe, else 0 (SQLite has no booleans)
  review_reason: string | null; // why the order needs the merchant's review (status needs_review), in words
  locale: Locale; // the market and language the shopper bought in: the language of the order's messages
  customer_email: string | null; // null only on orders from before checkout asked for it (migration 008)
  customer_name: string | null;
  shipping_street: string | null;
  shipping_postal_code: string | null;
  shipping_city: string | null;
  shipping_country: Country | null; // the market's country: dk or fi
  shipped_at: string | null;
  client_secret_hash: string | null; // SHA-256 of the PaymentIntent's client secret: the complete page's proof of the shopper
  withdrawn_at: Generated<string | null>; // when the shopper's withdrawal (the withdrawal function) was received
  withdrawal_name: Generated<string | null>; // the name the shopper gave when withdrawing (personal data: erased with the rest)
  personal_data_erased_at: Generated<string | null>; // when name, e-mail and address were erased (request or retention)
  stock_hold: Generated<StockHold | null>; // the order's hold on its lines' stock (lib/stock/); null before stock existed
  hold_until: Generated<number | null>; // Unix seconds: a held hold is released then if no payment came
  authorized_at: Generated<number | null>; // Unix seconds: when Stripe reported the authorization (it lapses 7 days later)
  reconcile_at: Generated<number | null>; // Unix seconds: an open payment no webhook has settled by then is asked of Stripe
  checkout_session_id: Generated<string | null>; // CHECKOUT_CONFIRM=checkout: the Checkout Session (cs_…) it is paid through
}

/** An order that polling Stripe brought up to date (lib/stripe/reconcile.ts): from what, to what, when. */
export interface ReconciliationsTable {
  id: string;
  order_id: string;
  status_before: OrderStatus;
  status_after: OrderStatus;
  created_at: string;
}

/** A notice mailed to the merchant, by its key (the kind and the day), so it goes once. */
export interface MerchantNoticesTable {
  key: string;
  created_at: string;
}

/**
 * held: a payment may still succeed. committed: paid or authorized, the goods left on hand. released: given back.
 * oversold: paid after its hold was released, and the goods were gone meanwhile: nothing taken, the merchant decides.
 * returned: committed, then the merchant returned the goods to stock with a cancel or a refund.
 */
export type StockHold = 'held' | 'committed' | 'released' | 'oversold' | 'returned';

/** One product's stock, shared by every market. Available is on_hand − held, never below zero. */
export interface StockTable {
  product_id: string;
  on_hand: number;
  held: Generated<number>;
  updated_at: string;
}

/** A change of on hand: who (the merchant, or an order's refund or cancel), why, when, from what to what. */
export interface StockChangesTable {
  id: string;
  product_id: string;
  changed_by: 'merchant' | 'order';
  reason: string;
  order_id: string | null;
  on_hand_before: number;
  on_hand_after: number;
  created_at: string;
}

export interface RefundsTable {
  id: string; // Stripe's refund id (re_…)
  order_id: string;
  charge_id: string | null;
  amount: number;
  status: RefundStatus;
  reason: string | null;
  failure_reason: string | null;
  created: number; // Unix seconds, from Stripe
  observed_at: number; // Unix seconds of the Stripe state the row reflects
  updated_at: string;
}

export interface OrderLinesTable {
  order_id: string;
  position: number;
  product_id: string;
  product_name: string;
  unit_amount: number;
  quantity: number;
}

export interface StripeEventsTable {
  event_id: string;
  type: string;
  order_id: string | null;
  payment_intent_id: string | null;
  event_created: number; // Unix seconds, from the event
  received_at: string;
  object_id: Generated<string | null>; // the event's data.object id (pi_…, ch_…, re_…, dp_…)
}

export interface OutboxTable {
  id: string; // also the Message-ID's local part, so a message sent twice is recognisable as one
  order_id: string;
  kind: MessageKind;
  refund_id: string | null; // refund notices: the refund (re_…) they tell of
  message_key: string; // unique: one message per order and kind, one per refund (lib/orders/message-kinds.ts)
  status: Generated<DeliveryStatus>;
  attempts: Generated<number>; // SMTP tries so far
  next_attempt_at: Generated<number>; // Unix seconds: not tried again before this
  lease_until: number | null; // Unix seconds: a sender is working on it until then
  sent_at: string | null;
  last_error: string | null;
  created_at: string;
}

/** An export or erasure of a shopper's personal data: when, which orders, why; never the data itself. */
export interface PrivacyRequestsTable {
  id: string;
  kind: 'export' | 'erasure';
  reason: 'request' | 'retention'; // the shopper asked (through the merchant), or the retention period passed
  order_numbers: string; // JSON array of the order numbers concerned
  created_at: string;
}

/** One periodic job's lease: the shop process that holds it until lease_until (Unix seconds) runs the job. */
export interface JobLeasesTable {
  name: string;
  holder: string | null;
  lease_until: Generated<number>;
}

export interface AdminSessionsTable {
  id: string; // the id inside the signed session cookie (lib/admin/session-token.ts)
  expires_at: number; // Unix seconds
  created_at: string;
}

export interface Database {
  admin_sessions: AdminSessionsTable;
  job_leases: JobLeasesTable;
  merchant_notices: MerchantNoticesTable;
  privacy_requests: PrivacyRequestsTable;
  stock: StockTable;
  stock_changes: StockChangesTable;
  orders: OrdersTable;
  order_lines: OrderLinesTable;
  stripe_events: StripeEventsTable;
  outbox: OutboxTable;
  refunds: RefundsTable;
  reconciliations: ReconciliationsTable;
}

export type OrderRow = Selectable<OrdersTable>;
export type OrderLineRow = Selectable<OrderLinesTable>;
export type RefundRow = Selectable<RefundsTable>;
