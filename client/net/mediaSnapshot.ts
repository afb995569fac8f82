import type { Participant, Room, Track, TrackPublication } from 'livekit-client';
import { MEDIA_SOURCES, MediaSource } from '../../shared/stage.ts';
import type { PublishKind, StagePublisher, StageVideo } from '../state/media.ts';

/**
 * Reads a LiveKit room into what the stores hold. Only types come from livekit-client here, so
 * this file costs nothing on the first page load.
 */

/** LiveKit's TrackSource numbers (protocol enum) in the names the contract uses. */
const BY_NUMBER: Record<number, MediaSource> = {
  1: 'camera',
  2: 'microphone',
  3: 'screen_share',
  4: 'screen_share_audio',
};

/** What the local participant may publish now, from the permissions the server last set. */
export function allowedSources(room: Room): MediaSource[] {
  const permissions = room.localParticipant.permissions;
  if (!permissions?.canPublish) return [];
  const sources = permissions.canPublishSources;
  if (sources.length === 0) return [...MEDIA_SOURCES];
  return sources.flatMap((n) => (BY_NUMBER[n] ? [BY_NUMBER[n]] : []));
}

export function publishingNow(room: Room): Record<PublishKind, boolean> {
  const me = room.localParticipant;
  return { camera: me.isCameraEnabled, microphone: me.isMicrophoneEnabled, screen_share: me.isScreenShareEnabled };
}

/** The order tracks were first seen in, so that the newest screen share or camera takes the stage. */
const firstSeen = new Map<string, number>();
let seen = 0;
function orderOf(sid: string): number {
  let order = firstSeen.get(sid);
  if (order === undefined) firstSeen.set(sid, (order = ++seen));
  return order;
}

function sourceOf(publication: TrackPublication): MediaSource | null {
  const parsed = MediaSource.safeParse(publication.source);
  return parsed.success ? parsed.data : null;
}

/** Everyone in the room, the visitor first. */
export function everyone(room: Room): Participant[] {
  return [room.localParticipant, ...room.remoteParticipants.values()];
}

/** Everyone with at least one published track, the visitor first, then by name. */
export function publishersOf(room: Room, nameOf: (identity: string) => string | undefined): StagePublisher[] {
  const list: StagePublisher[] = [];
  for (const participant of everyone(room)) {
    const tracks = participant.getTrackPublications().flatMap((publication) => {
      const source = sourceOf(publication);
      return source && publication.trackSid ? [{ sid: publication.trackSid, source, muted: publication.isMuted }] : [];
    });
    if (tracks.length === 0) continue;
    list.push({
      identity: participant.identity,
      name: participant.name || nameOf(participant.identity) || '',
      local: participant.isLocal,
      speaking: participant.isSpeaking,
      tracks,
    });
  }
  return list.sort((a, b) => Number(b.local) - Number(a.local) || a.name.localeCompare(b.name));
}

/** A video the stage could show, with the track to attach. */
export interface VideoCandidate {
  video: StageVideo;
  track: Track;
}

/**
 * The stage's picture: a screen share wins over a camera, and among equals the newest track.
 * Muted and not yet subscribed tracks do not count.
 */
export function stageVideoOf(room: Room, nameOf: (identity: string) => string | undefined): VideoCandidate | null {
  let best: { candidate: VideoCandidate; rank: number } | null = null;
  for (const participant of everyone(room)) {
    for (const publication of participant.videoTrackPublications.values()) {
      const source = sourceOf(publication);
      const track = publication.track;
      if ((source !== 'camera' && source !== 'screen_share') || !track || publication.isMuted) continue;
      const rank = (source === 'screen_share' ? 1_000_000 : 0) + orderOf(publication.trackSid);
      if (best && best.rank >= rank) continue;
      const video: StageVideo = {
        key: `${participant.identity}/${publication.trackSid}`,
        identity: participant.identity,
        name: participant.name || nameOf(participant.identity) || '',
        source,
        local: participant.isLocal,
      };
      best = { candidate: { video, track }, rank };
    }
  }
  return best?.candidate ?? null;
}

/** Identities whose microphone (or screen's sound) is subscribed here. */
export function listeningTo(room: Room): string[] {
  const identities: string[] = [];
  for (const participant of room.remoteParticipants.values()) {
    for (const publication of participant.audioTrackPublications.values()) {
      if (publication.track && !publication.isMuted) {
        identities.push(participant.identity);
        break;
      }
    }
  }
  return identities;
}
