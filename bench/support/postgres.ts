import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

// PostgreSQL for the webhook benchmark: BENCH_DATABASE_URL or TEST_DATABASE_URL when set; otherwise, where Debian's
// PostgreSQL is installed and we are root, a throwaway cluster of our own on port 55434 (as .ci/run does on 55432),
// stopped and deleted afterwards. Null (skipped) when neither is possible.

export type Postgres = { url: string; source: string; stop: () => void };

export const BENCH_POSTGRES_PORT = 55434;

function postgresBin(): string | null {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).filter((name) => existsSync(path.join(base, name, 'bin/initdb')));
  const newest = versions.toSorted((a, b) => Number(a) - Number(b)).at(-1);
  return newest === undefined ? null : path.join(base, newest, 'bin');
}

function asPostgres(command: string, args: string[]): void {
  const result = spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${path.basename(command)} failed: ${result.stderr || result.stdout}`);
}

function ownCluster(): Postgres | { skipped: string } {
  const bin = postgresBin();
  if (bin === null) return { skipped: 'PostgreSQL is not installed (apt-get install postgresql), and no BENCH_DATABASE_URL is set' };
  if (process.getuid?.() !== 0) return { skipped: 'set BENCH_DATABASE_URL=postgres://… (a local cluster is started only as root)' };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-postgres-'));
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  chownSync(dir, uid, gid);
  const data = path.join(dir, 'data');
  const stop = () => {
    spawnSync('runuser', ['-u', 'postgres', '--', path.join(bin, 'pg_ctl'), '-D', data, '-m', 'fast', 'stop'], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    asPostgres(path.join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres']);
    const options = `-p ${BENCH_POSTGRES_PORT} -k ${dir} -c listen_addresses=127.0.0.1`;
    asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']);
    asPostgres(path.join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(BENCH_POSTGRES_PORT), '-U', 'postgres', 'shop_bench']);
  } catch (error) {
    stop();
    throw error;
  }
  return { url: `postgres://postgres@127.0.0.1:${BENCH_POSTGRES_PORT}/shop_bench`, source: `own cluster on port ${BENCH_POSTGRES_PORT}`, stop };
}

export function startPostgres(): Postgres | { skipped: string } {
  const given = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (given) return { url: given, source: process.env.BENCH_DATABASE_URL ? 'BENCH_DATABASE_URL' : 'TEST_DATABASE_URL', stop: () => undefined };
  return ownCluster();
}

/**
 * A database of its own on the same server, for a benchmark that writes a million orders: created empty, dropped
 * afterwards (with whatever connections are left to it), so a given BENCH_DATABASE_URL is left as it was.
 */
export async function withScratchDatabase<T>(url: string, work: (scratchUrl: string) => Promise<T>): Promise<T> {
  const name = `shop_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
    const scratch = new URL(url);
    scratch.pathname = `/${name}`;
    try {
      return await work(scratch.toString());
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
    }
  } finally {
    await admin.end();
  }
}
