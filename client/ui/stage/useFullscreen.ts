import { useCallback, useEffect, useState, type RefObject } from 'react';

/** Safari on iPhone has no element full screen, only the video's own player. */
interface IosVideo extends HTMLVideoElement {
  webkitEnterFullscreen?: () => void;
}

/**
 * Full screen for the stage through the Fullscreen API: the frame goes full screen (so the
 * live badge comes along); where only a video may (iPhone), the video's own player does.
 */
export function useFullscreen(frame: RefObject<HTMLElement | null>, video: RefObject<HTMLVideoElement | null>) {
  const [active, setActive] = useState(false);

  useEffect(() => {
    const update = () => setActive(document.fullscreenElement !== null && document.fullscreenElement === frame.current);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, [frame]);

  const supported =
    typeof document !== 'undefined' &&
    (document.fullscreenEnabled ||
      typeof (document.createElement('video') as IosVideo).webkitEnterFullscreen === 'function');

  const toggle = useCallback(() => {
    if (document.fullscreenElement) return void document.exitFullscreen().catch(() => undefined);
    const element = frame.current;
    if (element && document.fullscreenEnabled) return void element.requestFullscreen().catch(() => undefined);
    (video.current as IosVideo | null)?.webkitEnterFullscreen?.();
  }, [frame, video]);

  return { active, supported, toggle };
}
