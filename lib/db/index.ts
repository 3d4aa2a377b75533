import 'server-only';
import { openConnection, type Connection, type Db } from '@/lib/db/connect';
import { migrateToLatest } from '@/lib/db/migrate';
import { env } from '@/lib/env';

export type { Db } from '@/lib/db/connect';

// One database handle per process, migrated before first use. Kept on globalThis so `next dev` reloads reuse it.
const holder = globalThis as typeof globalThis & { shopDatabase?: Promise<Connection> };

async function openAndMigrate(): Promise<Connection> {
  const connection = openConnection(env.database);
  try {
    await migrateToLatest(connection.db);
    return connection;
  } catch (error) {
    await connection.db.destroy();
    throw error;
  }
}

/** The shop's database and its driver, migrated. A failed start is not cached: the next call tries again. */
export function getConnection(): Promise<Connection> {
  holder.shopDatabase ??= openAndMigrate().catch((error: unknown) => {
    holder.shopDatabase = undefined;
    throw error;
  });
  return holder.shopDatabase;
}

export async function getDb(): Promise<Db> {
  return (await getConnection()).db;
}
