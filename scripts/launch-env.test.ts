import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// launchEnvironment reads .env files into process.env (as Next.js does), so each case runs in a fresh Node process
// with an environment of its own, against a folder holding the .env files of the case.

const script = path.resolve(__dirname, 'launch-env.ts');
let folder: string | null = null;

function launch(files: Record<string, string>, env: Record<string, string> = {}): { emulator: boolean; env: Record<string, string> } {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'shop-launch-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), text);
  const code = `const { launchEnvironment } = require(${JSON.stringify(script)}); process.stdout.write(JSON.stringify(launchEnvironment(${JSON.stringify(folder)}, false)));`;
  const output = execFileSync(process.execPath, ['--import', 'tsx', '-e', code], { env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...env }, encoding: 'utf8' });
  return JSON.parse(output) as { emulator: boolean; env: Record<string, string> };
}

afterEach(() => {
  if (folder !== null) fs.rmSync(folder, { recursive: true, force: true });
  folder = null;
});

describe('launchEnvironment', () => {
  it('uses real Stripe when the key is in .env.local, as the README says', () => {
    const launched = launch({ '.env.local': 'STRIPE_SECRET_KEY=sk_test_fromfile\nSTRIPE_WEBHOOK_SECRET=whsec_fromfile\n' });
    expect(launched.emulator).toBe(false);
    expect(launched.env).toMatchObject({ STRIPE_SECRET_KEY: 'sk_test_fromfile', STRIPE_WEBHOOK_SECRET: 'whsec_fromfile' });
    expect(launched.env.STRIPE_MODE).toBeUndefined();
  });

  it('chooses the emulator, and says so to the shop, when no key is set anywhere', () => {
    const launched = launch({ '.env': 'CHECKOUT_CONFIRM=client\n' });
    expect(launched.emulator).toBe(true);
    expect(launched.env).toMatchObject({ STRIPE_MODE: 'emulator', CHECKOUT_CONFIRM: 'client' });
  });

  it('lets the process environment win over the files', () => {
    const launched = launch({ '.env.local': 'STRIPE_SECRET_KEY=sk_test_fromfile\n' }, { STRIPE_SECRET_KEY: '' });
    expect(launched.emulator).toBe(true);
  });

  it('reads .env.production for npm start', () => {
    expect(launch({ '.env.production': 'STRIPE_SECRET_KEY=sk_test_production\n' }).emulator).toBe(false);
  });

  it('gives the shop and the emulator a fresh webhook secret on each run in emulator mode', () => {
    const first = launch({}).env.STRIPE_WEBHOOK_SECRET;
    const second = launch({}).env.STRIPE_WEBHOOK_SECRET;
    expect(first).toMatch(/^whsec_[0-9a-f]{48}$/);
    expect(second).toMatch(/^whsec_[0-9a-f]{48}$/);
    expect(first).not.toBe(second);
  });

  it('uses the webhook secret set for emulator mode as given', () => {
    expect(launch({ '.env.local': 'STRIPE_WEBHOOK_SECRET=whsec_chosen\n' }).env.STRIPE_WEBHOOK_SECRET).toBe('whsec_chosen');
  });
});
