import type { Kysely, Selectable } from 'kysely';
import { BusinessCard } from '../../shared/cards.ts';
import { ReportAction, ReportPlace, type ReportReason } from '../../shared/reports.ts';
import type { ExportRow, ExportSectionName } from '../../shared/exportFormat.ts';
import { readCatalogue } from '../db/catalogueStore.ts';
import { toAnnouncement } from '../db/announcementStore.ts';
import { toSummary } from '../db/inviteStore.ts';
import { toLead } from '../db/leadStore.ts';
import { withPeople } from '../db/meetingStore.ts';
import { toRecord } from '../db/moderationStore.ts';
import type { Database } from '../db/schema.ts';
import { toSlot } from '../db/stageStore.ts';
import { inPages, inPagesOf } from './pages.ts';
import { isoTime, isoTimeOrNull } from '../db/instants.ts';

type Db = Kysely<Database>;

/** One part of the export: a name and its rows, read page by page. */
export interface ExportSection {
  name: ExportSectionName;
  read(db: Db): AsyncIterable<unknown>;
}

/** Ties a section's rows to their schema's type in shared/exportFormat.ts. */
function section<N extends ExportSectionName>(name: N, read: (db: Db) => AsyncIterable<ExportRow<N>>): ExportSection {
  return { name, read };
}

async function* once<T>(rows: Promise<T[]>): AsyncGenerator<T> {
  yield* await rows;
}

/** The tables whose rows have an `id` to page by. */
type TableWithId = { [T in keyof Database]: Database[T] extends { id: unknown } ? T : never }[keyof Database];

/**
 * Every row of `table`, a page at a time in id order (keyset paging, ./pages.ts),
 * each page turned into export rows by `map` (which may drop rows or read more for them).
 */
function pagedById<T extends TableWithId, R>(
  db: Db,
  table: T,
  map: (rows: Selectable<Database[T]>[]) => R[] | Promise<R[]>,
): AsyncGenerator<R> {
  // Kysely cannot follow a table chosen by a type parameter; every table here has a text id.
  const byId = db as unknown as Kysely<Record<string, { id: string }>>;
  return inPagesOf(async (after: string | undefined, limit: number) => {
    const rows = await byId
      .selectFrom(table as string)
      .selectAll()
      .$if(after !== undefined, (q) => q.where('id', '>', after!))
      .orderBy('id')
      .limit(limit)
      .execute();
    return { last: rows.at(-1)?.id, full: rows.length === limit, rows: await map(rows as Selectable<Database[T]>[]) };
  });
}

