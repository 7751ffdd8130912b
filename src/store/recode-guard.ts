import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { sql } from 'kysely';
import type { Db } from './dialect.js';
import { StoreBusyError } from './store-errors.js';

/**
 * Keeps ingests out of a store while a recode replaces its derived rows. A recode deletes every event,
 * link and linked event, then codes the stored articles page by page; an article another process stored
 * meanwhile would be coded twice (by its ingest, and by the recode's later pages), and a batch that
 * searched its candidates before the delete would link to events that no longer exist. So a recode runs
 * `during` the guard, and each ingest's write transaction asks `admit` before it writes anything.
 */
export interface RecodeGuard {
  /** Runs a whole recode holding the guard, with the handle it must do all its work through. */
  during<T>(db: Db, work: (db: Db) => Promise<T>): Promise<T>;
  /**
   * In an ingest's write transaction, before it writes: true once no recode is running. False where the
   * engine cannot wait inside a transaction: the ingest then rolls back, waits and asks again.
   */
  admit(trx: Db): Promise<boolean>;
}

/** A store no other process can open (SQLite's `:memory:`): nothing to keep out. */
export const NO_GUARD: RecodeGuard = {
  during: (db, work) => work(db),
  admit: async () => true,
};

/** The advisory lock a recode holds and every ingest shares: a constant shared by every dyad process. */
export const RECODE_LOCK = 0x64796165;

/**
 * PostgreSQL: the recode holds an exclusive advisory lock on one connection for its whole run (released
 * by the server if that connection dies); each ingest transaction takes the same lock shared, so ingests
 * run side by side, wait while a recode runs, and a recode starts once the ingests under way commit.
 */
export const ADVISORY_RECODE_GUARD: RecodeGuard = {
  during(db, work) {
    return db.connection().execute(async (conn) => {
      await sql`SELECT pg_advisory_lock(${RECODE_LOCK})`.execute(conn);
      try {
        return await work(conn);
      } finally {
        await sql`SELECT pg_advisory_unlock(${RECODE_LOCK})`.execute(conn);
      }
    });
  },
  async admit(trx) {
    await sql`SELECT pg_advisory_xact_lock_shared(${RECODE_LOCK})`.execute(trx);
    return true;
  },
};

interface LockFileOwner {
  readonly pid: number;
  readonly host: string;
  readonly started: string;
}

/**
 * SQLite: a file beside the store (`news.db-recode`, as SQLite keeps `news.db-wal`) names the process
 * recoding it. Ingests in other processes check it inside their write transaction, where SQLite lets
 * no other writer in: one that began before the recode's delete is deleted and re-coded with the rest,
 * one that begins after it sees the file. A file left by a process that died is stale and ignored (the
 * next recode starts over anyway); a process on another host cannot be checked, so its file is obeyed.
 */
export function lockFileRecodeGuard(storeFile: string): RecodeGuard {
  const path = `${storeFile}-recode`;
  const running = (): LockFileOwner | null => {
    let owner: LockFileOwner;
    try {
      owner = JSON.parse(readFileSync(path, 'utf8')) as LockFileOwner;
    } catch {
      // No file, or one cut short while being written (its writer died at once): nothing running.
      return null;
    }
    return owner.host !== hostname() || alive(owner.pid) ? owner : null;
  };
  return {
    async during(db, work) {
      const owner = running();
      if (owner !== null && owner.pid !== process.pid) {
        throw new StoreBusyError(
          `${storeFile} is being re-coded by process ${owner.pid} on ${owner.host} (since ${owner.started}); ` +
            `run dyad recode again once it ends`,
        );
      }
      const mine: LockFileOwner = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
      writeFileSync(path, JSON.stringify(mine));
      try {
        return await work(db);
      } finally {
        unlinkSync(path);
      }
    },
    async admit() {
      return running() === null;
    },
  };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
