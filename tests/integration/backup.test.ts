import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTableCatalogue } from '../../server/backup/tableCatalogue.ts';
import { openDatabase, type Db } from '../../server/db/database.ts';
import { readStoredFile } from '../../server/db/fileStore.ts';
import { MIGRATION_NAMES } from '../../server/db/migrate.ts';
import { BACKENDS, type TestDatabase } from '../fixtures/databases.ts';
import { EVERY_BYTE, fillExpoDay } from '../fixtures/expoDay.ts';

/** Every row of every table the database lists, each value as PostgreSQL's own text for it, rows sorted. */
type Contents = Record<string, string[]>;

async function contentsOf(db: Kysely<unknown>): Promise<Contents> {
  const contents: Contents = {};
  for (const table of await readTableCatalogue(db)) {
    const columns = sql.join(table.columns.map((c) => sql`${sql.id(c.name)}::text`));
    const { rows } = await sql<{
      row: string;
    }>`SELECT json_build_array(${columns})::text AS row FROM ${sql.id(table.name)}`.execute(db);
    contents[table.name] = rows.map((r) => r.row).sort();
  }
  return contents;
}

async function open(target: TestDatabase, migrate = true): Promise<Db> {
  return openDatabase({ databaseUrl: target.env.DATABASE_URL, dataDir: target.env.DATA_DIR, migrate });
}

async function contentsOfDatabase(target: TestDatabase): Promise<Contents> {
  const database = await open(target, false);
  try {
    return await contentsOf(database.db as Kysely<unknown>);
  } finally {
    await database.close();
  }
}

/** Runs `npm run <script> -- args` as the operator would, against the given database. */
function npmRun(script: string, args: string[], target: TestDatabase): Promise<{ code: number; output: string }> {
  const env = { ...process.env, DATABASE_URL: '', ...target.env, LOG_LEVEL: 'warn' };
  return new Promise((resolve) => {
    execFile('npm', ['run', '--silent', script, '--', ...args], { env, timeout: 120_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, output: `${stdout}${stderr}` });
    });
  });
}

/** A valid backup with its lines changed and its checksum made right again: what a newer version would write. */
function rewritten(file: string, edit: (lines: string[]) => string[]): string {
  const lines = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
  const body = edit(lines.slice(0, -1));
  const trailer = JSON.parse(lines.at(-1)!) as { sha256: string };
  trailer.sha256 = createHash('sha256')
    .update(body.map((l) => `${l}\n`).join(''))
    .digest('hex');
  const out = `${file}.${Math.random().toString(36).slice(2)}.gz`;
  writeFileSync(out, gzipSync(`${[...body, JSON.stringify(trailer)].join('\n')}\n`));
  return out;
}

