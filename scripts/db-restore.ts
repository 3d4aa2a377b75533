// `npm run db:restore -- <backup file>`: puts a backup made by `npm run db:backup` in place of the shop's SQLite
// database, with the shop stopped. The database it replaces is kept as <file>.before-restore-<UTC time>. Reads
// DATABASE_FILE / DATABASE_URL from the environment and the .env files, as the shop does. PostgreSQL: pg_restore
// (docs/operations.md#backups).
import path from 'node:path';
import { loadEnvConfig } from '@next/env';
import { BackupRefused, configuredSqliteFile, restoreSqlite } from '@/lib/db/backup';
import { errorMessage } from '../lib/error-message';

const usage = `Usage: npm run db:restore -- <backup file>

Stop the shop first (and npm run outbox, if it runs). Checks the backup with SQLite's integrity check, keeps the
shop's SQLite database (DATABASE_FILE, default .data/shop.sqlite) as <file>.before-restore-<UTC time>, and puts the
backup in its place. Refuses while anything has the database open.
Exit status: 0 restored, 1 refused or failed (nothing changed), 2 wrong usage.`;

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    return 0;
  }
  const [backupFile] = args;
  if (backupFile === undefined || args.length > 1 || backupFile.startsWith('-')) {
    console.error(`${args.length === 0 ? 'Name the backup file to restore' : `Unexpected arguments: ${args.join(' ')}`}. See npm run db:restore -- --help`);
    return 2;
  }
  loadEnvConfig(path.resolve(__dirname, '..'), false, { info: () => undefined, error: console.error });
  const database = configuredSqliteFile(process.env);
  const restored = await restoreSqlite(backupFile, database);
  const aside = restored.setAside === null ? 'there was no database before' : `the database it replaced is at ${restored.setAside}`;
  console.log(`Restored ${path.resolve(backupFile)} to ${restored.file}: ${restored.orders} orders, integrity ok; ${aside}.`);
  return 0;
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    console.error(error instanceof BackupRefused ? error.message : `Restore failed: ${errorMessage(error)}`);
    process.exitCode = 1;
  },
);
