import type { Room, Track } from 'livekit-client';
import type { CountryId } from '../../shared/countries.ts';
import { stageRoomName } from '../../shared/stage.ts';
import { NOT_PUBLISHING, resetMedia, useMedia, type MediaConnection, type PublishKind } from '../state/media.ts';
import { useStage } from '../state/stage.ts';
import { useWorld } from '../state/world.ts';
import { LiveKitConnection, type RemoteVideoState } from './liveKitConnection.ts';
import { allowedSources, listeningTo, publishersOf, publishingNow, stageVideoOf } from './mediaSnapshot.ts';
import { fetchMediaToken } from './stageApi.ts';
import { keepVideoFlowing } from './offscreenVideo.ts';
import { keepVideoWithinBudget, onVideoBudgetChange } from './videoBudget.ts';

/**
 * The stage's voice and video: joins the stage of the pavilion the visitor is in, plays its
 * sound, publishes for those allowed to, and writes what it finds to useMedia. The connection's
 * life is liveKitConnection.ts's; livekit-client loads on the first join, never with the page.
 */

/** The track behind the store's `video.key`, for views that show it. */
let stageTrack: { key: string; track: Track } | null = null;
/** What the visitor sent while the line last worked: a rejoin after losing it sends that again. */
let sent: Record<PublishKind, boolean> = NOT_PUBLISHING;
/** The states a lost line goes through on its way back. */
const MENDED: MediaConnection[] = ['reconnecting', 'connected'];

function nameOf(identity: string): string | undefined {
  for (const entry of Object.values(useWorld.getState().roster)) if (entry.id === identity) return entry.name;
  return useStage.getState().names[identity];
}

const stage: LiveKitConnection<CountryId> = new LiveKitConnection<CountryId>({
  audioBox: 'stageAudio',
  errors: {
    prefix: 'stage',
    connect: 'stage.connectFailed',
    device: 'stage.connectFailed',
    publish: 'stage.publishFailed',
  },
  // Tracks are subscribed here, not by the server on publishing: a picture the preset does not
  // allow would otherwise start to flow before it could be turned down.
  connectOptions: { autoSubscribe: false },
  token: (pavilionId) => fetchMediaToken(stageRoomName(pavilionId)),
  write(patch) {
    // Only a lost line is mended by sending again: not a removal, another tab, a refusal.
    if (patch.connection && !MENDED.includes(patch.connection)) sent = NOT_PUBLISHING;
    useMedia.setState(patch);
  },
  busy: () => useMedia.getState().busy,
  granted: (token) => useMedia.setState({ allowed: token.publish }),
  snapshot(current) {
    hearEverySound(current);
    keepVideoWithinBudget(current);
    const video = stageVideoOf(current, nameOf);
    stageTrack = video ? { key: video.video.key, track: video.track } : null;
    const before = useMedia.getState().video;
    const publishing = publishingNow(current);
    if (useMedia.getState().connection === 'connected') sent = publishing;
    useMedia.setState({
      allowed: allowedSources(current),
      publishing,
      publishers: publishersOf(current, nameOf),
      // The same track keeps the same object, so views attached to it do not re-attach.
      video:
        before && video && before.key === video.video.key && before.name === video.video.name
          ? before
          : (video?.video ?? null),
      listening: listeningTo(current),
      audioBlocked: !current.canPlaybackAudio,
    });
  },
  listen(next, lk, ours) {
    next
      .on(lk.RoomEvent.TrackSubscribed, (track) => {
        if (ours() && track.kind === lk.Track.Kind.Audio) stage.audioElements().append(track.attach());
      })
      .on(lk.RoomEvent.ParticipantPermissionsChanged, (_before, participant) => {
        if (!ours() || !participant.isLocal) return;
        void dropWhatIsNoLongerAllowed(next);
        stage.refresh();
      });
  },
  joined() {
    // A stage that works again has nothing left to say about the failure before.
    useMedia.setState({ error: null });
    // Read now: the new room's first snapshot, due at once, has nothing sent yet.
    return sendAgain(sent);
  },
  forgotten() {
    stageTrack = null;
    useMedia.setState({ video: null, publishers: [], listening: [], publishing: NOT_PUBLISHING });
  },
});

// Switching to or from the low-bandwidth preset subscribes or unsubscribes the picture at once.
onVideoBudgetChange(() => stage.refresh());

/** Everyone on the stage is heard, whatever the preset. */
function hearEverySound(current: Room): void {
  for (const participant of current.remoteParticipants.values()) {
    for (const publication of participant.audioTrackPublications.values()) {
      if (!publication.isDesired) publication.setSubscribed(true);
    }
  }
}

