import type { Room } from 'livekit-client';
import { QUALITY } from '../world/quality/qualityPresets.ts';
import { quality, useQuality } from '../state/quality.ts';

/**
 * The low-bandwidth preset is sound only, on the stage and in side meetings alike: every remote
 * video track stays unsubscribed, so LiveKit sends none of it. Both connections join with
 * autoSubscribe off, so no picture arrives before this has said whether it may.
 */

/** Whether the preset lets remote pictures in. */
export function videoAllowed(): boolean {
  return quality().stageVideo;
}

/** Subscribes each remote video track, or unsubscribes it, as the preset allows. Sound is the caller's. */
export function keepVideoWithinBudget(room: Room): void {
  const wanted = videoAllowed();
  for (const participant of room.remoteParticipants.values()) {
    for (const publication of participant.videoTrackPublications.values()) {
      if (publication.isDesired !== wanted) publication.setSubscribed(wanted);
    }
  }
}

/** Calls `changed` whenever a preset change turns remote pictures on or off. */
export function onVideoBudgetChange(changed: () => void): () => void {
  return useQuality.subscribe((now, before) => {
    if (QUALITY[now.preset].stageVideo !== QUALITY[before.preset].stageVideo) changed();
  });
}
