import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as initial from './migrations/001_catalogue_and_leads.ts';
import * as inviteLimits from './migrations/002_invite_limits.ts';
import * as rolesAndModeration from './migrations/003_roles_and_moderation.ts';
import * as stages from './migrations/004_stages.ts';
import * as meetings from './migrations/005_meetings.ts';
import * as meetingE2ee from './migrations/006_meeting_e2ee.ts';
import * as profiles from './migrations/007_profiles.ts';
import * as chatKinds from './migrations/008_chat_kinds.ts';
import * as businessCards from './migrations/009_business_cards.ts';
import * as hallRetirement from './migrations/010_hall_retirement.ts';
import * as announcementsAndReports from './migrations/011_announcements_and_reports.ts';
import * as retiredBoothIds from './migrations/012_retired_booth_ids.ts';
import * as oneAnnouncementAndReportActions from './migrations/013_one_announcement_and_report_actions.ts';

/** Migrations are listed in code, so the same ones run from a checkout, a build or a test. */
const MIGRATIONS: Record<string, Migration> = {
  '001_catalogue_and_leads': initial,
  '002_invite_limits': inviteLimits,
  '003_roles_and_moderation': rolesAndModeration,
  '004_stages': stages,
  '005_meetings': meetings,
  '006_meeting_e2ee': meetingE2ee,
  '007_profiles': profiles,
  '008_chat_kinds': chatKinds,
  '009_business_cards': businessCards,
  '010_hall_retirement': hallRetirement,
  '011_announcements_and_reports': announcementsAndReports,
  '012_retired_booth_ids': retiredBoothIds,
  '013_one_announcement_and_report_actions': oneAnnouncementAndReportActions,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Every migration this version knows, oldest first: the schema level a backup records. */
export const MIGRATION_NAMES: readonly string[] = Object.keys(MIGRATIONS).sort();

/** The migrations already applied to a database, oldest first; none for a fresh one. */
export async function appliedMigrations(db: Kysely<unknown>): Promise<string[]> {
  const { rows } = await sql<{ exists: boolean }>`SELECT to_regclass('kysely_migration') IS NOT NULL AS exists`.execute(
    db,
  );
  if (!rows[0]?.exists) return [];
  const applied = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  return applied.rows.map((r) => r.name);
}

/** Brings the schema up to date; a failed migration stops start-up with its name and cause. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  await migrateTo(db, undefined);
}

/** Applies the migrations up to and including `name` (all of them without one). */
export async function migrateTo(db: Kysely<unknown>, name: string | undefined): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await (name === undefined ? migrator.migrateToLatest() : migrator.migrateTo(name));
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const cause = error instanceof Error ? error.message : String(error ?? 'unknown error');
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${cause}`);
  }
}
