import type { StockHold } from '@/lib/db/schema';
import type { Country, Locale } from '@/lib/i18n/locales';
import type { Currency } from '@/lib/money';
import type { DisputeFact, DisputeStatus } from '@/lib/orders/dispute';
import type { StripeMoney } from '@/lib/orders/money-check';
import type { RefundStatus } from '@/lib/orders/refund-status';
import type { OrderStatus } from '@/lib/orders/status';

export type OrderLine = { productId: string; productName: string; unitAmount: number; quantity: number };

export type PaymentFailure = { code: string; message: string };

/** Where the order goes; the country is always the market's. */
export type DeliveryAddress = { street: string; postalCode: string; city: string; country: Country };

/** Who bought: where the messages go and where the goods go. */
export type Customer = { email: string; name: string; address: DeliveryAddress };

export type OrderDispute = { id: string; status: DisputeStatus; amount: number; reason: string };

export type Order = {
  id: string;
  number: string;
  status: OrderStatus;
  currency: Currency;
  amount: number;
  /** Created against live Stripe (sk_live_…); Stripe's answers must be of the same mode. */
  livemode: boolean;
  paymentIntentId: string | null;
  /** The Checkout Session it is paid through (CHECKOUT_CONFIRM=checkout); null on the other paths. */
  checkoutSessionId: string | null;
  paymentAttempts: number;
  statusObservedAt: number;
  failure: PaymentFailure | null;
  chargeId: string | null;
  /** What was refunded or is on its way back, in minor units: the sum of the order's live refunds. */
  amountRefunded: number;
  dispute: OrderDispute | null;
  /** Why the order waits for the merchant (status needs_review); null otherwise. */
  reviewReason: string | null;
  /** The shopper's market and language: the language of the order's messages and of the link back to the shop. */
  locale: Locale;
  /** Null only on orders written before checkout asked who buys. */
  customer: Customer | null;
  shippedAt: string | null;
  /** The shopper withdrew from the purchase through the withdrawal function: when it was received, the name given. */
  withdrawal: { receivedAt: string; name: string | null } | null;
  /** When the shopper's name, e-mail and address were erased (on request or by retention); the customer is then null. */
  personalDataErasedAt: string | null;
  /** When Stripe reported the payment authorized (Unix seconds; it lapses 7 days later); null if it never was. */
  authorizedAt: number | null;
  /** The order's hold on its lines' stock (lib/stock/holds.ts); null for orders from before stock. */
  stockHold: StockHold | null;
  createdAt: string;
  updatedAt: string;
  lines: OrderLine[];
};

/**
 * Something Stripe told us about the order's payment, and when it was true (Unix seconds). `money`: what the
 * PaymentIntent or charge is for, checked against the order before the fact is applied; null only for what the shop
 * records itself (Stripe failed before any PaymentIntent existed). `supersedesRecorded`: the fact is Stripe's answer
 * to a request the shop made after reading the order, so it wins a tie with what was recorded in the same second (a
 * Try again right after the failure it follows).
 */
export type PaymentFact = {
  status: OrderStatus;
  observedAt: number;
  failure: PaymentFailure | null;
  money: StripeMoney | null;
  supersedesRecorded?: boolean;
};

/** A refund as Stripe reported it at `observedAt` (Unix seconds). */
export type RefundFact = {
  id: string;
  chargeId: string | null;
  amount: number;
  status: RefundStatus;
  reason: string | null;
  failureReason: string | null;
  created: number;
  observedAt: number;
};

export type Refund = Omit<RefundFact, 'observedAt'>;

/** Everything one Stripe object says about an order; the parts it does not speak to are null or empty. */
export type OrderFacts = {
  payment: PaymentFact | null;
  chargeId: string | null;
  refunds: RefundFact[];
  dispute: DisputeFact | null;
};

export const noFacts: OrderFacts = { payment: null, chargeId: null, refunds: [], dispute: null };
