import { BufferGeometry, Color, Float32BufferAttribute, MeshStandardMaterial, RingGeometry } from 'three';
import { PLAZA } from '../../../shared/world/layout.ts';
import { paintTexture, seededRandom } from './canvasTexture.ts';
import { useDisposable } from './useDisposable.ts';

const OUTER = 620;

/** Sun-dried grass: olive and straw flecks so the ring does not read as a flat colour. */
function grassTexture() {
  return paintTexture(256, 256, (ctx, w, h) => {
    const random = seededRandom(3);
    ctx.fillStyle = '#8d9653';
    ctx.fillRect(0, 0, w, h);
    for (let i = 0; i < 2600; i++) {
      const tone = random();
      ctx.fillStyle = tone < 0.4 ? '#7a8748' : tone < 0.75 ? '#a3a463' : '#c0b276';
      ctx.fillRect(random() * w, random() * h, 2, 3 + random() * 5);
    }
  });
}

/** Rolling hills on the horizon, rising to a bluish range, like the Tian Shan behind the steppe. */
function hillsGeometry(): BufferGeometry {
  const steps = 256;
  const rows = [
    { r: 330, k: 0 },
    { r: 430, k: 0.45 },
    { r: 520, k: 1 },
    { r: 610, k: 0.3 },
  ];
  const near = new Color('#8d9653');
  const far = new Color('#7d8fa3');
  const positions: number[] = [];
  const colors: number[] = [];
  const c = new Color();
  for (let i = 0; i <= steps; i++) {
    const a = (i / steps) * Math.PI * 2;
    const h =
      28 +
      18 * Math.sin(3 * a + 1) +
      10 * Math.sin(7 * a + 2) +
      5 * Math.sin(17 * a) +
      40 * Math.max(0, Math.sin(a - 0.6)) ** 3;
    rows.forEach((row, j) => {
      positions.push(Math.cos(a) * row.r, h * row.k - 0.5, Math.sin(a) * row.r);
      c.copy(near).lerp(far, j / (rows.length - 1));
      colors.push(c.r, c.g, c.b);
    });
  }
  const index: number[] = [];
  for (let i = 0; i < steps; i++) {
    for (let j = 0; j < rows.length - 1; j++) {
      const a = i * rows.length + j;
      const b = (i + 1) * rows.length + j;
      index.push(a, a + 1, b, b, a + 1, b + 1);
    }
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  geometry.setAttribute('color', new Float32BufferAttribute(colors, 3));
  geometry.setIndex(index);
  geometry.computeVertexNormals();
  return geometry;
}

/** The steppe from the fence to the horizon. */
export function Steppe() {
  const resources = useDisposable(() => {
    const ring = new RingGeometry(PLAZA.radius - 0.5, OUTER, 128, 4).rotateX(-Math.PI / 2);
    const map = grassTexture();
    map.repeat.set(OUTER / 5, OUTER / 5);
    const grass = new MeshStandardMaterial({ map, roughness: 1 });
    const hills = hillsGeometry();
    const hillMaterial = new MeshStandardMaterial({ vertexColors: true, roughness: 1 });
    return { ring, map, grass, hills, hillMaterial };
  }, []);
  return (
    <group>
      <mesh geometry={resources.ring} material={resources.grass} position-y={-0.03} receiveShadow />
      <mesh geometry={resources.hills} material={resources.hillMaterial} />
    </group>
  );
}
