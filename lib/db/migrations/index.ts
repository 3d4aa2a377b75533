import type { Migration, MigrationProvider } from 'kysely';
import * as orders from '@/lib/db/migrations/001-orders';

// Every migration, listed by hand in order: a folder scan would break once Next bundles the server code.
const migrations: Record<string, Migration> = {
  '001-orders': orders,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
