import { spawn } from 'node:child_process';
import path from 'node:path';
import { root } from '@/bench/support/shop';

/** Runs a dev dependency's command-line tool (node_modules/.bin) and returns its stdout; throws on a non-zero exit. */
export function runTool(name: string, args: string[], env: NodeJS.ProcessEnv = process.env, timeoutMs = 180_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, 'node_modules/.bin', name), args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(stdout);
      else reject(new Error(`${name} exited with ${code}: ${stderr.slice(-2000)}`));
    });
  });
}
