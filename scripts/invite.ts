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
import { Role } from '../shared/roles.ts';

const USAGE = 'usage: npm run invite -- --role exhibitor --booth <booth id> [--days 30] [--uses N] [--note "..."]';

function readArgs() {
  try {
    return parseArgs({
      options: {
        role: { type: 'string' },
        booth: { type: 'string' },
        note: { type: 'string', default: '' },
        days: { type: 'string', default: '30' },
        uses: { type: 'string' },
      },
    }).values;
  } catch (error) {
    console.error(`invite: ${(error as Error).message.split('\n')[0]}`);
    console.error(USAGE);
    process.exit(2);
  }
}
const values = readArgs();

const Args = z
  .object({
    role: Role,
    booth: z.string().optional(),
    note: z.string().max(200),
    days: z.coerce.number().positive().max(365),
    uses: z.coerce.number().int().positive().optional(),
  })
  .refine((a) => a.role !== 'exhibitor' || a.booth, { message: 'an exhibitor invitation needs --booth <booth id>' });

const args = Args.safeParse(values);
if (!args.success) {
  console.error(`invite: ${args.error.issues.map((i) => i.message).join('; ')}`);
  console.error(USAGE);
  process.exit(2);
}

const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  const catalogue = await CatalogueService.open(database.db, config.catalogueFile);
  const boothId = args.data.role === 'exhibitor' ? (args.data.booth ?? null) : null;
  if (boothId && !catalogue.booth(boothId)) {
    const ids = catalogue.current.pavilions.flatMap((p) => p.booths.map((b) => b.id));
    console.error(`invite: no booth "${boothId}". Booths: ${ids.join(', ')}`);
    process.exitCode = 2;
  } else {
    const code = await createInvite(
      database.db,
      { role: args.data.role, boothId },
      {
        note: args.data.note,
        expiresAt: new Date(Date.now() + args.data.days * 86_400_000),
        maxUses: args.data.uses ?? null,
      },
    );
    const base = config.publicUrl ?? `http://localhost:${config.port}`;
    console.log(`${base}/?invite=${code}`);
  }
} finally {
  await database.close();
}
