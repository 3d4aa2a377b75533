// Stripe's error bodies: {error: {type, code, message, param, doc_url, ...}}. Each kind maps to one status code here.
// None of these but `api` (the emulator's own failure) is a 5xx or a 409: the SDK retries those, and these errors
// would only repeat. The respond stage adds `request_log_url` to every error body but a 401's and a 429's.

export type ErrorKind =
  | 'authentication'
  | 'permission'
  | 'invalid_request'
  | 'not_found'
  | 'idempotency'
  | 'too_large'
  | 'rate_limit'
  | 'card'
  | 'api';

const statusOf: Record<ErrorKind, number> = {
  authentication: 401,
  permission: 401,
  invalid_request: 400,
  not_found: 404,
  idempotency: 400,
  too_large: 413,
  rate_limit: 429,
  card: 402,
  api: 500,
};

const typeOf: Record<ErrorKind, string> = {
  authentication: 'invalid_request_error',
  permission: 'invalid_request_error',
  invalid_request: 'invalid_request_error',
  not_found: 'invalid_request_error',
  idempotency: 'idempotency_error',
  too_large: 'invalid_request_error',
  // Stripe's schema has no rate-limit type: a 429 is an invalid_request_error with code rate_limit.
  rate_limit: 'invalid_request_error',
  card: 'card_error',
  api: 'api_error',
};

export type ApiErrorBody = {
  type: string;
  message: string;
  code?: string;
  param?: string;
  doc_url?: string;
  payment_intent?: unknown;
  request_log_url?: string;
};

export class ApiError extends Error {
  readonly status: number;
  readonly body: ApiErrorBody;
  /** The parameters were refused before anything ran: Stripe saves no idempotent result for such a request. */
  readonly validation: boolean;

  constructor(
    kind: ErrorKind,
    message: string,
    details: { code?: string; param?: string; paymentIntent?: unknown; validation?: boolean } = {},
  ) {
    super(message);
    this.status = statusOf[kind];
    this.validation = details.validation ?? false;
    this.body = {
      type: typeOf[kind],
      message,
      ...(details.code ? { code: details.code, doc_url: `https://docs.stripe.com/error-codes/${details.code.replaceAll('_', '-')}` } : {}),
      ...(details.param ? { param: details.param } : {}),
      ...(details.paymentIntent ? { payment_intent: details.paymentIntent } : {}),
    };
  }
}

export function parameterMissing(param: string, message = `Missing required param: ${param}.`): ApiError {
  return new ApiError('invalid_request', message, { code: 'parameter_missing', param, validation: true });
}

export function parameterInvalid(param: string, message: string): ApiError {
  return new ApiError('invalid_request', message, { code: 'parameter_invalid', param, validation: true });
}

export function parameterUnknown(param: string): ApiError {
  return new ApiError('invalid_request', `Received unknown parameter: ${param}`, { code: 'parameter_unknown', param, validation: true });
}

export function resourceMissing(objectName: string, id: string, param = 'id'): ApiError {
  return new ApiError('not_found', `No such ${objectName}: '${id}'`, { code: 'resource_missing', param });
}

export function unexpectedState(message: string, paymentIntent: unknown): ApiError {
  return new ApiError('invalid_request', message, { code: 'payment_intent_unexpected_state', paymentIntent });
}