describe.each(BACKENDS)('backup and restore from $name', { timeout: 300_000 }, ({ name, create }) => {
  let source: TestDatabase;
  let original: Contents;
  const dir = mkdtempSync(path.join(tmpdir(), 'tm-backup-'));
  const file = path.join(dir, 'nested', 'expo.jsonl.gz');
  const restored: TestDatabase[] = [];

  beforeAll(async () => {
    source = await create();
    const database = await open(source);
    try {
      await fillExpoDay(database.db);
      original = await contentsOf(database.db as Kysely<unknown>);
    } finally {
      await database.close();
    }
  });
  afterAll(async () => {
    for (const target of restored) await target.drop();
    await source?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has rows in every table the database lists, so a table added later without any fails here', () => {
    expect(Object.keys(original).length).toBeGreaterThanOrEqual(22);
    const empty = Object.entries(original)
      .filter(([, rows]) => rows.length === 0)
      .map(([table]) => table);
    expect(empty).toEqual([]);
  });

  it('npm run backup writes one file with every table', async () => {
    const { code, output } = await npmRun('backup', ['--out', file], source);
    expect(output).toContain(`from ${name} written to ${file}`);
    expect(code).toBe(0);
    const header = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8').split('\n')[0]!) as {
      migrations: string[];
      tables: { name: string }[];
    };
    expect(header.migrations).toEqual(MIGRATION_NAMES);
    expect(header.tables.map((t) => t.name).sort()).toEqual(Object.keys(original).sort());
  });

  for (const into of BACKENDS) {
    it(`npm run restore into a fresh ${into.name} gives back every row of every table`, async () => {
      const target = await into.create();
      restored.push(target);
      const { code, output } = await npmRun('restore', [file], target);
      expect(output).toContain(`restored into ${into.name}`);
      expect(code).toBe(0);
      const contents = await contentsOfDatabase(target);
      expect(Object.keys(contents).sort()).toEqual(Object.keys(original).sort());
      for (const table of Object.keys(original))
        expect({ table, rows: contents[table] }).toEqual({ table, rows: original[table] });

      // Uploads come back byte for byte, and the server's own code finds them.
      const database = await open(target);
      try {
        const files = await database.db.selectFrom('files').select(['id', 'kind']).execute();
        const logo = await readStoredFile(database.db, files.find((f) => f.kind === 'logo')!.id);
        expect(Buffer.from(logo!.bytes).equals(Buffer.from(EVERY_BYTE))).toBe(true);
      } finally {
        await database.close();
      }
    });
  }

  it('restores over a database that has rows of its own, replacing them all', async () => {
    const target = restored[0]!;
    const database = await open(target);
    try {
      await database.db.deleteFrom('question_votes').execute();
      await database.db.insertInto('retired_booth_ids').values({ id: 'not-in-the-backup' }).execute();
    } finally {
      await database.close();
    }
    const { code } = await npmRun('restore', [file], target);
    expect(code).toBe(0);
    expect(await contentsOfDatabase(target)).toEqual(original);
  });

  describe('refuses a bad file with a clear message and a failing exit code, changing nothing', () => {
    const cases: [string, () => string, RegExp][] = [
      ['a missing file', () => path.join(dir, 'no-such.jsonl.gz'), /there is no file/],
      [
        'a file cut off halfway',
        () => {
          const out = path.join(dir, 'cut.jsonl.gz');
          const bytes = readFileSync(file);
          writeFileSync(out, bytes.subarray(0, Math.floor(bytes.length / 2)));
          return out;
        },
        /damaged or cut off/,
      ],
      [
        'a file with bytes overwritten',
        () => {
          const out = path.join(dir, 'corrupt.jsonl.gz');
          const bytes = Buffer.from(readFileSync(file));
          bytes.fill(0x55, Math.floor(bytes.length / 3), Math.floor(bytes.length / 3) + 64);
          writeFileSync(out, bytes);
          return out;
        },
        /damaged/,
      ],
      [
        'a row changed after the backup was written',
        () => {
          const out = path.join(dir, 'edited.jsonl.gz');
          const text = gunzipSync(readFileSync(file)).toString('utf8');
          writeFileSync(out, gzipSync(text.replace('Flooding the plaza', 'Flooding the plazA')));
          return out;
        },
        /checksum does not match/,
      ],
      [
        'a file that is not a backup at all',
        () => {
          const out = path.join(dir, 'other.gz');
          writeFileSync(out, gzipSync('{"hello":"world"}\n'));
          return out;
        },
        /not a Turkic Metaverse backup/,
      ],
      [
        'a backup from a newer version, with a migration this one does not know',
        () =>
          rewritten(file, ([header, ...rows]) => {
            const parsed = JSON.parse(header!) as { migrations: string[] };
            parsed.migrations.push('999_from_the_future');
            return [JSON.stringify(parsed), ...rows];
          }),
        /made by a newer version of the expo \(its schema has migration 999_from_the_future/,
      ],
      [
        'a backup of an older schema than the database already has',
        () =>
          rewritten(file, ([header, ...rows]) => {
            const parsed = JSON.parse(header!) as { migrations: string[] };
            parsed.migrations.pop();
            return [JSON.stringify(parsed), ...rows];
          }),
        /is newer than the backup's .*restore it into a fresh database/,
      ],
    ];
    for (const [what, make, message] of cases) {
      it(what, async () => {
        const target = restored[0]!;
        const before = await contentsOfDatabase(target);
        const bad = make();
        const { code, output } = await npmRun('restore', [bad], target);
        expect(output).toMatch(message);
        expect(output).toContain('was not restored');
        expect(code).not.toBe(0);
        expect(await contentsOfDatabase(target)).toEqual(before);
        expect(before).toEqual(original);
      });
    }
  });

  it('refuses to run without a file, or with two', async () => {
    for (const args of [[], [file, file]]) {
      const { code, output } = await npmRun('restore', args, source);
      expect(output).toContain('usage: npm run restore -- <backup file>');
      expect(code).toBe(2);
    }
  });

  if (name === 'pglite') {
    it('will not open the embedded database while another process has it open', async () => {
      const database = await open(source);
      try {
        for (const [script, args] of [
          ['backup', ['--out', path.join(dir, 'while-open.jsonl.gz')]],
          ['restore', [file]],
        ] as const) {
          const { code, output } = await npmRun(script, [...args], source);
          expect(output).toContain('is open in another process: stop the server first');
          expect(code).not.toBe(0);
        }
      } finally {
        await database.close();
      }
    });
  }
});

