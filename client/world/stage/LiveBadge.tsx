import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { CanvasTexture, SRGBColorSpace, type MeshBasicMaterial } from 'three';
import { useDisposable } from '../architecture/useDisposable.ts';

const W = 256;
const H = 96;

function paintBadge(label: string): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = W;
  canvas.height = H;
  const ctx = canvas.getContext('2d');
  if (ctx) {
    ctx.fillStyle = '#c62828';
    ctx.beginPath();
    ctx.roundRect(0, 0, W, H, H / 2);
    ctx.fill();
    ctx.fillStyle = '#ffffff';
    ctx.font = '700 46px "Noto Sans", system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(label.toLocaleUpperCase(), W / 2 + 18, H / 2 + 2, W - 90);
  }
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  return texture;
}

export interface LiveBadgeProps {
  label: string;
  position: [number, number, number];
  /** Height in metres; the badge is 8:3. */
  size: number;
}

/** A red LIVE pill in the screen's corner, its dot breathing slowly. */
export function LiveBadge({ label, position, size }: LiveBadgeProps) {
  const map = useDisposable(() => paintBadge(label), [label]);
  const dot = useRef<MeshBasicMaterial>(null);
  useFrame(({ clock }) => {
    if (dot.current) dot.current.opacity = 0.55 + 0.45 * Math.abs(Math.sin(clock.elapsedTime * 2.2));
  });
  const width = (size * W) / H;
  return (
    <group position={position}>
      <mesh>
        <planeGeometry args={[width, size]} />
        <meshBasicMaterial map={map} transparent toneMapped={false} />
      </mesh>
      <mesh position={[-width / 2 + size * 0.5, 0, 0.004]}>
        <circleGeometry args={[size * 0.17, 20]} />
        <meshBasicMaterial ref={dot} color="#ffffff" transparent toneMapped={false} />
      </mesh>
    </group>
  );
}
