import type { Migration, MigrationProvider } from 'kysely';
import * as orders from '@/lib/db/migrations/001-orders';
import * as merchantOperations from '@/lib/db/migrations/002-merchant-operations';
import * as checkoutToken from '@/lib/db/migrations/003-checkout-token';
import * as moneyReview from '@/lib/db/migrations/004-money-review';
import * as rateLimits from '@/lib/db/migrations/005-rate-limits';
import * as adminSessions from '@/lib/db/migrations/006-admin-sessions';
import * as outboxWithoutBody from '@/lib/db/migrations/007-outbox-without-body';
import * as customersAndMail from '@/lib/db/migrations/008-customers-and-mail';
import * as orderListIndexes from '@/lib/db/migrations/009-order-list-indexes';
import * as shopperRights from '@/lib/db/migrations/010-shopper-rights';
import * as stock from '@/lib/db/migrations/011-stock';
import * as reconciliation from '@/lib/db/migrations/012-reconciliation';
import * as checkoutSessions from '@/lib/db/migrations/013-checkout-sessions';

// Every migration, listed by hand in order: a folder scan would break once Next bundles the server code.
const migrations: Record<string, Migration> = {
  '001-orders': orders,
  '002-merchant-operations': merchantOperations,
  '003-checkout-token': checkoutToken,
  '004-money-review': moneyReview,
  '005-rate-limits': rateLimits,
  '006-admin-sessions': adminSessions,
  '007-outbox-without-body': outboxWithoutBody,
  '008-customers-and-mail': customersAndMail,
  '009-order-list-indexes': orderListIndexes,
  '010-shopper-rights': shopperRights,
  '011-stock': stock,
  '012-reconciliation': reconciliation,
  '013-checkout-sessions': checkoutSessions,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
