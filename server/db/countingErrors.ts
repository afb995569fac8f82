import type {
  CompiledQuery,
  DatabaseConnection,
  Dialect,
  Driver,
  QueryCompiler,
  QueryResult,
  TransactionSettings,
} from 'kysely';

/** Told about every failed query, transaction statement or connection attempt, with the error. */
export type OnDatabaseError = (error: unknown) => void;

/** The SQLSTATE class (the code's first two characters: 08 connection, 23 constraint, 40 conflict), or 'none'. */
export function sqlstateClass(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code.slice(0, 2) : 'none';
}

/**
 * The same dialect, with every query of the server passing through one place that reports its
 * failures: PostgreSQL and PGlite alike, queries, transactions and connecting. The failure
 * still reaches the caller unchanged.
 */
export function countingErrors(dialect: Dialect, onError: OnDatabaseError): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createDriver: () => new CountingDriver(dialect.createDriver(), onError),
  };
}

class CountingConnection implements DatabaseConnection {
  constructor(
    readonly inner: DatabaseConnection,
    private readonly reported: <T>(work: () => Promise<T>) => Promise<T>,
  ) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return this.reported(() => this.inner.executeQuery<R>(query));
  }

  async *streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    const rows = this.inner.streamQuery<R>(query, chunkSize);
    for (;;) {
      const next = await this.reported(() => rows.next());
      if (next.done) return;
      yield next.value;
    }
  }
}

type SavepointStep = (
  connection: DatabaseConnection,
  name: string,
  compile: QueryCompiler['compileQuery'],
) => Promise<void>;

class CountingDriver implements Driver {
  savepoint?: SavepointStep;
  rollbackToSavepoint?: SavepointStep;
  releaseSavepoint?: SavepointStep;

  constructor(
    private readonly inner: Driver,
    private readonly onError: OnDatabaseError,
  ) {
    // Only what the wrapped driver offers: Kysely asks for savepoints only where they exist.
    for (const step of ['savepoint', 'rollbackToSavepoint', 'releaseSavepoint'] as const) {
      const run = inner[step]?.bind(inner);
      if (run) this[step] = (connection, name, compile) => this.reported(() => run(innerOf(connection), name, compile));
    }
  }

  private readonly reported = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      this.onError(error);
      throw error;
    }
  };

  init(): Promise<void> {
    return this.reported(() => this.inner.init());
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return new CountingConnection(await this.reported(() => this.inner.acquireConnection()), this.reported);
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.reported(() => this.inner.beginTransaction(innerOf(connection), settings));
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.reported(() => this.inner.commitTransaction(innerOf(connection)));
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.reported(() => this.inner.rollbackTransaction(innerOf(connection)));
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.inner.releaseConnection(innerOf(connection));
  }

  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

/** The wrapped driver's own connection: its release and transactions rely on what only it holds. */
function innerOf(connection: DatabaseConnection): DatabaseConnection {
  return connection instanceof CountingConnection ? connection.inner : connection;
}
