// The parameters PaymentIntent endpoints accept, as zod schemas over Stripe's form encoding.
import { z } from 'zod';
import { boolean, expand, integer, list, metadata } from '../http/params';

const paymentMethodData = z.object({ type: z.string(), metadata: metadata.optional() }).loose();
const methodTypes = z.array(z.string()).optional();
const mobilepayOptions = z.object({ mobilepay: z.object({ capture_method: z.enum(['manual', '']).optional() }).loose().optional() }).loose();

const confirmFields = {
  payment_method: z.string().optional(),
  payment_method_data: paymentMethodData.optional(),
  payment_method_types: methodTypes,
  allowed_payment_method_types: methodTypes,
  payment_method_options: mobilepayOptions.optional(),
  return_url: z.string().optional(),
  receipt_email: z.string().optional(),
  expand,
};

export const createParams = z.strictObject({
  ...confirmFields,
  amount: integer,
  currency: z.string().transform((value) => value.toLowerCase()),
  capture_method: z.enum(['automatic', 'automatic_async', 'manual']).optional(),
  confirm: boolean.optional(),
  description: z.string().optional(),
  metadata: metadata.optional(),
  statement_descriptor_suffix: z.string().max(22).optional(),
  confirmation_method: z.enum(['automatic', 'manual']).optional(),
  automatic_payment_methods: z.object({ enabled: boolean }).loose().optional(),
});

export const updateParams = z.strictObject({
  amount: integer.optional(),
  currency: z.string().transform((value) => value.toLowerCase()).optional(),
  description: z.string().optional(),
  metadata: metadata.optional(),
  payment_method: z.string().optional(),
  payment_method_data: paymentMethodData.optional(),
  payment_method_types: methodTypes,
  allowed_payment_method_types: methodTypes,
  capture_method: z.enum(['automatic', 'automatic_async', 'manual']).optional(),
  receipt_email: z.string().optional(),
  expand,
});

export const confirmParams = z.strictObject({ ...confirmFields, client_secret: z.string().optional() });

export const captureParams = z.strictObject({ amount_to_capture: integer.optional(), expand });

export const cancelParams = z.strictObject({
  cancellation_reason: z.enum(['duplicate', 'fraudulent', 'requested_by_customer', 'abandoned']).optional(),
  expand,
});

export const retrieveParams = z.strictObject({ client_secret: z.string().optional(), expand });

export const listParams = z.strictObject({ ...list, customer: z.string().optional() });
