import type { Kysely } from 'kysely';
import { BusinessCard } from '../../shared/cards.ts';
import { ReportPlace, type ReportReason } from '../../shared/reports.ts';
import type { ExportRow, ExportSectionName } from '../../shared/exportFormat.ts';
import { readCatalogue } from '../db/catalogueStore.ts';
import { toAnnouncement } from '../db/announcementStore.ts';
import { toSummary } from '../db/inviteStore.ts';
import { toLead } from '../db/leadStore.ts';
import { withPeople } from '../db/meetingStore.ts';
import { toRecord } from '../db/moderationStore.ts';
import type { Database } from '../db/schema.ts';
import { toSlot } from '../db/stageStore.ts';
import { inPages } from './pages.ts';
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
  section('stageSlots', (db) =>
    inPages(async (after, limit) =>
      (
        await db
          .selectFrom('stage_slots')
          .selectAll()
          .$if(after !== undefined, (q) => q.where('id', '>', after!.id))
          .orderBy('id')
          .limit(limit)
          .execute()
      ).map(toSlot),
    ),
  ),
  section('stageQuestions', (db) =>
    inPages(async (after, limit) => {
      const rows = await db
        .selectFrom('questions')
        .selectAll('questions')
        .select((eb) =>
          eb
            .selectFrom('question_votes')
            .select(eb.fn.countAll<string>().as('n'))
            .whereRef('question_votes.question_id', '=', 'questions.id')
            .as('votes'),
        )
        .$if(after !== undefined, (q) => q.where('questions.id', '>', after!.id))
        .orderBy('questions.id')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        pavilionId: r.pavilion_id,
        fromId: r.from_id,
        name: r.name,
        text: r.text,
        answered: r.answered,
        votes: Number(r.votes ?? 0),
        createdAt: isoTime(r.created_at),
      }));
    }),
  ),
  section('meetings', (db) =>
    inPages(async (after, limit) => {
      const rows = await db
        .selectFrom('meetings')
        .selectAll()
        .$if(after !== undefined, (q) => q.where('id', '>', after!.id))
        .orderBy('id')
        .limit(limit)
        .execute();
      const meetings = await withPeople(db, rows);
      return meetings.map((m, i) => ({ ...m, createdAt: isoTime(rows[i]!.created_at) }));
    }),
  ),
  // Summaries only: never the code (it was shown once) nor its hash.
  section('invitations', (db) =>
    inPages(async (after, limit) =>
      (
        await db
          .selectFrom('invites')
          .selectAll()
          .$if(after !== undefined, (q) => q.where('id', '>', after!.id))
          .orderBy('id')
          .limit(limit)
          .execute()
      ).map(toSummary),
    ),
  ),
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
  section('leads', (db) =>
    inPages(async (after, limit) =>
      (
        await db
          .selectFrom('leads')
          .selectAll()
          .$if(after !== undefined, (q) => q.where('id', '>', after!.id))
          .orderBy('id')
          .limit(limit)
          .execute()
      ).map(toLead),
    ),
  ),
  section('boothVisits', (db) =>
    inPages(async (after, limit) =>
      (
        await db
          .selectFrom('booth_visits')
          .selectAll()
          .$if(after !== undefined, (q) => q.where('id', '>', after!.id))
          .orderBy('id')
          .limit(limit)
          .execute()
      ).map((r) => ({
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
    inPages(async (after, limit) =>
      (
        await db
          .selectFrom('card_exchanges')
          .selectAll()
          .$if(after !== undefined, (q) => q.where('id', '>', after!.id))
          .orderBy('id')
          .limit(limit)
          .execute()
      ).map((r) => ({
        id: r.id,
        place: r.place,
        exchangedAt: isoTime(r.exchanged_at),
        // Read back through the card's schema, so a stored snapshot cannot carry anything else out.
        cards: [BusinessCard.parse(r.a_card), BusinessCard.parse(r.b_card)] as [BusinessCard, BusinessCard],
      })),
    ),
  ),
  section('moderationLog', (db) =>
    inPages(async (after, limit) =>
      (
        await db
          .selectFrom('moderation_actions')
          .selectAll()
          .$if(after !== undefined, (q) => q.where('id', '>', after!.id))
          .orderBy('id')
          .limit(limit)
          .execute()
      ).map(toRecord),
    ),
  ),
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
  section('announcements', (db) =>
    inPages(async (after, limit) =>
      (
        await db
          .selectFrom('announcements')
          .selectAll()
          .$if(after !== undefined, (q) => q.where('id', '>', after!.id))
          .orderBy('id')
          .limit(limit)
          .execute()
      ).map(toAnnouncement),
    ),
  ),
  section('reports', (db) =>
    inPages(async (after, limit) =>
      (
        await db
          .selectFrom('reports')
          .selectAll()
          .$if(after !== undefined, (q) => q.where('id', '>', after!.id))
          .orderBy('id')
          .limit(limit)
          .execute()
      ).map((r) => ({
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
        note: r.note,
      })),
    ),
  ),
];
