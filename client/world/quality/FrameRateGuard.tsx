import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { useQuality } from '../../state/quality.ts';
import { useViewMode } from '../../state/viewMode.ts';
import { newFrameWatch, watchFrame } from './frameRateWatch.ts';
import { canStepDown } from './qualityPresets.ts';

/**
 * Renders nothing: watches the frame rate and, when it stays too low, steps down to the low
 * preset, then, if that is still too slow, switches to the 2D view (for this visit only). A
 * visitor who chose 3D keeps it.
 */
export function FrameRateGuard() {
  const watch = useRef(newFrameWatch());
  const watching = useRef(useQuality.getState().preset);
  useFrame((_, delta) => {
    if (useViewMode.getState().mode !== '3d') return;
    const { preset, auto, stepDown } = useQuality.getState();
    // A new preset (chosen, or stepped down to) is judged on its own frames, after its own warm-up.
    if (preset !== watching.current) {
      watching.current = preset;
      watch.current = newFrameWatch();
    }
    // A preset the visitor chose is never lowered for them: too slow there means the 2D view.
    const lastStep = !canStepDown(preset, auto);
    const verdict = watchFrame(watch.current, delta * 1000, document.hidden, lastStep);
    if (verdict === 'stepDown') stepDown();
    else if (verdict === 'giveUp' && !useViewMode.getState().chose3d) useViewMode.getState().fallBackTo2d('slow');
  });
  return null;
}
