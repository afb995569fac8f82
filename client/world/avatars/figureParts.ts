import {
  CapsuleGeometry,
  Color,
  CylinderGeometry,
  IcosahedronGeometry,
  MeshStandardMaterial,
  SphereGeometry,
  type BufferGeometry,
} from 'three';

/** Which colour a part wears: the country's main colour, its accent, or skin. */
export type Paint = 'primary' | 'accent' | 'skin';

/** One piece of the figure, centred on the figure's axis at height `y` (feet at 0). */
export interface FigurePart {
  geometry: BufferGeometry;
  y: number;
  paint: Paint;
}

/** The full figure: a robe, a collar and a hat in the country's colours, and a head. */
export const FULL_FIGURE: readonly FigurePart[] = [
  { geometry: new CapsuleGeometry(0.32, 0.85, 6, 14), y: 0.75, paint: 'primary' },
  { geometry: new CylinderGeometry(0.34, 0.34, 0.1, 20), y: 1.33, paint: 'accent' },
  { geometry: new SphereGeometry(0.2, 20, 14), y: 1.58, paint: 'skin' },
  { geometry: new CylinderGeometry(0.13, 0.21, 0.2, 16), y: 1.79, paint: 'accent' },
];

/** The cheap figure (low presets, and anyone beyond the full figure's distance): a coarse capsule and a faceted head. */
export const SIMPLE_FIGURE: readonly FigurePart[] = [
  { geometry: new CapsuleGeometry(0.32, 0.85, 2, 6), y: 0.75, paint: 'primary' },
  { geometry: new IcosahedronGeometry(0.21, 0), y: 1.56, paint: 'skin' },
];

export const SKIN = '#d9a77c';
const ROUGHNESS: Record<Paint, number> = { primary: 0.55, accent: 0.55, skin: 0.7 };

const materials = new Map<string, MeshStandardMaterial>();

/** One material per colour, shared by every figure that wears it. */
export function paintMaterial(paint: Paint, color: string): MeshStandardMaterial {
  const key = `${paint}:${color}`;
  let m = materials.get(key);
  if (!m) materials.set(key, (m = new MeshStandardMaterial({ color: new Color(color), roughness: ROUGHNESS[paint] })));
  return m;
}
