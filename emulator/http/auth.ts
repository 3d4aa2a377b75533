// Who is calling: `Authorization: Bearer KEY`, or Basic with the key as user name (what `curl -u KEY:` sends).
// Any test-mode key is accepted; live keys and anything else are refused with Stripe's messages.
import { ApiError } from './errors';

export type ApiKey = { kind: 'secret' | 'publishable'; value: string };

const noKeyMessage =
  "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.";

function redact(key: string): string {
  return key.length > 12 ? `${key.slice(0, 8)}${'*'.repeat(Math.max(0, key.length - 12))}${key.slice(-4)}` : key;
}

function keyFrom(header: string): string {
  const [scheme, credentials = ''] = header.trim().split(/\s+/, 2);
  if (scheme?.toLowerCase() === 'bearer') return credentials;
  if (scheme?.toLowerCase() === 'basic') return Buffer.from(credentials, 'base64').toString('utf8').split(':')[0] ?? '';
  return '';
}

export function authenticate(header: string | undefined): ApiKey {
  if (!header) throw new ApiError('authentication', noKeyMessage);
  const key = keyFrom(header);
  if (key === '') throw new ApiError('authentication', noKeyMessage);
  if (/^(sk|rk)_test_[A-Za-z0-9_]+$/.test(key)) return { kind: 'secret', value: key };
  if (/^pk_test_[A-Za-z0-9_]+$/.test(key)) return { kind: 'publishable', value: key };
  throw new ApiError('authentication', `Invalid API Key provided: ${redact(key)}`, { code: 'api_key_invalid' });
}

export const publishableKeyRefused = (): ApiError =>
  new ApiError(
    'permission',
    'This API call cannot be made with a publishable API key. Please use a secret API key. You can find a list of your API keys at https://dashboard.stripe.com/account/apikeys.',
    { code: 'secret_key_required' },
  );
