// The configuration's rules for STRIPE_EMULATOR_ALLOWED_ORIGINS and what it derives when that is not set.
import { describe, expect, it } from 'vitest';
import { emulatorConfig } from './config';

const origins = (env: Record<string, string | undefined>) => emulatorConfig(env).allowedOrigins;

describe('STRIPE_EMULATOR_ALLOWED_ORIGINS', () => {
  it('grants exactly the origins it lists, written as browsers send them', () => {
    expect(origins({ STRIPE_EMULATOR_ALLOWED_ORIGINS: ' https://Shop.Example/ , http://localhost:8080,https://shop.example:443' })).toEqual([
      'https://shop.example',
      'http://localhost:8080',
    ]);
  });

  it('replaces the derived origins', () => {
    expect(origins({ STRIPE_EMULATOR_ALLOWED_ORIGINS: 'https://shop.example', APP_URL: 'https://other.example' })).toEqual(['https://shop.example']);
  });

  it.each(['*', 'https://*.example', 'https://shop.example/checkout', 'https://shop.example?x=1', 'https://user@shop.example', 'ftp://shop.example', 'shop.example', 'null'])(
    'refuses %s, which is no origin',
    (entry) => {
      expect(() => origins({ STRIPE_EMULATOR_ALLOWED_ORIGINS: `http://localhost:3000,${entry}` })).toThrow(/STRIPE_EMULATOR_ALLOWED_ORIGINS/);
    },
  );

  it('is derived when blank, as .env.example leaves it', () => {
    expect(origins({ STRIPE_EMULATOR_ALLOWED_ORIGINS: ' ' })).toEqual(origins({}));
    expect(origins({ STRIPE_EMULATOR_ALLOWED_ORIGINS: ' , ' })).toEqual(origins({}));
  });
});

describe('the derived shop origins', () => {
  it('are the default webhook URL\'s port on every loopback name', () => {
    expect(origins({})).toEqual(['http://127.0.0.1:3000', 'http://localhost:3000', 'http://[::1]:3000']);
  });

  it('follow STRIPE_EMULATOR_FORWARD_TO\'s port and scheme', () => {
    expect(origins({ STRIPE_EMULATOR_FORWARD_TO: 'http://127.0.0.1:3102/api/webhooks/stripe' })).toEqual([
      'http://127.0.0.1:3102',
      'http://localhost:3102',
      'http://[::1]:3102',
    ]);
  });

  it('add APP_URL\'s origin', () => {
    expect(origins({ APP_URL: 'https://shop.example/da/', STRIPE_EMULATOR_FORWARD_TO: '' })).toEqual(['https://shop.example']);
    expect(origins({ APP_URL: 'https://shop.example' })).toContain('http://localhost:3000');
  });

  it('are none when APP_URL is unset and nothing is forwarded', () => {
    expect(origins({ STRIPE_EMULATOR_FORWARD_TO: '' })).toEqual([]);
  });

  it('ignore a blank APP_URL and refuse one that is not an http(s) URL', () => {
    expect(origins({ APP_URL: '' })).toEqual(origins({}));
    expect(() => origins({ APP_URL: 'javascript:alert(1)' })).toThrow(/APP_URL/);
  });
});

describe('STRIPE_EMULATOR_PUBLIC_URL', () => {
  it('is unset when blank, as .env.example leaves it', () => {
    expect(emulatorConfig({ STRIPE_EMULATOR_PUBLIC_URL: '' }).publicUrl).toBeUndefined();
  });
});
