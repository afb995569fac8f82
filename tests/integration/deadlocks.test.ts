import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../server/db/database.ts';
import { retryingConflicts } from '../../server/db/retryingConflicts.ts';
import { BACKENDS, type TestDatabase } from '../fixtures/databases.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(BACKENDS)('transactions that deadlock on $name', ({ create }) => {
  let target: TestDatabase;
  let database: Db;

  beforeAll(async () => {
    target = await create();
    database = await openDatabase({ databaseUrl: target.env.DATABASE_URL, dataDir: target.env.DATA_DIR });
    await sql`CREATE TABLE deadlock_probe (id int PRIMARY KEY, v int NOT NULL)`.execute(database.db);
    await sql`INSERT INTO deadlock_probe VALUES (1, 0), (2, 0)`.execute(database.db);
  });
  afterAll(async () => {
    await database.close();
    await target.drop();
  });

  it('both finish, each applied once, when two lock the same rows in opposite order', async () => {
    let runs = 0;
    let firstLocks = 0;
    // On PostgreSQL both take their first row, then each waits for the other's: a real deadlock,
    // which the database breaks by aborting one. PGlite runs one transaction at a time, so the
    // pause just runs out there.
    const bothHoldOne = async () => {
      for (let waited = 0; firstLocks < 2 && waited < 1_000; waited += 20) await sleep(20);
    };
    const swap = (first: number, second: number) =>
      retryingConflicts(() =>
        database.db.transaction().execute(async (tx) => {
          runs++;
          await sql`UPDATE deadlock_probe SET v = v + 1 WHERE id = ${first}`.execute(tx);
          if (++firstLocks <= 2) await bothHoldOne();
          await sql`UPDATE deadlock_probe SET v = v + 1 WHERE id = ${second}`.execute(tx);
        }),
      );
    await Promise.all([swap(1, 2), swap(2, 1)]);
    const rows = await sql<{ id: number; v: number }>`SELECT id, v FROM deadlock_probe ORDER BY id`.execute(
      database.db,
    );
    expect(rows.rows).toEqual([
      { id: 1, v: 2 },
      { id: 2, v: 2 },
    ]);
    // On PostgreSQL the deadlock really happened and one transaction ran a second time.
    expect(runs).toBe(target.backend === 'postgres' ? 3 : 2);
  });
});
