import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      // `server-only` throws outside React Server Components; under Vitest the modules run as plain Node.
      'server-only': fileURLToPath(new URL('./tests/support/server-only.ts', import.meta.url)),
    },
  },
  test: {
    include: ['**/*.test.ts'],
    // tests/instances need the production build: they run with their own config after it (npm run test:instances).
    exclude: ['node_modules/**', '.next/**', 'e2e/**', 'tests/instances/**'],
    environment: 'node',
    // Modules that import lib/env.ts read the configuration at import time: the tests run the shop in emulator mode.
    env: { STRIPE_MODE: 'emulator' },
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
