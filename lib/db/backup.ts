import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { parseEnv } from '@/lib/parse-env';
import { errorMessage } from '@/lib/error-message';

// Backups of the SQLite database: `npm run db:backup` copies it while the shop runs, `npm run db:restore` puts a copy
// back with the shop stopped (scripts/db-backup.ts, scripts/db-restore.ts; docs/operations.md#backups). Both copy
// through SQLite's online backup API, never byte by byte: a live database is its file and its -wal together, and a
// plain copy of the file taken during a write or before a checkpoint is stale or torn. PostgreSQL has pg_dump.

/** The command changed nothing, and the message says why and what to do instead. */
export class BackupRefused extends Error {}

/** How long the backup waits for the shop's brief locks (a checkpoint, a WAL recovery). */
const SOURCE_WAIT_MS = 5000;
/** How long a restore waits for the database before it concludes that the shop still has it open. */
const IN_USE_WAIT_MS = 1000;
/** Pages per backup step: all of them, so the copy is made in one read transaction, a snapshot that no write restarts. */
const ALL_PAGES = 0x7fffffff;

/** "20260107T093005Z": the UTC time in a file name that sorts by time. */
export const fileStamp = (now: Date) => now.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');

/** The SQLite file the shop is configured with, by the shop's own rules (lib/parse-env.ts), whatever its Stripe settings. */
export function configuredSqliteFile(environment: Record<string, string | undefined>): string {
  const { DATABASE_URL, DATABASE_FILE } = environment;
  const database = parseEnv({ STRIPE_MODE: 'emulator', DATABASE_URL, DATABASE_FILE }).database;
  if (database.kind === 'sqlite') return database.file;
  throw new BackupRefused(
    'DATABASE_URL is set: this command copies the SQLite file. Back up PostgreSQL with pg_dump -Fc and restore with pg_restore --clean, or use your host\'s backups (docs/operations.md#backups).',
  );
}

/** `<folder>/shop-<UTC time>.sqlite`; the folder is `backups/` beside the database unless one is given. */
export function defaultBackupFile(databaseFile: string, folder: string | null, now: Date = new Date()): string {
  return path.resolve(folder ?? path.join(path.dirname(databaseFile), 'backups'), `shop-${fileStamp(now)}.sqlite`);
}

/** Copies hold shoppers' names and addresses: a folder made for them is its owner's only, as the database's is. */
function privateFolder(folder: string): void {
  const made = fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  if (made !== undefined) fs.chmodSync(made, 0o700);
}

function syncToDisk(file: string): void {
  const descriptor = fs.openSync(file, 'r');
  try {
    fs.fsyncSync(descriptor);
  } catch {
    // some systems cannot sync a folder; the file itself was synced
  } finally {
    fs.closeSync(descriptor);
  }
}

function removeCopy(file: string): void {
  for (const each of [file, `${file}-journal`, `${file}-wal`, `${file}-shm`]) fs.rmSync(each, { force: true });
}

const codeOf = (error: unknown) => (error instanceof SQLite.SqliteError ? error.code : null);

type Copied = { orders: number } | { problem: string };

/**
 * Copies a database into `copy` (a new, empty file) through the online backup API, on a read-only connection of its own:
 * the copy is one snapshot however the shop writes meanwhile. Then the copy is made a single file (journal mode DELETE),
 * checked with `pragma integrity_check`, and its orders counted; a problem is returned, not thrown.
 */
async function copyChecked(source: string, copy: string): Promise<Copied> {
  try {
    const from = new SQLite(source, { readonly: true, fileMustExist: true });
    try {
      from.pragma(`busy_timeout = ${SOURCE_WAIT_MS}`);
      await from.backup(copy, { progress: () => ALL_PAGES });
    } finally {
      from.close();
    }
    const copied = new SQLite(copy, { fileMustExist: true });
    try {
      copied.pragma('journal_mode = DELETE');
      const findings = copied.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
      const problems = findings.map((row) => row.integrity_check).filter((finding) => finding !== 'ok');
      if (problems.length > 0) return { problem: `SQLite's integrity check found: ${problems.slice(0, 3).join('; ')}` };
      const table = copied.prepare("select 1 from sqlite_schema where type = 'table' and name = 'orders'").get();
      if (table === undefined) return { problem: 'it holds no orders table, so it is not the shop\'s database' };
      return { orders: Number(copied.prepare('select count(*) from orders').pluck().get()) };
    } finally {
      copied.close();
    }
  } catch (error) {
    return { problem: errorMessage(error) };
  }
}

