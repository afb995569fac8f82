import { useEffect, useMemo } from 'react';
import { SRGBColorSpace, VideoTexture } from 'three';
import { showStageVideo } from '../../net/media.ts';
import { useDisposable } from '../architecture/useDisposable.ts';

/**
 * The stage's live picture as a texture: a <video> outside the page, fed by the track whose key
 * the media store names, drawn into a VideoTexture (which updates itself frame by frame).
 */
export function useStageVideoTexture(trackKey: string | null): { texture: VideoTexture; video: HTMLVideoElement } {
  const video = useMemo(() => {
    const element = document.createElement('video');
    element.muted = true;
    element.playsInline = true;
    element.autoplay = true;
    return element;
  }, []);
  const texture = useDisposable(() => {
    const map = new VideoTexture(video);
    map.colorSpace = SRGBColorSpace;
    return map;
  }, [video]);

  useEffect(() => (trackKey ? showStageVideo(trackKey, video) : undefined), [trackKey, video]);

  return { texture, video };
}
