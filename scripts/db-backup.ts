// `npm run db:backup [-- <folder> | <file>.sqlite]`: a consistent copy of the shop's SQLite database, taken while the
// shop runs (SQLite's online backup), checked, and named for the UTC time. Reads DATABASE_FILE / DATABASE_URL from the
// environment and the .env files, as the shop does. PostgreSQL: pg_dump (docs/operations.md#backups).
import path from 'node:path';
import { loadEnvConfig } from '@next/env';
import { BackupRefused, backupSqlite, configuredSqliteFile, defaultBackupFile } from '@/lib/db/backup';
import { errorMessage } from '../lib/error-message';

const usage = `Usage: npm run db:backup [-- <folder> | <file>.sqlite]

Copies the shop's SQLite database (DATABASE_FILE, default .data/shop.sqlite) while the shop runs, checks the copy
with SQLite's integrity check, and writes it to <folder>/shop-<UTC time>.sqlite (default: backups/ beside the
database), or to the .sqlite file named. An existing file is never overwritten.
Exit status: 0 written, 1 refused or failed (nothing written), 2 wrong usage.`;

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    return 0;
  }
  if (args.length > 1 || args.some((arg) => arg.startsWith('-'))) {
    console.error(`Unexpected arguments: ${args.join(' ')}. See npm run db:backup -- --help`);
    return 2;
  }
  loadEnvConfig(path.resolve(__dirname, '..'), false, { info: () => undefined, error: console.error });
  const database = configuredSqliteFile(process.env);
  const [target] = args;
  const destination = target?.endsWith('.sqlite') ? path.resolve(target) : defaultBackupFile(database, target ?? null);
  const backup = await backupSqlite(database, destination);
  console.log(`Backed up ${database} to ${backup.file}: ${backup.orders} orders, ${backup.bytes} bytes, integrity ok.`);
  return 0;
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    console.error(error instanceof BackupRefused ? error.message : `Backup failed: ${errorMessage(error)}`);
    process.exitCode = 1;
  },
);