/** Makes the copy in a new file beside `file`, whose name the caller then gives it; the partial file is never left behind. */
async function copyBeside(source: string, file: string, what: (problem: string) => string): Promise<{ partial: string; orders: number }> {
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.partial-${process.pid}`);
  removeCopy(partial);
  fs.closeSync(fs.openSync(partial, 'wx', 0o600));
  const copied = await copyChecked(source, partial);
  if ('problem' in copied) {
    removeCopy(partial);
    throw new BackupRefused(what(copied.problem));
  }
  syncToDisk(partial);
  return { partial, orders: copied.orders };
}

export type BackupResult = { file: string; orders: number; bytes: number };

/**
 * A consistent copy of the live database in `destinationFile` (which must not exist), taken while the shop keeps
 * writing; it appears under its name only when complete and checked.
 */
export async function backupSqlite(sourceFile: string, destinationFile: string): Promise<BackupResult> {
  const [source, file] = [path.resolve(sourceFile), path.resolve(destinationFile)];
  if (!fs.existsSync(source)) throw new BackupRefused(`There is no database at ${source}; nothing was backed up.`);
  if (fs.existsSync(file)) throw new BackupRefused(`${file} exists already; give another name.`);
  privateFolder(path.dirname(file));
  const { partial, orders } = await copyBeside(source, file, (problem) => `Could not back up ${source} (${problem}); no backup was written.`);
  fs.renameSync(partial, file);
  syncToDisk(path.dirname(file));
  return { file, orders, bytes: fs.statSync(file).size };
}

/**
 * Opens the live database alone: a connection in exclusive locking mode that takes it out of WAL mode (which checkpoints
 * the WAL into the file) and begins an exclusive transaction. In WAL mode every connection that has read the database
 * (the shop migrates it as soon as it opens it) holds a shared lock on the file for as long as it is open, even idle, so
 * this fails while any shop process has it; a plain `begin exclusive` would not (in WAL mode it only excludes other
 * writers). Until it is closed, nothing else can read or write the file.
 */
function openAlone(file: string): SQLite.Database {
  let database: SQLite.Database | null = null;
  try {
    database = new SQLite(file, { fileMustExist: true });
    database.pragma(`busy_timeout = ${IN_USE_WAIT_MS}`);
    database.pragma('locking_mode = EXCLUSIVE');
    if (database.pragma('journal_mode = DELETE', { simple: true }) !== 'delete') throw new Error('the database stayed in WAL mode');
    database.exec('begin exclusive');
    return database;
  } catch (error) {
    database?.close();
    if (codeOf(error) === 'SQLITE_BUSY' || codeOf(error) === 'SQLITE_LOCKED') {
      throw new BackupRefused(`The database at ${file} is in use: stop the shop (and npm run outbox) before restoring; nothing was changed.`);
    }
    throw new BackupRefused(`Could not open the database at ${file} alone (${errorMessage(error)}); with the shop stopped, move it away yourself and restore again. Nothing was changed.`);
  }
}

export type RestoreResult = { file: string; orders: number; setAside: string | null };

/**
 * Puts a backup in place of the database at `databaseFile`, with the shop stopped: the backup is copied and checked
 * beside it first, the database it replaces (with its WAL checkpointed into it) is kept as
 * `<file>.before-restore-<UTC time>`, and the checked copy takes its name in one rename.
 */
export async function restoreSqlite(backupFile: string, databaseFile: string, now: Date = new Date()): Promise<RestoreResult> {
  const [backup, file] = [path.resolve(backupFile), path.resolve(databaseFile)];
  if (!fs.existsSync(backup)) throw new BackupRefused(`There is no backup at ${backup}; nothing was changed.`);
  if (backup === file || (fs.existsSync(file) && fs.realpathSync(backup) === fs.realpathSync(file))) {
    throw new BackupRefused(`${backup} is the database itself; give a backup file.`);
  }
  const exists = fs.existsSync(file);
  const setAside = exists ? `${file}.before-restore-${fileStamp(now)}` : null;
  if (setAside !== null && fs.existsSync(setAside)) throw new BackupRefused(`${setAside} exists already; try again in a second.`);
  if (!exists && fs.existsSync(`${file}-wal`)) throw new BackupRefused(`${file}-wal exists without ${file}: move it away first; nothing was changed.`);
  privateFolder(path.dirname(file));
  const { partial, orders } = await copyBeside(backup, file, (problem) => `${backup} is not a sound SQLite database of the shop (${problem}); nothing was changed.`);
  let alone: SQLite.Database | null = null;
  try {
    alone = exists ? openAlone(file) : null;
    if (setAside !== null) fs.renameSync(file, setAside);
    if (fs.existsSync(`${file}-wal`) && setAside !== null) fs.renameSync(`${file}-wal`, `${setAside}-wal`); // not expected: the WAL was checkpointed
    fs.rmSync(`${file}-shm`, { force: true }); // the WAL's index, rebuilt from the files on the next open
    try {
      fs.renameSync(partial, file);
    } catch (error) {
      if (setAside !== null) fs.renameSync(setAside, file);
      throw error;
    }
    syncToDisk(path.dirname(file));
  } finally {
    alone?.close();
    removeCopy(partial);
  }
  return { file, orders, setAside };
}
