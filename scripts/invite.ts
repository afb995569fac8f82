/**
 * `npm run invite -- --role exhibitor --booth astana-hub` prints an invitation link.
 * With the embedded database, run it while the server is stopped (PGlite serves one process).
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { CatalogueService } from '../server/catalogue.ts';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/database.ts';
import { createInvite } from '../server/db/inviteStore.ts';
import { describeZodError } from '../shared/errors.ts';
import { RoleGrant } from '../shared/roles.ts';

const USAGE = [
  'usage: npm run invite -- --role <role> [binding] [--days 30] [--uses N] [--note "..."]',
  '  --role organiser | visitor',
  '  --role exhibitor --booth <booth id>',
  '  --role speaker --stage <pavilion id>',
  '  --role delegate --delegation <country id>',
  '  --role interpreter --lang <language>',
].join('\n');

function fail(message: string): never {
  console.error(`invite: ${message}`);
  console.error(USAGE);
  process.exit(2);
}

function readArgs() {
  try {
    return parseArgs({
      options: {
        role: { type: 'string' },
        booth: { type: 'string' },
        stage: { type: 'string' },
        delegation: { type: 'string' },
        lang: { type: 'string' },
        note: { type: 'string', default: '' },
        days: { type: 'string', default: '30' },
        uses: { type: 'string' },
      },
    }).values;
  } catch (error) {
    fail((error as Error).message.split('\n')[0] ?? 'bad arguments');
  }
}
const values = readArgs();

const Limits = z.object({
  note: z.string().max(200),
  days: z.coerce.number().positive().max(365),
  uses: z.coerce.number().int().positive().optional(),
});
const grant = RoleGrant.safeParse({ ...values, boothId: values.booth });
if (!grant.success) fail(describeZodError(grant.error));
const limits = Limits.safeParse(values);
if (!limits.success) fail(describeZodError(limits.error));

const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  const catalogue = await CatalogueService.open(database.db, config.catalogueFile);
  if (grant.data.role === 'exhibitor' && !catalogue.booth(grant.data.boothId)) {
    const ids = catalogue.current.pavilions.flatMap((p) => p.booths.map((b) => b.id));
    console.error(`invite: no booth "${grant.data.boothId}". Booths: ${ids.join(', ')}`);
    process.exitCode = 2;
  } else {
    const { code } = await createInvite(database.db, grant.data, {
      note: limits.data.note,
      expiresAt: new Date(Date.now() + limits.data.days * 86_400_000),
      maxUses: limits.data.uses ?? null,
    });
    const base = config.publicUrl ?? `http://localhost:${config.port}`;
    console.log(`${base}/?invite=${code}`);
  }
} finally {
  await database.close();
}
