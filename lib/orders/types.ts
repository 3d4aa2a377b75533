import type { Currency } from '@/lib/money';
import type { OrderStatus } from '@/lib/orders/status';

export type OrderLine = { productId: string; productName: string; unitAmount: number; quantity: number };

export type PaymentFailure = { code: string; message: string };

export type Order = {
  id: string;
  number: string;
  status: OrderStatus;
  currency: Currency;
  amount: number;
  paymentIntentId: string | null;
  paymentAttempts: number;
  statusObservedAt: number;
  failure: PaymentFailure | null;
  createdAt: string;
  updatedAt: string;
  lines: OrderLine[];
};

/** Something Stripe told us about the order's payment, and when it was true (Unix seconds). */
export type PaymentFact = { status: OrderStatus; observedAt: number; failure: PaymentFailure | null };
