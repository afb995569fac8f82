import type { Kysely } from 'kysely';
import {
  REPORT_LIMITS,
  ReportPlace,
  type Report,
  type ReportAction,
  type ReportOutcome,
  type ReportPerson,
  type ReportReason,
} from '../../shared/reports.ts';
import type { CountryId } from '../../shared/countries.ts';
import type { Role } from '../../shared/roles.ts';
import type { Database } from './schema.ts';
import { isoTimeOrNull } from './instants.ts';

export interface NewReport {
  reporterId: string;
  reportedId: string;
  reason: ReportReason;
  details: string;
  place: ReportPlace | null;
}

export async function recordReport(db: Kysely<Database>, report: NewReport): Promise<string> {
  const row = await db
    .insertInto('reports')
    .values({
      reporter_id: report.reporterId,
      reported_id: report.reportedId,
      reason: report.reason,
      details: report.details,
      place: report.place && JSON.stringify(report.place),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** How many reports this person sent since `since`: the allowance is counted in the database, so it holds across restarts. */
export async function countReportsSince(db: Kysely<Database>, reporterId: string, since: Date): Promise<number> {
  const row = await db
    .selectFrom('reports')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('reporter_id', '=', reporterId)
    .where('created_at', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const person = (id: string, name: string, country: string, role: string): ReportPerson => ({
  id,
  name,
  country: country as CountryId,
  role: role as Role,
});

/**
 * Open reports oldest first (the next to handle at the top, however many are waiting), then
 * resolved ones newest first, each kind at most `limit`, with both people as their sessions name them.
 */
export async function listReports(db: Kysely<Database>, limit: number = REPORT_LIMITS.listed): Promise<Report[]> {
  const [open, resolved] = await Promise.all([
    selectReports(db).where('r.status', '=', 'open').orderBy('r.created_at', 'asc').limit(limit).execute(),
    selectReports(db).where('r.status', '<>', 'open').orderBy('r.created_at', 'desc').limit(limit).execute(),
  ]);
  return [...open, ...resolved].map((row): Report => ({
    id: row.id,
    reporter: person(row.reporter_id, row.reporter_name, row.reporter_country, row.reporter_role),
    reported: person(row.reported_id, row.reported_name, row.reported_country, row.reported_role),
    reason: row.reason as ReportReason,
    details: row.details,
    place: ReportPlace.nullable().catch(null).parse(row.place),
    at: new Date(row.created_at).toISOString(),
    status: row.status as Report['status'],
    resolvedBy: row.resolved_by,
    resolvedAt: isoTimeOrNull(row.resolved_at),
    action: row.action as ReportAction | null,
    note: row.note,
  }));
}

const selectReports = (db: Kysely<Database>) =>
  db
    .selectFrom('reports as r')
    .innerJoin('sessions as reporter', 'reporter.user_id', 'r.reporter_id')
    .innerJoin('sessions as reported', 'reported.user_id', 'r.reported_id')
    .select([
      'r.id',
      'r.reason',
      'r.details',
      'r.place',
      'r.created_at',
      'r.status',
      'r.resolved_by',
      'r.resolved_at',
      'r.action',
      'r.note',
      'reporter.user_id as reporter_id',
      'reporter.name as reporter_name',
      'reporter.country as reporter_country',
      'reporter.role as reporter_role',
      'reported.user_id as reported_id',
      'reported.name as reported_name',
      'reported.country as reported_country',
      'reported.role as reported_role',
    ]);

/** Reports per reported person, whatever their status. */
export async function countReportsPerPerson(db: Kysely<Database>): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('reports')
    .select(['reported_id', (eb) => eb.fn.countAll<string | number>().as('n')])
    .groupBy('reported_id')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.reported_id, Number(r.n)]));
}

/** Closes an open report; false when there is no such open report. */
export async function resolveReport(
  db: Kysely<Database>,
  id: string,
  resolution: { outcome: ReportOutcome; note: string; byName: string; action?: ReportAction },
): Promise<boolean> {
  return (await takeReport(db, id, resolution)) !== undefined;
}

/**
 * Closes a report if it is still open and says whom it names; undefined when it is not open
 * (or not there). The update locks the row, so of two organisers at once only one takes it.
 */
export async function takeReport(
  db: Kysely<Database>,
  id: string,
  resolution: { outcome: ReportOutcome; note: string; byName: string; action?: ReportAction },
): Promise<{ reportedId: string } | undefined> {
  const row = await db
    .updateTable('reports')
    .set({
      status: resolution.outcome,
      note: resolution.note,
      action: resolution.action ?? null,
      resolved_by: resolution.byName,
      resolved_at: new Date(),
    })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .returning('reported_id')
    .executeTakeFirst();
  return row && { reportedId: row.reported_id };
}

export async function reportExists(db: Kysely<Database>, id: string): Promise<boolean> {
  return (await db.selectFrom('reports').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}
