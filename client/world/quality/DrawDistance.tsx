import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { PerspectiveCamera } from 'three';
import { useQualityPreset } from '../../state/quality.ts';

/** Nothing beyond the preset's draw distance is drawn: the camera's far plane follows the preset. */
export function DrawDistance() {
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const { drawDistance } = useQualityPreset();
  useEffect(() => {
    camera.far = drawDistance;
    camera.updateProjectionMatrix();
  }, [camera, drawDistance]);
  return null;
}
