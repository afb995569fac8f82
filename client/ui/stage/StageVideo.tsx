import { useEffect, type RefObject } from 'react';
import { showStageVideo } from '../../net/media.ts';

export interface StageVideoProps {
  /** The store's key of the track to show; a new key attaches the new track. */
  trackKey: string;
  ref: RefObject<HTMLVideoElement | null>;
  /** The visitor's own camera is shown mirrored, as a mirror would. */
  mirrored: boolean;
  label: string;
}

/** The stage's picture in a <video>, fed by the track LiveKit delivers. */
export function StageVideo({ trackKey, ref, mirrored, label }: StageVideoProps) {
  useEffect(() => {
    const element = ref.current;
    return element ? showStageVideo(trackKey, element) : undefined;
  }, [trackKey, ref]);
  return (
    <video
      ref={ref}
      className="stage-video"
      data-mirrored={mirrored}
      aria-label={label}
      autoPlay
      playsInline
      muted
      disablePictureInPicture
    />
  );
}