describe.each(BACKENDS)(
  'backup and restore of column types the schema does not use yet, on $name',
  { timeout: 120_000 },
  ({ create }) => {
    const probe = sql`CREATE TABLE backup_probe (
    id bigserial PRIMARY KEY, big bigint, exact numeric, rough double precision,
    at timestamptz, day date, tags text[], doc jsonb, raw bytea)`;

    it('gives back extreme values exactly, and a serial column counts on after the restored rows', async () => {
      const source = await create();
      const target = await create();
      const dir = mkdtempSync(path.join(tmpdir(), 'tm-backup-types-'));
      const file = path.join(dir, 'types.jsonl.gz');
      try {
        const from = await open(source);
        try {
          await probe.execute(from.db);
          await sql`INSERT INTO backup_probe (big, exact, rough, at, day, tags, doc, raw) VALUES
          (9223372036854775807, 12345678901234567890.000000000001, 0.1, '2026-01-01 00:00:00.123456+00', '2026-02-28',
           ARRAY['a', 'b c', NULL, '"quoted"'], '{"n": 1.50, "s": "é \\" x\\n"}', '\\x00ff10'),
          (-9223372036854775808, -0.5, 1e-300, '1999-12-31 23:59:59.999999+05:30', NULL, '{}', 'null', ''),
          (NULL, NULL, 'NaN', NULL, NULL, NULL, NULL, NULL)`.execute(from.db);
          await sql`DELETE FROM backup_probe WHERE id = 1`.execute(from.db);
          await sql`INSERT INTO backup_probe (big) VALUES (7)`.execute(from.db);
        } finally {
          await from.close();
        }
        expect((await npmRun('backup', ['--out', file], source)).code).toBe(0);

        // The same hand-made table on the other side, where a restore expects the backup's tables.
        const to = await open(target);
        try {
          await probe.execute(to.db);
        } finally {
          await to.close();
        }
        const restore = await npmRun('restore', [file], target);
        expect(restore.output).toContain('restored into');
        expect(restore.code).toBe(0);
        const before = await contentsOfDatabase(source);
        expect(before.backup_probe).toHaveLength(3);
        expect(await contentsOfDatabase(target)).toEqual(before);

        const after = await open(target);
        try {
          const { rows } = await sql<{
            id: string;
          }>`INSERT INTO backup_probe (big) VALUES (8) RETURNING id::text`.execute(after.db);
          expect(rows[0]!.id).toBe('5');
        } finally {
          await after.close();
        }
      } finally {
        await source.drop();
        await target.drop();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  },
);

describe.runIf(BACKENDS.some((b) => b.name === 'postgres'))(
  'backup of PostgreSQL while the server writes',
  { timeout: 120_000 },
  () => {
    it('is one snapshot: rows written meanwhile are in it whole or not at all', async () => {
      const postgres = BACKENDS.find((b) => b.name === 'postgres')!;
      const source = await postgres.create();
      const target = await postgres.create();
      const dir = mkdtempSync(path.join(tmpdir(), 'tm-backup-live-'));
      const file = path.join(dir, 'live.jsonl.gz');
      const live = await open(source);
      let writing = true;
      let written = 0;
      // Each transaction adds a person and their profile, which refers to them: profiles are read
      // after sessions, so a backup that is not one snapshot catches profiles without their person.
      const writer = (async () => {
        while (writing) {
          await live.db.transaction().execute(async (tx) => {
            const id = randomUUID();
            await tx
              .insertInto('sessions')
              .values({ user_id: id, name: 'Writer', country: 'kz', role: 'visitor', invite_id: null, scope: null })
              .execute();
            await tx
              .insertInto('profiles')
              .values({ user_id: id, organisation: `Org ${written}` })
              .execute();
          });
          written++;
        }
      })();
      try {
        while (written < 20) await new Promise((resolve) => setTimeout(resolve, 20));
        const before = written;
        const backup = await npmRun('backup', ['--out', file], source);
        expect(backup.code).toBe(0);
        expect(written).toBeGreaterThan(before);
        writing = false;
        await writer;

        const restore = await npmRun('restore', [file], target);
        expect(restore.output).toContain('restored into postgres');
        expect(restore.code).toBe(0);
        const contents = await contentsOfDatabase(target);
        expect(contents.profiles!.length).toBe(contents.sessions!.length);
        expect(contents.sessions!.length).toBeGreaterThanOrEqual(20);
      } finally {
        writing = false;
        await writer.catch(() => undefined);
        await live.close();
        await source.drop();
        await target.drop();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  },
);
