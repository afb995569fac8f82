import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CountryId } from '../../../shared/countries.ts';
import type { Lang } from '../../../shared/languages.ts';
import { useMeetingCall, type Attendee, type CallParticipant } from '../../state/meetingCall.ts';
import { useSession } from '../../state/session.ts';

/** One person's tile: who they are (from the room) and what they send (from the call). */
export interface Tile {
  id: string;
  name: string;
  country: CountryId | null;
  verified: boolean;
  chair: boolean;
  interprets: Lang | null;
  local: boolean;
  away: boolean;
  speaking: boolean;
  /** The floor is theirs. */
  hasFloor: boolean;
  camera: string | null;
  screen: string | null;
  micSid: string | null;
  micMuted: boolean;
}

function tileOf(
  attendee: Attendee | undefined,
  call: CallParticipant | undefined,
  selfId: string,
  speaker: string | null,
): Tile {
  const id = attendee?.id ?? call!.identity;
  return {
    id,
    name: attendee?.name || call?.name || '',
    country: attendee?.country ?? null,
    verified: attendee?.verified ?? false,
    chair: attendee?.chair ?? false,
    interprets: attendee?.interprets ?? null,
    local: id === selfId,
    away: attendee?.away ?? false,
    speaking: call?.speaking ?? false,
    hasFloor: speaker === id,
    camera: call?.camera ?? null,
    screen: call?.screen ?? null,
    micSid: call?.micSid ?? null,
    micMuted: call?.micMuted ?? true,
  };
}

/** Everyone in the meeting, the visitor first, then the chair, then by name. */
export function useTiles(): Tile[] {
  const selfId = useSession((s) => s.session?.user.id ?? '');
  const { attendees, participants, speaker } = useMeetingCall(
    useShallow((s) => ({ attendees: s.attendees, participants: s.participants, speaker: s.speaker })),
  );
  return useMemo(() => {
    const calls = new Map(participants.map((p) => [p.identity, p]));
    const tiles = attendees.map((a) => tileOf(a, calls.get(a.id), selfId, speaker));
    const known = new Set(attendees.map((a) => a.id));
    for (const call of participants)
      if (!known.has(call.identity)) tiles.push(tileOf(undefined, call, selfId, speaker));
    return tiles.sort(
      (a, b) => Number(b.local) - Number(a.local) || Number(b.chair) - Number(a.chair) || a.name.localeCompare(b.name),
    );
  }, [attendees, participants, selfId, speaker]);
}
