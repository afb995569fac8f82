import {
  BackSide,
  CatmullRomCurve3,
  ConeGeometry,
  LatheGeometry,
  MeshStandardMaterial,
  SphereGeometry,
  SplineCurve,
  TorusGeometry,
  TubeGeometry,
  Vector2,
  Vector3,
  type BufferGeometry,
} from 'three';
import { mergeAll } from './merge.ts';
import type { StyleProps } from './footprint.ts';
import { interiorGlow, SHELL_SHADOW, sharedMaterials } from './palette.ts';
import { shingleTexture } from './roofTextures.ts';
import { useDisposable } from './useDisposable.ts';

export type OrganicProps = StyleProps;

/** Radius and height of the roof from its flared eave up its concave sweep to the crown's neck. */
const PROFILE: [number, number][] = [
  [12.9, 4.55],
  [11.6, 5.0],
  [10.0, 5.9],
  [8.0, 7.2],
  [5.9, 8.8],
  [4.1, 10.4],
  [2.8, 11.8],
  [2.0, 13.0],
  [1.6, 14.0],
];
const SPIRE_BASE = 14;
const SPIRE_H = 6.5;

/** A Makovecz-like roof: shingled bell swept up to a spire, with timber ribs outside and in. */
export function Organic({ pavilion, footprint }: OrganicProps) {
  const { timber } = sharedMaterials();
  const sides = footprint.polygon.length;
  const resources = useDisposable(() => {
    const spline = new SplineCurve(PROFILE.map(([r, y]) => new Vector2(r, y)));
    const profile = spline.getPoints(48);
    const roof = new LatheGeometry(profile, 96);
    const map = shingleTexture();
    map.repeat.set(40, 14);
    const roofMaterial = new MeshStandardMaterial({ map, roughness: 0.85, ...SHELL_SHADOW });
    const underside = new MeshStandardMaterial({
      color: '#e0bb8a',
      roughness: 0.8,
      side: BackSide,
      ...interiorGlow(null, 0.6),
    });

    // ribs stand on the polygon's corners, bowing outward like the staves of a tulip
    const ribs: BufferGeometry[] = [];
    for (let i = 0; i < sides; i++) {
      const a = Math.PI / sides + (i * Math.PI * 2) / sides;
      for (const offset of [0.22, -0.32]) {
        const points = profile
          .filter((_, k) => k % 4 === 0 || k === profile.length - 1)
          .map((p, k, all) => {
            const bow = offset > 0 ? Math.sin((k / (all.length - 1)) * Math.PI) * 0.45 : 0;
            const r = p.x + offset + bow;
            return new Vector3(Math.sin(a) * r, p.y + (offset > 0 ? 0.1 : -0.15), Math.cos(a) * r);
          });
        ribs.push(new TubeGeometry(new CatmullRomCurve3(points), 40, offset > 0 ? 0.2 : 0.14, 6));
      }
    }
    const ribGeometry = mergeAll(ribs);

    const spireParts = [new ConeGeometry(1.75, SPIRE_H, 16, 1, true).translate(0, SPIRE_BASE + SPIRE_H / 2 - 0.1, 0)];
    const spire = mergeAll(spireParts);
    const crown = mergeAll([
      new TorusGeometry(1.85, 0.14, 8, 32).rotateX(Math.PI / 2).translate(0, SPIRE_BASE, 0),
      new TorusGeometry(1.0, 0.1, 8, 24).rotateX(Math.PI / 2).translate(0, SPIRE_BASE + 2.6, 0),
      new SphereGeometry(0.35, 12, 8).translate(0, SPIRE_BASE + SPIRE_H, 0),
    ]);
    const spireMaterial = new MeshStandardMaterial({ color: '#5f8f7e', roughness: 0.5, metalness: 0.4 });
    // the crown rings in the country's metal-like accent colour
    const crownMaterial = new MeshStandardMaterial({ color: pavilion.colors.accent, roughness: 0.35, metalness: 0.7 });
    return { roof, map, roofMaterial, underside, ribGeometry, spire, crown, spireMaterial, crownMaterial };
  }, [sides, pavilion.colors.accent]);
  return (
    <group>
      <mesh geometry={resources.roof} material={resources.roofMaterial} castShadow receiveShadow />
      <mesh geometry={resources.roof} material={resources.underside} />
      <mesh geometry={resources.ribGeometry} material={timber} castShadow />
      <mesh geometry={resources.spire} material={resources.spireMaterial} castShadow />
      <mesh geometry={resources.crown} material={resources.crownMaterial} />
    </group>
  );
}
