import { defineConfig } from 'vitest/config';
import base from '../../vitest.config';

// The multi-instance tests start real shop processes from the production build, so they run after `npm run build`
// (npm test runs them then: `npm run test:instances`), not with the unit tests.
export default defineConfig({
  ...base,
  test: { ...base.test, include: ['tests/instances/**/*.test.ts'], exclude: ['node_modules/**'], testTimeout: 120_000, hookTimeout: 120_000 },
});
