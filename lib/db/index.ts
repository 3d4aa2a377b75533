import 'server-only';
import { openDatabase, type Db } from '@/lib/db/connect';
import { migrateToLatest } from '@/lib/db/migrate';
import { env } from '@/lib/env';

export type { Db } from '@/lib/db/connect';

// One database handle per process, migrated before first use. Kept on globalThis so `next dev` reloads reuse it.
const holder = globalThis as typeof globalThis & { shopDatabase?: Promise<Db> };

async function openAndMigrate(): Promise<Db> {
  const db = openDatabase(env.database);
  try {
    await migrateToLatest(db);
    return db;
  } catch (error) {
    await db.destroy();
    throw error;
  }
}

/** The shop's database, migrated. A failed start is not cached: the next call tries again. */
export function getDb(): Promise<Db> {
  holder.shopDatabase ??= openAndMigrate().catch((error: unknown) => {
    holder.shopDatabase = undefined;
    throw error;
  });
  return holder.shopDatabase;
}
