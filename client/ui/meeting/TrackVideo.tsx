import { useEffect, useRef } from 'react';
import { showMeetingVideo } from '../../net/meetingCall.ts';

export interface TrackVideoProps {
  /** The store's key of the track; a new key attaches the new track. */
  trackKey: string;
  /** The visitor's own camera is shown mirrored, as a mirror would. */
  mirrored?: boolean;
  /** A shared screen is shown whole; a camera fills its tile. */
  fit?: 'cover' | 'contain';
  label: string;
}

/** One camera or screen in a <video>, fed by the track LiveKit delivers. */
export function TrackVideo({ trackKey, mirrored = false, fit = 'cover', label }: TrackVideoProps) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const element = ref.current;
    return element ? showMeetingVideo(trackKey, element) : undefined;
  }, [trackKey]);
  return (
    <video
      ref={ref}
      className="mtg-video"
      data-mirrored={mirrored}
      data-fit={fit}
      data-track={trackKey}
      aria-label={label}
      autoPlay
      playsInline
      muted
      disablePictureInPicture
    />
  );
}
