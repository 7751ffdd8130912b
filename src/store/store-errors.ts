/**
 * A query filter that cannot be run (a date that is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a code that is
 * not a CAMEO prefix, a negative limit). `field` names the filter field.
 *
 * ```ts
 * try { store.events({ from: 'June' }); } catch (e) { if (e instanceof InvalidFilterError) console.error(e.message); }
 * ```
 */
export class InvalidFilterError extends Error {
  override readonly name = 'InvalidFilterError';
  constructor(
    readonly field: string,
    readonly value: unknown,
    hint: string,
  ) {
    super(`The event filter's ${field} ${JSON.stringify(value)} cannot be used: ${hint}`);
  }
}

/**
 * Writing one article of a batch failed, so the whole batch was rolled back. Carries the article's id and
 * origin, and the database error as `cause`.
 */
export class StoreWriteError extends Error {
  override readonly name = 'StoreWriteError';
  constructor(
    readonly articleId: string,
    readonly origin: string | undefined,
    options: { readonly cause: unknown },
  ) {
    const where = origin === undefined ? `article ${articleId}` : `article ${articleId} (${origin})`;
    const why = options.cause instanceof Error ? options.cause.message : String(options.cause);
    super(`Could not store ${where}: ${why}. Nothing from this batch was stored.`, options);
  }
}

/** The database was written by a newer dyad: its schema version is above the ones this version knows. */
export class SchemaVersionError extends Error {
  override readonly name = 'SchemaVersionError';
  constructor(
    readonly file: string,
    readonly found: number,
    readonly known: number,
  ) {
    super(`${file} has schema version ${found}, but this dyad knows versions up to ${known}: upgrade dyad to open it`);
  }
}

/** Another process is re-coding the store (`dyad recode`): a second recode would undo the first's work. */
export class StoreBusyError extends Error {
  override readonly name = 'StoreBusyError';
}
