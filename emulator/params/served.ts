// The `…Params` interfaces of the endpoints the emulator serves, and the stripe-node declaration file of each. A name
// inside a namespace is written with its dots, as stripe-node spells it (`Checkout.SessionCreateParams`).
// generate.ts reads exactly these; each route names one of them (see emulator/http/route.ts).
export const servedParams = [
  { file: 'PaymentIntents', name: 'PaymentIntentCreateParams' },
  { file: 'PaymentIntents', name: 'PaymentIntentRetrieveParams' },
  { file: 'PaymentIntents', name: 'PaymentIntentUpdateParams' },
  { file: 'PaymentIntents', name: 'PaymentIntentListParams' },
  { file: 'PaymentIntents', name: 'PaymentIntentConfirmParams' },
  { file: 'PaymentIntents', name: 'PaymentIntentCaptureParams' },
  { file: 'PaymentIntents', name: 'PaymentIntentCancelParams' },
  { file: 'PaymentMethods', name: 'PaymentMethodCreateParams' },
  { file: 'PaymentMethods', name: 'PaymentMethodRetrieveParams' },
  { file: 'Charges', name: 'ChargeRetrieveParams' },
  { file: 'Charges', name: 'ChargeListParams' },
  { file: 'Refunds', name: 'RefundCreateParams' },
  { file: 'Refunds', name: 'RefundRetrieveParams' },
  { file: 'Refunds', name: 'RefundListParams' },
  { file: 'Events', name: 'EventRetrieveParams' },
  { file: 'Events', name: 'EventListParams' },
  { file: 'WebhookEndpoints', name: 'WebhookEndpointCreateParams' },
  { file: 'WebhookEndpoints', name: 'WebhookEndpointRetrieveParams' },
  { file: 'WebhookEndpoints', name: 'WebhookEndpointUpdateParams' },
  { file: 'WebhookEndpoints', name: 'WebhookEndpointListParams' },
  { file: 'WebhookEndpoints', name: 'WebhookEndpointDeleteParams' },
  { file: 'Checkout/Sessions', name: 'Checkout.SessionCreateParams' },
  { file: 'Checkout/Sessions', name: 'Checkout.SessionRetrieveParams' },
  { file: 'Checkout/Sessions', name: 'Checkout.SessionListParams' },
  { file: 'Checkout/Sessions', name: 'Checkout.SessionListLineItemsParams' },
  { file: 'Checkout/Sessions', name: 'Checkout.SessionExpireParams' },
] as const;

export type ServedParams = (typeof servedParams)[number]['name'];
