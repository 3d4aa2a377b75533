// Every resource the /v1 API serves: one file of routes each, one line here.
import { checkoutSessionRoutes } from '../checkout/routes';
import type { Route } from '../http/route';
import { paymentIntentRoutes } from '../payment-intents/routes';
import { chargeRoutes } from './charges';
import { eventRoutes } from './events';
import { paymentMethodRoutes } from './payment-methods';
import { refundRoutes } from './refunds';
import { webhookEndpointRoutes } from './webhook-endpoints';

export const apiRoutes: Route[] = [
  ...paymentIntentRoutes,
  ...paymentMethodRoutes,
  ...chargeRoutes,
  ...refundRoutes,
  ...eventRoutes,
  ...webhookEndpointRoutes,
  ...checkoutSessionRoutes,
];
