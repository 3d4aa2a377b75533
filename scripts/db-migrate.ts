// `npm run db:migrate`: brings the configured database (SQLite file or DATABASE_URL) up to date and says what it did.
import { openDatabase } from '@/lib/db/connect';
import { migrateToLatest } from '@/lib/db/migrate';
import { parseEnv } from '@/lib/parse-env';

async function main(): Promise<void> {
  const { database } = parseEnv(process.env);
  const where = database.kind === 'sqlite' ? `SQLite file ${database.file}` : 'PostgreSQL (DATABASE_URL)';
  const db = openDatabase(database);
  try {
    const applied = await migrateToLatest(db);
    console.log(applied.length === 0 ? `${where}: already up to date.` : `${where}: applied ${applied.join(', ')}.`);
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
