import { Migrator } from 'kysely';
import type { Db } from '@/lib/db/connect';
import { migrationProvider } from '@/lib/db/migrations';
import { errorMessage } from '@/lib/error-message';

/**
 * Brings the schema up to date; throws with the name of the migration that failed. Returns the names applied.
 * `schema` (PostgreSQL) names the schema that holds Kysely's own migration tables, when it is not the default one.
 */
export async function migrateToLatest(db: Db, options: { schema?: string } = {}): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider, migrationTableSchema: options.schema });
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((result) => result.status === 'Error');
  if (error !== undefined) {
    const where = failed ? ` in migration ${failed.migrationName}` : '';
    throw new Error(`Database migration failed${where}: ${errorMessage(error)}`, {
      cause: error,
    });
  }
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
