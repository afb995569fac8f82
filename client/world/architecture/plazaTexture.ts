import type { CanvasTexture } from 'three';
import type { PavilionPlacement } from '../../../shared/world/layout.ts';
import { paintTexture, seededRandom } from './canvasTexture.ts';
import { diamondBand, eightStar, ramHorn, starPath } from './ornaments.ts';

const SIZE = 2048;
const INK = {
  base: '#d8bf93',
  joint: 'rgba(120,90,55,0.35)',
  terracotta: '#b4683f',
  brown: '#7d5636',
  cream: '#efe2c4',
  teal: '#5e9f98',
};

/**
 * The plaza's paving, painted once over the whole disc: radial courses of sandstone slabs, an
 * eight-pointed rosette around the fountain, ornament rings and a lighter path to every door.
 * Canvas (x, y) maps straight onto world (x, z) across the disc.
 */
export function plazaTexture(radius: number, placements: readonly PavilionPlacement[]): CanvasTexture {
  return paintTexture(
    SIZE,
    SIZE,
    (ctx) => {
      const s = SIZE / (radius * 2);
      const m = SIZE / 2;
      const random = seededRandom(42);
      ctx.fillStyle = INK.base;
      ctx.fillRect(0, 0, SIZE, SIZE);
      ctx.translate(m, m);
      // slab courses, each slab a touch lighter or darker like real stone
      for (let r = 4; r < radius; r += 1.4) {
        const count = Math.max(8, Math.round((Math.PI * 2 * r) / 1.6));
        for (let i = 0; i < count; i++) {
          const a0 = (i / count) * Math.PI * 2 + (r % 2.8) * 0.1;
          const a1 = a0 + (Math.PI * 2) / count;
          const tone = Math.floor(random() * 26) - 13;
          ctx.fillStyle = `rgb(${216 + tone},${191 + tone},${147 + tone})`;
          ctx.beginPath();
          ctx.arc(0, 0, (r + 1.4) * s, a0, a1);
          ctx.arc(0, 0, r * s, a1, a0, true);
          ctx.closePath();
          ctx.fill();
          ctx.strokeStyle = INK.joint;
          ctx.lineWidth = 1.2;
          ctx.stroke();
        }
      }
      for (const p of placements)
        path(
          ctx,
          s,
          Math.atan2(p.center.z, p.center.x),
          Math.hypot(p.center.x, p.center.z) - p.radius * Math.cos(Math.PI / p.sides) + 0.6,
          p.doorWidth + 1.6,
        );
      ornamentRing(ctx, s, 16, 1.8);
      ringLine(ctx, s, 31, 0.35, INK.brown);
      ringLine(ctx, s, 32, 0.15, INK.terracotta);
      ringLine(ctx, s, radius - 1.2, 0.6, INK.brown);
      // the rosette under the fountain
      starPath(ctx, 0, 0, 8, 11 * s, 7.2 * s, 0);
      ctx.fillStyle = INK.cream;
      ctx.fill();
      ctx.lineWidth = 0.25 * s;
      ctx.strokeStyle = INK.terracotta;
      ctx.stroke();
      starPath(ctx, 0, 0, 8, 9.4 * s, 6.2 * s, Math.PI / 8);
      ctx.fillStyle = INK.terracotta;
      ctx.globalAlpha = 0.55;
      ctx.fill();
      ctx.globalAlpha = 1;
      for (let i = 0; i < 8; i++) {
        const a = (i / 8) * Math.PI * 2;
        eightStar(ctx, Math.cos(a) * 8.6 * s, Math.sin(a) * 8.6 * s, 0.7 * s, INK.teal, INK.cream);
      }
    },
    false,
  );
}

function ringLine(ctx: CanvasRenderingContext2D, s: number, r: number, width: number, color: string): void {
  ctx.beginPath();
  ctx.arc(0, 0, r * s, 0, Math.PI * 2);
  ctx.lineWidth = width * s;
  ctx.strokeStyle = color;
  ctx.stroke();
}

/** A band of ram's horns on brown stone, circling the fountain at the walking ring. */
function ornamentRing(ctx: CanvasRenderingContext2D, s: number, r: number, width: number): void {
  ringLine(ctx, s, r, width, INK.brown);
  ringLine(ctx, s, r - width / 2, 0.12, INK.cream);
  ringLine(ctx, s, r + width / 2, 0.12, INK.cream);
  const count = 40;
  for (let i = 0; i < count; i++) {
    const a = (i / count) * Math.PI * 2;
    ctx.save();
    ctx.rotate(a);
    ctx.translate(r * s, 0);
    ctx.rotate(Math.PI / 2);
    ramHorn(ctx, 0, 0, width * 0.7 * s, INK.cream);
    ctx.restore();
  }
}

/** A lighter stone walkway with terracotta borders and a diamond runner, towards one door. */
function path(ctx: CanvasRenderingContext2D, s: number, angle: number, to: number, width: number): void {
  ctx.save();
  ctx.rotate(angle);
  const from = 4.5;
  ctx.fillStyle = '#e6d3ad';
  ctx.fillRect(from * s, (-width / 2) * s, (to - from) * s, width * s);
  ctx.strokeStyle = 'rgba(120,90,55,0.3)';
  ctx.lineWidth = 1;
  for (let x = from; x < to; x += 0.9) {
    ctx.beginPath();
    ctx.moveTo(x * s, (-width / 2) * s);
    ctx.lineTo(x * s, (width / 2) * s);
    ctx.stroke();
  }
  ctx.fillStyle = INK.terracotta;
  ctx.fillRect(from * s, (-width / 2) * s, (to - from) * s, 0.3 * s);
  ctx.fillRect(from * s, (width / 2 - 0.3) * s, (to - from) * s, 0.3 * s);
  diamondBand(
    ctx,
    (from + 12) * s,
    -0.45 * s,
    (to - from - 12) * s,
    0.9 * s,
    Math.round((to - from - 12) / 1.2),
    INK.teal,
    'rgba(0,0,0,0)',
  );
  ctx.restore();
}