/** After a demotion the server takes the microphone back; the browser stops capturing too. */
async function dropWhatIsNoLongerAllowed(current: Room): Promise<void> {
  const allowed = allowedSources(current);
  const me = current.localParticipant;
  try {
    if (!allowed.includes('microphone') && me.isMicrophoneEnabled) await me.setMicrophoneEnabled(false);
    if (!allowed.includes('camera') && me.isCameraEnabled) await me.setCameraEnabled(false);
    if (!allowed.includes('screen_share') && me.isScreenShareEnabled) await me.setScreenShareEnabled(false);
  } catch {
    // The server has unpublished the tracks already; nothing left to stop.
  }
  stage.refresh();
}

/**
 * After a lost line the presenter is live again without a click: camera and microphone go out
 * as before, if still allowed. A shared screen is not: the browser asks the visitor to pick it.
 */
async function sendAgain(before: Record<PublishKind, boolean>): Promise<void> {
  if (!before.camera && !before.microphone) return;
  await stage.publish(async (current) => {
    const allowed = allowedSources(current);
    const camera = before.camera && allowed.includes('camera');
    const microphone = before.microphone && allowed.includes('microphone');
    const me = current.localParticipant;
    if (camera && microphone) await me.enableCameraAndMicrophone();
    else if (camera) await me.setCameraEnabled(true);
    else if (microphone) await me.setMicrophoneEnabled(true);
  });
}

/** The stage's remote pictures and whether they are subscribed (diagnostics). */
export function stageVideoSubscriptions(): RemoteVideoState[] {
  return stage.remoteVideo();
}

/** Follows the stage of this pavilion: its sound plays, its picture is in the store. */
export function joinStage(pavilionId: CountryId): void {
  if (stage.target === pavilionId) return;
  leaveStage();
  stage.join(pavilionId);
}

/** Leaves the stage (the visitor walked out of the pavilion or left the expo). */
export function leaveStage(): void {
  stage.leave();
  sent = NOT_PUBLISHING;
  resetMedia();
}

/** Tries the stage again after a failure, a removal or a tab that took it over. */
export function retryStage(): void {
  void stage.retry();
}

/** The browser blocked sound until a click: this is that click. */
export function startStageAudio(): Promise<void> {
  return stage.startAudio();
}

/**
 * Shows the stage's current picture in a <video>; returns the function that takes it away.
 * A <video> outside the page (the 3D screen's texture) is declared visible by hand, since
 * adaptive streaming would otherwise pause a track nobody seems to watch.
 */
export function showStageVideo(key: string, element: HTMLVideoElement): () => void {
  const current = stageTrack;
  if (!current || current.key !== key) return () => undefined;
  const { track } = current;
  element.muted = true;
  element.playsInline = true;
  track.attach(element);
  const release = element.isConnected ? undefined : keepVideoFlowing(track, element);
  void element.play().catch(() => undefined);
  return () => {
    release?.();
    track.detach(element);
  };
}

type Toggle = (room: Room, on: boolean) => Promise<unknown>;

const TOGGLES: Record<PublishKind, Toggle> = {
  camera: (r, on) => r.localParticipant.setCameraEnabled(on),
  microphone: (r, on) => r.localParticipant.setMicrophoneEnabled(on),
  screen_share: (r, on) =>
    r.localParticipant.setScreenShareEnabled(on, { audio: on && allowedSources(r).includes('screen_share_audio') }),
};

/** Turns one source on or off, if the visitor may publish it. */
export function setPublishing(kind: PublishKind, on: boolean): Promise<void> {
  return stage.publish(
    async (current) => {
      if (on && !allowedSources(current).includes(kind)) return;
      await TOGGLES[kind](current, on);
    },
    kind === 'screen_share' && on,
  );
}

/**
 * The speaker goes live with camera and microphone. A token from before their slot began does
 * not allow it yet: the stage is joined again with a fresh one first.
 */
export async function goLive(): Promise<void> {
  if (!stage.target) return;
  if (!useMedia.getState().allowed.includes('camera')) {
    await stage.retry('reconnecting');
    if (!useMedia.getState().allowed.includes('camera')) {
      if (useMedia.getState().connection === 'connected') useMedia.setState({ error: 'stage.notYetLive' });
      return;
    }
  }
  // One request for both devices: the browser asks once, and both go out together.
  await stage.publish((current) => current.localParticipant.enableCameraAndMicrophone());
}

/** Ends the visitor's turn on stage: camera, microphone and screen all stop. */
export function stopLive(): Promise<void> {
  return stage.publish(async (current) => {
    await current.localParticipant.setScreenShareEnabled(false);
    await current.localParticipant.setCameraEnabled(false);
    await current.localParticipant.setMicrophoneEnabled(false);
  });
}

export function dismissMediaError(): void {
  stage.dismissError();
}
