import type { DriverClient } from '@/lib/db/connect';

/**
 * The database's own plan for a statement (EXPLAIN QUERY PLAN, EXPLAIN). PostgreSQL, which on a few thousand rows
 * rightly prefers to scan or sort, is asked with sequential scans, bitmap scans and sorts priced out, to see whether an
 * index can serve the statement in its order at all.
 */
export async function planOf(client: DriverClient, text: string, parameters: readonly unknown[]): Promise<string> {
  if (client.kind === 'sqlite') {
    const rows = client.database.prepare(`explain query plan ${text}`).all(...parameters) as Array<{ detail: string }>;
    return rows.map((row) => row.detail).join('\n');
  }
  const connection = await client.pool.connect();
  try {
    await connection.query('set enable_seqscan = off; set enable_bitmapscan = off; set enable_sort = off');
    const { rows } = await connection.query<{ 'QUERY PLAN': string }>(`explain ${text}`, [...parameters]);
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  } finally {
    await connection.query('reset enable_seqscan; reset enable_bitmapscan; reset enable_sort');
    connection.release();
  }
}
