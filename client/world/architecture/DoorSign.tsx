import { Text } from '@react-three/drei';
import { BoxGeometry } from 'three';
import { mergeAll } from './merge.ts';
import { FONTS } from '../assetUrls.ts';
import { PALETTE, sharedMaterials } from './palette.ts';
import { useDisposable } from './useDisposable.ts';

export interface DoorSignProps {
  label: string;
  /** Local z of the wall's outer face above the door. */
  outside: number;
  /** Local z of the wall's inner face above the door. */
  inside: number;
  /** Height of the panel's middle. */
  y: number;
  width: number;
}

const HEIGHT = 1.45;
const DEPTH = 0.08;
const FONT_SIZE = 0.6;

/**
 * The pavilion's name over its door, on the plaza side and again inside, as cream letters on
 * a dark panel with a gold frame: letters 0.6 m high read comfortably from across the plaza.
 */
export function DoorSign({ label, outside, inside, y, width }: DoorSignProps) {
  const { signPanel, gold } = sharedMaterials();
  const geometries = useDisposable(() => {
    const panel = (z: number, w: number, h: number) => new BoxGeometry(w, h, DEPTH).translate(0, y, z);
    const parts = {
      panels: [panel(outside + DEPTH, width, HEIGHT), panel(inside - DEPTH, width, HEIGHT)],
      frames: [
        panel(outside + DEPTH / 2, width + 0.24, HEIGHT + 0.24),
        panel(inside - DEPTH / 2, width + 0.24, HEIGHT + 0.24),
      ],
    };
    const result = { panels: mergeAll(parts.panels), frames: mergeAll(parts.frames) };
    return result;
  }, [outside, inside, y, width]);
  const text = {
    font: FONTS.bold,
    fontSize: FONT_SIZE,
    maxWidth: width - 0.5,
    lineHeight: 1.05,
    textAlign: 'center' as const,
    anchorX: 'center' as const,
    anchorY: 'middle' as const,
    color: PALETTE.signText,
    outlineWidth: 0.01,
    outlineColor: '#000000',
  };
  return (
    <group>
      <mesh geometry={geometries.frames} material={gold} castShadow />
      <mesh geometry={geometries.panels} material={signPanel} />
      <Text {...text} position={[0, y, outside + DEPTH * 1.5 + 0.01]}>
        {label}
      </Text>
      <Text {...text} position={[0, y, inside - DEPTH * 1.5 - 0.01]} rotation-y={Math.PI}>
        {label}
      </Text>
    </group>
  );
}
