// `npm run build`, and the launcher's build when the sources changed: the Next.js app (`next build`), its prerendered
// pages made one-byte strings (scripts/one-byte-html.ts), then the shop's own server (scripts/serve.ts and the modules
// it imports) bundled into one CommonJS file that plain Node runs, its packages left to node_modules.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { rewritePrerenderedPages } from './one-byte-html';
import { SERVER_BUNDLE } from './server-process';

const root = path.resolve(__dirname, '..');

/** Runs one step after `next build`; says what failed and returns false when it throws. */
function step(failure: string, run: () => void): boolean {
  try {
    run();
    return true;
  } catch (error) {
    console.error(`${failure}: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

/** Builds the shop; returns the exit status (0 when every step succeeded). */
export function buildShop(env: NodeJS.ProcessEnv): number {
  const next = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], { cwd: root, env, stdio: 'inherit' });
  if (next.status !== 0) return next.status ?? 1;
  const rewritten = step('The prerendered pages could not be rewritten', () => {
    console.log(`${rewritePrerenderedPages(path.join(root, '.next/server/app'))} prerendered pages written one-byte`);
  });
  const bundled =
    rewritten &&
    step("The shop's server did not build", () =>
      // Packages stay in node_modules; next-intl is ES modules only, which CommonJS requires from Node 20.19 (engines).
      buildSync({
        absWorkingDir: root,
        entryPoints: ['scripts/serve.ts'],
        outfile: SERVER_BUNDLE,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        packages: 'external',
        logLevel: 'warning',
      }),
    );
  return bundled ? 0 : 1;
}

if (require.main === module) process.exit(buildShop({ ...process.env, NEXT_TELEMETRY_DISABLED: '1' }));
