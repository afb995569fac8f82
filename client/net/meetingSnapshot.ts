import type { Participant, Room, TrackPublication } from 'livekit-client';
import { interpretationLang } from '../../shared/meetingRoom.ts';
import type { Lang } from '../../shared/languages.ts';
import type { CallParticipant } from '../state/meetingCall.ts';
import { everyone } from './mediaSnapshot.ts';

/**
 * Reads a meeting's LiveKit room into what useMeetingCall holds. Only types come from
 * livekit-client here, so this file costs nothing on the first page load. Track sources are
 * LiveKit's string names ('camera', 'microphone', 'screen_share').
 */

/** The key a view asks meetingCall.ts for to show a track. */
export function trackKey(identity: string, publication: TrackPublication): string {
  return `${identity}/${publication.trackSid}`;
}

/** A video track worth showing: on, and here (subscribed, or our own). */
function shown(publication: TrackPublication | undefined): boolean {
  return !!publication?.track && !publication.isMuted;
}

/** Track.Source is a string enum; comparing its values keeps livekit-client out of this file. */
function bySource(participant: Participant, source: 'camera' | 'microphone' | 'screen_share') {
  for (const publication of participant.trackPublications.values()) {
    if ((publication.source as string) === source) return publication;
  }
  return undefined;
}

function participantOf(participant: Participant): CallParticipant {
  const camera = bySource(participant, 'camera');
  const screen = bySource(participant, 'screen_share');
  const mic = bySource(participant, 'microphone');
  return {
    identity: participant.identity,
    name: participant.name ?? '',
    local: participant.isLocal,
    speaking: participant.isSpeaking,
    camera: camera && shown(camera) ? trackKey(participant.identity, camera) : null,
    screen: screen && shown(screen) ? trackKey(participant.identity, screen) : null,
    micSid: mic?.trackSid ?? null,
    micMuted: !mic || mic.isMuted,
  };
}

/** Everyone in the call, the visitor first. */
export function participantsOf(room: Room): CallParticipant[] {
  return everyone(room).map(participantOf);
}

/** Languages whose interpreter is publishing an unmuted track now (remote or the visitor's own). */
export function interpretedNow(room: Room): Lang[] {
  const langs = new Set<Lang>();
  for (const participant of everyone(room)) {
    for (const publication of participant.audioTrackPublications.values()) {
      const lang = interpretationLang(publication.trackName);
      if (lang && !publication.isMuted) langs.add(lang);
    }
  }
  return [...langs];
}
