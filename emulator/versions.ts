// API versions. stripe-node 23 sends `Stripe-Version: 2026-10-28.endive` with every request; a request without the
// header uses the account's default version, which predates endive. The versions that exist are the ones
// stripe-node declares (emulator/params/declarations.json); any other is refused as Stripe refuses it.
import { ApiError } from './http/errors';
import type { FormObject } from './http/form';
import { declarations } from './params/declarations';
import type { ServedParams } from './params/served';

/** The version stripe-node 23 pins and sends. */
export const LATEST_API_VERSION = declarations.latestApiVersion;
export const ACCOUNT_DEFAULT_API_VERSION = '2025-09-30.clover';

const knownVersions = new Set(declarations.apiVersions);

/** The version stage: the version a request is read with, refused unless Stripe has it. */
export function requestVersion(header: string | undefined): string {
  const version = header ?? ACCOUNT_DEFAULT_API_VERSION;
  if (!knownVersions.has(version)) throw new ApiError('invalid_request', `Invalid Stripe API version: ${version}`, { validation: true });
  return version;
}

/**
 * endive removed the request parameter `payment_method_types` from PaymentIntent create, update and confirm, and from
 * Checkout Session create (Stripe's 2026-09-30.endive description has `allowed_payment_method_types` there instead).
 */
export function acceptsPaymentMethodTypes(version: string): boolean {
  return version.slice(0, 10) < LATEST_API_VERSION.slice(0, 10);
}

const removedInEndive = new Set<ServedParams>(['PaymentIntentCreateParams', 'PaymentIntentUpdateParams', 'PaymentIntentConfirmParams', 'Checkout.SessionCreateParams']);

/**
 * Parameters read differently by version, before they are checked against stripe-node's (endive) declarations:
 * under an older version `payment_method_types` is still accepted, and means what `allowed_payment_method_types`
 * means now; under endive it is refused with Stripe's own error.
 */
export function paramsForVersion(version: string, declaration: ServedParams, params: FormObject): FormObject {
  const { payment_method_types: types, ...rest } = params;
  if (types === undefined || !removedInEndive.has(declaration)) return params;
  if (!acceptsPaymentMethodTypes(version)) {
    throw new ApiError(
      'invalid_request',
      `The \`payment_method_types\` parameter is no longer supported as of API version ${version}. Use \`allowed_payment_method_types\` instead.`,
      { code: 'payment_method_types_no_longer_supported', param: 'payment_method_types', validation: true },
    );
  }
  return { ...rest, allowed_payment_method_types: rest.allowed_payment_method_types ?? types };
}
