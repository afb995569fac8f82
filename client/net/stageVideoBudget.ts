import type { Room } from 'livekit-client';
import { QUALITY } from '../world/quality/qualityPresets.ts';
import { quality, useQuality } from '../state/quality.ts';

/**
 * The low-bandwidth preset hears the stage but does not receive its picture: every remote video
 * track stays unsubscribed, so LiveKit sends none of it. Sound is untouched.
 */
export function keepStageVideoWithinBudget(room: Room): void {
  const wanted = quality().stageVideo;
  for (const participant of room.remoteParticipants.values()) {
    for (const publication of participant.videoTrackPublications.values()) {
      if (publication.isDesired !== wanted) publication.setSubscribed(wanted);
    }
  }
}

/** Calls `changed` whenever a preset change turns the stage's picture on or off. */
export function onStageVideoBudgetChange(changed: () => void): () => void {
  return useQuality.subscribe((now, before) => {
    if (QUALITY[now.preset].stageVideo !== QUALITY[before.preset].stageVideo) changed();
  });
}
