import { create } from 'zustand';
import type { Meeting } from '../../shared/meetings.ts';
import { readSeen, writeSeen, type SeenVersions } from './seenMeetings.ts';

export type MeetingsLoad = 'idle' | 'loading' | 'ready' | 'failed';

interface MeetingsState {
  /** The meetings the visitor is on the list of, as the server last sent them. */
  meetings: Meeting[];
  load: MeetingsLoad;
  failure: unknown;
  updatedAt: Date | null;
  /** Whose meetings these are; seen versions are kept per user. */
  userId: string | null;
  seen: SeenVersions;
  /** The meeting the host is changing in the booking form; null while booking a new one. */
  editingId: string | null;
  loading(userId: string): void;
  receive(userId: string, meetings: Meeting[]): void;
  failed(failure: unknown): void;
  /** One meeting as the server answered a booking, change, cancellation or reply. */
  upsert(meeting: Meeting): void;
  markSeen(meeting: Meeting): void;
  edit(meetingId: string | null): void;
}

/** Meetings seen for the first time count as seen as they are: only later versions are news. */
function withFirstSight(seen: SeenVersions, meetings: Meeting[]): SeenVersions {
  const fresh = meetings.filter((m) => seen[m.id] === undefined);
  if (fresh.length === 0) return seen;
  return { ...seen, ...Object.fromEntries(fresh.map((m) => [m.id, m.version])) };
}

const empty = { meetings: [], load: 'idle' as const, failure: null, updatedAt: null, editingId: null };

/** The visitor's own meetings agenda; written by client/net/meetingActions.ts, read by the views. */
export const useMeetings = create<MeetingsState>((set, get) => ({
  ...empty,
  userId: null,
  seen: {},
  loading: (userId) =>
    set((s) =>
      s.userId === userId
        ? { load: s.load === 'ready' ? 'ready' : 'loading', failure: null }
        : { ...empty, load: 'loading', userId, seen: readSeen(userId) },
    ),
  receive: (userId, meetings) => {
    if (get().userId !== userId) return;
    const seen = withFirstSight(get().seen, meetings);
    if (seen !== get().seen) writeSeen(userId, seen);
    set({ meetings, load: 'ready', failure: null, updatedAt: new Date(), seen });
  },
  failed: (failure) => set((s) => ({ load: s.load === 'ready' ? 'ready' : 'failed', failure })),
  upsert: (meeting) =>
    set((s) => ({
      meetings: s.meetings.some((m) => m.id === meeting.id)
        ? s.meetings.map((m) => (m.id === meeting.id ? meeting : m))
        : [...s.meetings, meeting],
    })),
  markSeen: (meeting) => {
    const { userId, seen } = get();
    if (!userId || seen[meeting.id] === meeting.version) return;
    const next = { ...seen, [meeting.id]: meeting.version };
    writeSeen(userId, next);
    set({ seen: next });
  },
  edit: (editingId) => set({ editingId }),
}));

/** Changed since the invitee last saw it; the host made the change, so it is never news to them. */
export function isChangedFor(meeting: Meeting, userId: string, seen: SeenVersions): boolean {
  if (meeting.hostId === userId) return false;
  const version = seen[meeting.id];
  return version !== undefined && meeting.version > version;
}
