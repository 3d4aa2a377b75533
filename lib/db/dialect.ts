import { sql, type Kysely } from 'kysely';

export type SqlDialect = 'sqlite' | 'postgres';

/**
 * Which SQL a Kysely instance speaks, read from how its compiler writes a parameter (PostgreSQL numbers them, `$1`;
 * SQLite writes `?`). Pure: nothing is sent to the database. For the few statements the two write differently.
 */
export function sqlDialect<DB>(db: Kysely<DB>): SqlDialect {
  return sql`${0}`.compile(db).sql === '$1' ? 'postgres' : 'sqlite';
}
