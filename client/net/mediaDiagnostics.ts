import type { RemoteVideoState } from './liveKitConnection.ts';
import { stageVideoSubscriptions } from './media.ts';
import { meetingVideoSubscriptions } from './meetingCall.ts';

declare global {
  interface Window {
    /** Read-only view of the remote pictures this page receives, for diagnostics and end-to-end tests. */
    __media?: {
      /** The stage's video tracks: asked for (desired) and arriving (subscribed), or not. */
      stageVideo(): RemoteVideoState[];
      /** The same for the side meeting's cameras and screens. */
      meetingVideo(): RemoteVideoState[];
    };
  }
}

/** Exposes which pictures this page subscribes to, so a test can tell "none asked for" from "slow to come". */
export function exposeMediaDiagnostics(): void {
  window.__media = { stageVideo: stageVideoSubscriptions, meetingVideo: meetingVideoSubscriptions };
}
