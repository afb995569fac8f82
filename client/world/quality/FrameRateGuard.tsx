import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { useQuality } from '../../state/quality.ts';
import { useViewMode } from '../../state/viewMode.ts';
import { newFrameWatch, watchFrame } from './frameRateWatch.ts';

/**
 * Renders nothing: watches the frame rate and, when it stays too low, steps down to the low
 * preset, then, if that is still too slow, switches to the 2D view (for this visit only).
 */
export function FrameRateGuard() {
  const watch = useRef(newFrameWatch());
  useFrame((_, delta) => {
    if (useViewMode.getState().mode !== '3d') return;
    const { preset, stepDown } = useQuality.getState();
    const atLowest = preset === 'low' || preset === 'lowBandwidth';
    const verdict = watchFrame(watch.current, delta * 1000, document.hidden, atLowest);
    if (verdict === 'stepDown') stepDown();
    else if (verdict === 'giveUp') useViewMode.getState().fallBackTo2d('slow');
  });
  return null;
}