/** Votes per question, for one page of questions. */
async function votesFor(db: Db, questionIds: string[]): Promise<Map<string, number>> {
  if (questionIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('question_votes')
    .select(['question_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('question_id', 'in', questionIds)
    .groupBy('question_id')
    .execute();
  return new Map(rows.map((r) => [r.question_id, Number(r.n)]));
}

/**
 * Everything the export holds, in the order it is written. A new kind of event data is one
 * more line here (and its row schema in shared/exportFormat.ts).
 */
export const EXPORT_SECTIONS: ExportSection[] = [
  section('event', (db) => once(readCatalogue(db).then((c) => [c.event]))),
  section('pavilions', (db) => once(readCatalogue(db).then((c) => c.pavilions))),
  section('meetingHalls', (db) =>
    once(
      db
        .selectFrom('meeting_halls')
        .selectAll()
        .orderBy('position')
        .execute()
        .then((rows) =>
          rows.map((r) => ({
            id: r.id,
            name: r.name,
            country: r.country as ExportRow<'meetingHalls'>['country'],
            seats: r.seats,
            retiredAt: isoTimeOrNull(r.retired_at),
          })),
        ),
    ),
  ),
  section('stageSlots', (db) => pagedById(db, 'stage_slots', (rows) => rows.map(toSlot))),
  section('stageQuestions', (db) =>
    pagedById(db, 'questions', async (rows) => {
      const votes = await votesFor(
        db,
        rows.map((r) => r.id),
      );
      return rows.map((r) => ({
        id: r.id,
        pavilionId: r.pavilion_id,
        fromId: r.from_id,
        name: r.name,
        text: r.text,
        answered: r.answered,
        votes: votes.get(r.id) ?? 0,
        createdAt: isoTime(r.created_at),
      }));
    }),
  ),
  section('meetings', (db) =>
    pagedById(db, 'meetings', async (rows) => {
      const meetings = await withPeople(db, rows);
      return meetings.map((m, i) => ({ ...m, createdAt: isoTime(rows[i]!.created_at) }));
    }),
  ),
  // Summaries only: never the code (it was shown once) nor its hash.
  section('invitations', (db) => pagedById(db, 'invites', (rows) => rows.map(toSummary))),
  section('people', (db) =>
    inPages(async (after, limit) => {
      const rows = await db
        .selectFrom('sessions')
        .leftJoin('profiles', 'profiles.user_id', 'sessions.user_id')
        .select([
          'sessions.user_id',
          'sessions.invite_id',
          'sessions.name',
          'sessions.country',
          'sessions.role',
          'sessions.scope',
          'sessions.created_at',
          'profiles.organisation',
          'profiles.title',
          'profiles.email',
          'profiles.phone',
          'profiles.website',
          'profiles.findable',
        ])
        .$if(after !== undefined, (q) => q.where('sessions.user_id', '>', after!.userId))
        .orderBy('sessions.user_id')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        userId: r.user_id,
        name: r.name,
        country: r.country,
        role: r.role,
        scope: r.scope,
        inviteId: r.invite_id,
        createdAt: isoTime(r.created_at),
        profile:
          r.findable === null
            ? null
            : {
                organisation: r.organisation ?? '',
                title: r.title ?? '',
                email: r.email ?? '',
                phone: r.phone ?? '',
                website: r.website ?? '',
                findable: r.findable,
              },
      }));
    }),
  ),
  section('leads', (db) => pagedById(db, 'leads', (rows) => rows.map(toLead))),
  section('boothVisits', (db) =>
    pagedById(db, 'booth_visits', (rows) =>
      rows.map((r) => ({
        id: r.id,
        boothId: r.booth_id,
        visitorId: r.visitor_id,
        startedAt: isoTime(r.started_at),
        endedAt: isoTime(r.ended_at),
        dwellMs: r.dwell_ms,
      })),
    ),
  ),
  section('cardExchanges', (db) =>
    pagedById(db, 'card_exchanges', (rows) =>
      rows.map((r) => ({
        id: r.id,
        place: r.place,
        exchangedAt: isoTime(r.exchanged_at),
        // Read back through the card's schema, so a stored snapshot cannot carry anything else out.
        cards: [BusinessCard.parse(r.a_card), BusinessCard.parse(r.b_card)] as [BusinessCard, BusinessCard],
      })),
    ),
  ),
  section('moderationLog', (db) => pagedById(db, 'moderation_actions', (rows) => rows.map(toRecord))),
  section('restrictions', (db) =>
    once(
      db
        .selectFrom('restrictions')
        .selectAll()
        .orderBy('created_at')
        .execute()
        .then((rows) =>
          rows.map((r) => ({
            userId: r.user_id,
            kind: r.kind,
            until: isoTimeOrNull(r.until),
            reason: r.reason,
            createdAt: isoTime(r.created_at),
          })),
        ),
    ),
  ),
  section('announcements', (db) => pagedById(db, 'announcements', (rows) => rows.map(toAnnouncement))),
  section('reports', (db) =>
    pagedById(db, 'reports', (rows) =>
      rows.map((r) => ({
        id: r.id,
        reporterId: r.reporter_id,
        reportedId: r.reported_id,
        reason: r.reason as ReportReason,
        details: r.details,
        place: ReportPlace.nullable().catch(null).parse(r.place),
        at: isoTime(r.created_at),
        status: r.status as ExportRow<'reports'>['status'],
        resolvedBy: r.resolved_by,
        resolvedAt: isoTimeOrNull(r.resolved_at),
        action: ReportAction.nullable().catch(null).parse(r.action),
        note: r.note,
      })),
    ),
  ),
  // Room and nearby messages; a direct one is private between two people, and a deleted one
  // keeps only that it was said and removed (shared/exportFormat.ts says why).
  section('chat', (db) =>
    pagedById(db, 'chat_messages', (rows) =>
      rows
        .filter((r): r is typeof r & { kind: 'room' | 'nearby' } => r.kind === 'room' || r.kind === 'nearby')
        .map((r) => ({
          id: r.id,
          kind: r.kind,
          room: r.room,
          fromId: r.from_id,
          name: r.name,
          country: r.country,
          role: r.role,
          at: isoTime(r.at),
          text: r.deleted_at === null ? r.text : null,
          deletedAt: isoTimeOrNull(r.deleted_at),
          deletedBy: r.deleted_by,
        })),
    ),
  ),
];
