import { useEffect } from 'react';
import { pushToTalk } from '../../net/voice.ts';
import { isForInterface } from '../../world/controls/KeyboardControls.tsx';

/** The push-to-talk key; it walks nowhere and types nothing, and never fires while typing in a field. */
const PUSH_KEY = 'KeyV';

/** Holding V talks while the microphone is in push-to-talk mode; letting go, or leaving the window, stops. */
export function usePushToTalk(): void {
  useEffect(() => {
    const onDown = (e: KeyboardEvent) => {
      if (e.code !== PUSH_KEY || e.repeat || e.ctrlKey || e.altKey || e.metaKey || isForInterface(e.target)) return;
      e.preventDefault();
      pushToTalk(true);
    };
    const onUp = (e: KeyboardEvent) => e.code === PUSH_KEY && pushToTalk(false);
    const release = () => pushToTalk(false);
    addEventListener('keydown', onDown);
    addEventListener('keyup', onUp);
    addEventListener('blur', release);
    return () => {
      removeEventListener('keydown', onDown);
      removeEventListener('keyup', onUp);
      removeEventListener('blur', release);
      release();
    };
  }, []);
}
