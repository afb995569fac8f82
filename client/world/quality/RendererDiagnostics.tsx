import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { reportRenderer } from '../diagnostics.ts';

/** Renders nothing: lets the diagnostics read what the renderer really does (pixel ratio, shadows). */
export function RendererDiagnostics() {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  useEffect(() => reportRenderer(gl, camera), [gl, camera]);
  return null;
}
