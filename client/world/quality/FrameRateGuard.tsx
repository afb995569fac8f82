import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { useQuality } from '../../state/quality.ts';
import { useViewMode } from '../../state/viewMode.ts';
import { newFrameWatch, watchFrame } from './frameRateWatch.ts';

/**
 * Whether the visitor has said they want the 3D view (the view-mode store remembers that choice
 * under this key): then a low frame rate still lowers the preset but never takes 3D away.
 */
const choseThreeD = () => localStorage.getItem('tm.view') === '3d';

/**
 * Renders nothing: watches the frame rate and, when it stays too low, steps down to the low
 * preset, then, if that is still too slow, switches to the 2D view (for this visit only).
 */
export function FrameRateGuard() {
  const watch = useRef(newFrameWatch());
  const watching = useRef(useQuality.getState().preset);
  useFrame((_, delta) => {
    if (useViewMode.getState().mode !== '3d') return;
    const { preset, stepDown } = useQuality.getState();
    // A new preset (chosen, or stepped down to) is judged on its own frames, after its own warm-up.
    if (preset !== watching.current) {
      watching.current = preset;
      watch.current = newFrameWatch();
    }
    const atLowest = preset === 'low' || preset === 'lowBandwidth';
    const verdict = watchFrame(watch.current, delta * 1000, document.hidden, atLowest);
    if (verdict === 'stepDown') stepDown();
    else if (verdict === 'giveUp' && !choseThreeD()) useViewMode.getState().fallBackTo2d('slow');
  });
  return null;
}
