// `npm run build`, and the launcher's build when the sources changed: the Next.js app (`next build`), then the shop's
// own server (scripts/serve.ts and the modules it imports) bundled into one CommonJS file that plain Node runs, its
// packages left to node_modules.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { SERVER_BUNDLE } from './server-process';

const root = path.resolve(__dirname, '..');

/** Builds the shop; returns the exit status (0 when both steps succeeded). */
export function buildShop(env: NodeJS.ProcessEnv): number {
  const next = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], { cwd: root, env, stdio: 'inherit' });
  if (next.status !== 0) return next.status ?? 1;
  const server = buildSync({
    absWorkingDir: root,
    entryPoints: ['scripts/serve.ts'],
    outfile: SERVER_BUNDLE,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    logLevel: 'warning',
  });
  return server.errors.length === 0 ? 0 : 1;
}

if (require.main === module) process.exit(buildShop({ ...process.env, NEXT_TELEMETRY_DISABLED: '1' }));
