import type { Migration, MigrationProvider } from 'kysely';
import * as orders from '@/lib/db/migrations/001-orders';
import * as merchantOperations from '@/lib/db/migrations/002-merchant-operations';
import * as checkoutToken from '@/lib/db/migrations/003-checkout-token';
import * as moneyReview from '@/lib/db/migrations/004-money-review';

// Every migration, listed by hand in order: a folder scan would break once Next bundles the server code.
const migrations: Record<string, Migration> = {
  '001-orders': orders,
  '002-merchant-operations': merchantOperations,
  '003-checkout-token': checkoutToken,
  '004-money-review': moneyReview,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
