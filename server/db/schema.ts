import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { BoothContent } from '../../shared/booths.ts';
import type { LocalizedText } from '../../shared/languages.ts';
import type { BusinessCard } from '../../shared/cards.ts';

/** JSONB columns: written as JSON text, read back as objects by both drivers. */
type Json<T> = ColumnType<T, string, string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface EventsTable {
  id: string;
  name: Json<LocalizedText>;
  subtitle: Json<LocalizedText>;
}

export interface PavilionsTable {
  id: string;
  event_id: string;
  position: number;
  country: string;
  observer: boolean;
  style: string;
  colors: Json<{ primary: string; secondary: string; accent: string }>;
  name: Json<LocalizedText>;
  tagline: Json<LocalizedText>;
}

export interface BoothsTable {
  id: string;
  pavilion_id: string;
  position: number;
  kind: string;
  sample: boolean;
  content: Json<BoothContent>;
  logo_file_id: string | null;
  brochure_file_id: string | null;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface FilesTable {
  id: Generated<string>;
  booth_id: string;
  kind: string;
  content_type: string;
  bytes: Uint8Array;
  size: number;
  created_at: CreatedAt;
}

export interface LeadsTable {
  id: Generated<string>;
  booth_id: string;
  visitor_id: string;
  name: string;
  organisation: string;
  email: string;
  message: string;
  lang: string;
  created_at: CreatedAt;
}

export interface BoothVisitsTable {
  id: Generated<string>;
  booth_id: string;
  visitor_id: string;
  started_at: ColumnType<Date, Date | string, never>;
  ended_at: ColumnType<Date, Date | string, never>;
  dwell_ms: number;
}

export interface InvitesTable {
  code_hash: string;
  role: string;
  booth_id: string | null;
  note: string;
  created_at: CreatedAt;
  expires_at: Date | string | null;
  max_uses: number | null;
  uses: ColumnType<number, number | undefined, number>;
  id: Generated<string>;
  scope: string | null;
  revoked_at: Date | string | null;
}

export interface SessionsTable {
  user_id: string;
  invite_id: string | null;
  name: string;
  country: string;
  role: string;
  scope: string | null;
  created_at: CreatedAt;
}

export interface RestrictionsTable {
  user_id: string;
  kind: 'mute' | 'ban';
  until: Date | string | null;
  reason: string;
  created_at: CreatedAt;
}

export interface ModerationActionsTable {
  id: Generated<string>;
  action: string;
  user_id: string;
  user_name: string;
  by_id: string;
  by_name: string;
  reason: string;
  until: Date | string | null;
  at: CreatedAt;
}

export interface ChatMessagesTable {
  id: Generated<string>;
  room: string;
  from_id: string;
  name: string;
  country: string;
  role: string;
  text: string;
  at: CreatedAt;
  kind: Generated<string>;
  to_id: string | null;
  to_name: string | null;
  deleted_at: Date | null;
  deleted_by: string | null;
}

export interface StageSlotsTable {
  id: Generated<string>;
  pavilion_id: string;
  starts_at: Date | string;
  ends_at: Date | string;
  title: string;
  speaker_name: string;
  booth_id: string | null;
}

export interface QuestionsTable {
  id: Generated<string>;
  pavilion_id: string;
  from_id: string;
  name: string;
  text: string;
  answered: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: CreatedAt;
}

export interface QuestionVotesTable {
  question_id: string;
  user_id: string;
}

export interface MeetingHallsTable {
  id: string;
  name: string;
  country: string;
  seats: number;
  position: number;
  /** Set when an organiser took the hall out of use; past meetings still name it. */
  retired_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;

export interface MeetingsTable {
  id: Generated<string>;
  hall_id: string;
  host_id: string;
  title: string;
  starts_at: Date | string;
  ends_at: Date | string;
  status: ColumnType<string, string | undefined, string>;
  languages: Json<string[]>;
  no_recording: boolean;
  e2ee: ColumnType<boolean, boolean | undefined, boolean>;
  version: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ProfilesTable {
  user_id: string;
  organisation: ColumnType<string, string | undefined, string>;
  title: ColumnType<string, string | undefined, string>;
  email: ColumnType<string, string | undefined, string>;
  phone: ColumnType<string, string | undefined, string>;
  website: ColumnType<string, string | undefined, string>;
  findable: ColumnType<boolean, boolean | undefined, boolean>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** One exchange of business cards; each side's card is a snapshot (BusinessCard) taken at that moment. */
export interface CardExchangesTable {
  id: Generated<string>;
  a_id: string;
  b_id: string;
  a_card: Json<BusinessCard>;
  b_card: Json<BusinessCard>;
  place: string;
  exchanged_at: CreatedAt;
}

export interface MeetingParticipantsTable {
  meeting_id: string;
  user_id: string;
  name: string;
  country: string;
  role: string;
  verified: boolean;
  host: boolean;
  rsvp: ColumnType<string, string | undefined, string>;
  /** The meeting's times, repeated so that one exclusion constraint covers each person. */
  starts_at: Date | string;
  ends_at: Date | string;
  /** Counts against the person's time: false once they decline or the meeting is cancelled. */
  active: ColumnType<boolean, boolean | undefined, boolean>;
}

/** An organiser's banner message; `text` is LocalizedText. */
export interface AnnouncementsTable {
  id: Generated<string>;
  text: Json<Record<string, string>>;
  by_id: string;
  by_name: string;
  started_at: CreatedAt;
  ends_at: Date | string | null;
  ended_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** A visitor's report of another person; `place` is a ReportPlace. */
export interface ReportsTable {
  id: Generated<string>;
  reporter_id: string;
  reported_id: string;
  reason: string;
  details: string;
  place: ColumnType<unknown, string | null, string | null>;
  created_at: CreatedAt;
  status: ColumnType<string, string | undefined, string>;
  resolved_by: ColumnType<string | null, string | null | undefined, string | null>;
  resolved_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  note: ColumnType<string, string | undefined, string>;
  action: ColumnType<string | null, string | null | undefined, string | null>;
}

/** Ids of removed booths, never given out again. */
export interface RetiredBoothIdsTable {
  id: string;
  retired_at: CreatedAt;
}

export interface Database {
  events: EventsTable;
  pavilions: PavilionsTable;
  booths: BoothsTable;
  files: FilesTable;
  leads: LeadsTable;
  booth_visits: BoothVisitsTable;
  invites: InvitesTable;
  sessions: SessionsTable;
  restrictions: RestrictionsTable;
  moderation_actions: ModerationActionsTable;
  chat_messages: ChatMessagesTable;
  stage_slots: StageSlotsTable;
  questions: QuestionsTable;
  question_votes: QuestionVotesTable;
  meeting_halls: MeetingHallsTable;
  meetings: MeetingsTable;
  meeting_participants: MeetingParticipantsTable;
  profiles: ProfilesTable;
  card_exchanges: CardExchangesTable;
  announcements: AnnouncementsTable;
  reports: ReportsTable;
  retired_booth_ids: RetiredBoothIdsTable;
}

export type LeadRow = Selectable<LeadsTable>;
export type NewBoothVisit = Insertable<BoothVisitsTable>;
