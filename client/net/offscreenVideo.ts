import type { Track } from 'livekit-client';

/** The picture size asked of the server for a screen drawn in 3D (its texture is this large). */
const TEXTURE_WIDTH = 1280;
const TEXTURE_HEIGHT = 720;

/** The part of a remote video track that adaptive streaming watches (marked internal in livekit-client). */
interface ObservedTrack {
  observeElementInfo(info: object): void;
  stopObservingElementInfo(info: object): void;
}

function isObserved(track: Track): track is Track & ObservedTrack {
  return 'observeElementInfo' in track && 'stopObservingElementInfo' in track;
}

/**
 * Adaptive streaming pauses a remote video that no visible element shows. A <video> that feeds
 * a 3D texture is in no page layout, so it is declared visible at texture size by hand.
 * Returns the function that withdraws the declaration.
 */
export function keepVideoFlowing(track: Track, element: HTMLVideoElement): () => void {
  if (!isObserved(track)) return () => undefined;
  const info = {
    element,
    width: () => TEXTURE_WIDTH,
    height: () => TEXTURE_HEIGHT,
    visible: true,
    pictureInPicture: false,
    visibilityChangedAt: 0,
    observe: () => undefined,
    stopObserving: () => undefined,
  };
  track.observeElementInfo(info);
  return () => track.stopObservingElementInfo(info);
}
