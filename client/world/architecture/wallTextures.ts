import type { CanvasTexture } from 'three';
import type { Pavilion, PavilionStyle } from '../../../shared/catalogue.ts';
import { paintTexture, speckle } from './canvasTexture.ts';
import { diamondBand, eightStar, girihField, pointedArchPath, ramHorn, tulip } from './ornaments.ts';
import { PALETTE } from './palette.ts';

type Colors = Pavilion['colors'];

/** How tall each family's walls are, and how the wall texture tiles along them. */
export const WALL_HEIGHT: Record<PavilionStyle, number> = { yurt: 5.2, organic: 5, kumbet: 7, iwan: 6.5 };

const W = 512;
const H = 1024;

/** Canvas row of a height above the floor, for a wall of height `wall`. */
const rowOf = (y: number, wall: number) => (1 - y / wall) * H;

function yurtWall(c: Colors, wall: number): CanvasTexture {
  return paintTexture(W, H, (ctx) => {
    ctx.fillStyle = PALETTE.felt;
    ctx.fillRect(0, 0, W, H);
    speckle(ctx, W, H, 0.12, 3);
    // kerege: the folding lattice shows through the felt as a faint diamond net
    ctx.strokeStyle = 'rgba(140,100,60,0.16)';
    ctx.lineWidth = 5;
    for (let i = -4; i <= 8; i++) {
      ctx.beginPath();
      ctx.moveTo(i * 128, rowOf(0.4, wall));
      ctx.lineTo(i * 128 + 512, rowOf(3.3, wall));
      ctx.moveTo(i * 128 + 512, rowOf(0.4, wall));
      ctx.lineTo(i * 128, rowOf(3.3, wall));
      ctx.stroke();
    }
    const bandTop = rowOf(4.55, wall);
    const bandBottom = rowOf(3.45, wall);
    ctx.fillStyle = c.primary;
    ctx.fillRect(0, bandTop, W, bandBottom - bandTop);
    ctx.fillStyle = c.secondary;
    ctx.fillRect(0, bandTop - 14, W, 10);
    ctx.fillRect(0, bandBottom + 4, W, 10);
    const mid = (bandTop + bandBottom) / 2;
    for (let i = 0; i < 2; i++) ramHorn(ctx, W * (0.25 + i * 0.5), mid, (bandBottom - bandTop) * 0.62, c.secondary);
    for (let i = 0; i < 2; i++) eightStar(ctx, W * (0.5 * i), mid, (bandBottom - bandTop) * 0.2, PALETTE.felt);
    ctx.fillStyle = c.accent;
    ctx.fillRect(0, rowOf(0.55, wall), W, rowOf(0.3, wall) - rowOf(0.55, wall));
    ctx.fillStyle = c.secondary;
    ctx.fillRect(0, rowOf(wall, wall), W, rowOf(wall - 0.25, wall));
  });
}

function iwanWall(c: Colors, wall: number): CanvasTexture {
  return paintTexture(W, H, (ctx) => {
    ctx.fillStyle = PALETTE.brick;
    ctx.fillRect(0, 0, W, H);
    // hazarbaf brickwork, drawn as staggered courses
    ctx.fillStyle = 'rgba(120,85,50,0.22)';
    for (let y = 0, row = 0; y < H; y += 16, row++) {
      ctx.fillRect(0, y, W, 2);
      for (let x = (row % 2) * 24; x < W; x += 48) ctx.fillRect(x, y, 2, 16);
    }
    speckle(ctx, W, H, 0.1, 7);
    // a blind pointed niche per tile, the rhythm of a madrasa's outer wall
    ctx.save();
    pointedArchPath(ctx, W / 2, rowOf(1.25, wall), W * 0.62, rowOf(3.6, wall), rowOf(3.6, wall) - rowOf(4.8, wall));
    ctx.fillStyle = 'rgba(110,75,45,0.28)';
    ctx.fill();
    ctx.lineWidth = 14;
    ctx.strokeStyle = PALETTE.turquoise;
    ctx.stroke();
    ctx.restore();
    const top = rowOf(wall - 0.2, wall);
    const bottom = rowOf(5.1, wall);
    ctx.fillStyle = PALETTE.lapis;
    ctx.fillRect(0, top, W, bottom - top);
    girihField(ctx, 0, top + 10, W, bottom - top - 20, 64, c.accent, '#f3e6c4');
    ctx.fillStyle = PALETTE.gold;
    ctx.fillRect(0, top, W, 8);
    ctx.fillRect(0, bottom - 8, W, 8);
    diamondBand(ctx, 0, rowOf(1.2, wall), W, rowOf(0.1, wall) - rowOf(1.2, wall), 4, c.primary, PALETTE.lapis);
    ctx.fillStyle = PALETTE.turquoise;
    ctx.fillRect(0, rowOf(0.1, wall), W, H);
  });
}

function kumbetWall(c: Colors, wall: number): CanvasTexture {
  return paintTexture(W, H, (ctx) => {
    ctx.fillStyle = PALETTE.stone;
    ctx.fillRect(0, 0, W, H);
    // ashlar courses, the cut-stone masonry of Seljuk tomb towers
    ctx.fillStyle = 'rgba(110,85,60,0.25)';
    for (let y = 0, row = 0; y < H; y += 40, row++) {
      ctx.fillRect(0, y, W, 3);
      for (let x = (row % 2) * 40; x < W; x += 80) ctx.fillRect(x, y, 3, 40);
    }
    speckle(ctx, W, H, 0.14, 11);
    // one tall blind arch on every face of the octagon
    pointedArchPath(ctx, W / 2, rowOf(0.6, wall), W * 0.7, rowOf(4.4, wall), rowOf(4.4, wall) - rowOf(5.7, wall));
    ctx.fillStyle = 'rgba(95,70,45,0.22)';
    ctx.fill();
    ctx.lineWidth = 12;
    ctx.strokeStyle = 'rgba(245,230,200,0.7)';
    ctx.stroke();
    const top = rowOf(wall - 0.15, wall);
    const bottom = rowOf(wall - 0.95, wall);
    ctx.fillStyle = c.primary;
    ctx.fillRect(0, top, W, bottom - top);
    for (let i = 0; i < 4; i++)
      eightStar(ctx, W * (0.125 + i * 0.25), (top + bottom) / 2, (bottom - top) * 0.36, c.secondary, '#f5ecd8');
    ctx.fillStyle = c.accent;
    ctx.fillRect(0, bottom, W, 10);
    ctx.fillRect(0, top - 10, W, 10);
    ctx.fillStyle = 'rgba(80,60,40,0.35)';
    ctx.fillRect(0, rowOf(0.5, wall), W, H);
  });
}

function organicWall(c: Colors, wall: number): CanvasTexture {
  return paintTexture(W, H, (ctx) => {
    ctx.fillStyle = PALETTE.plaster;
    ctx.fillRect(0, 0, W, H);
    speckle(ctx, W, H, 0.08, 5);
    const top = rowOf(4.35, wall);
    const bottom = rowOf(3.5, wall);
    ctx.fillStyle = c.primary;
    ctx.fillRect(0, top, W, (bottom - top) / 3);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, top + (bottom - top) / 3, W, (bottom - top) / 3);
    ctx.fillStyle = c.secondary === '#ffffff' ? c.accent : c.secondary;
    ctx.fillRect(0, top + ((bottom - top) * 2) / 3, W, (bottom - top) / 3);
    for (let i = 0; i < 2; i++)
      tulip(
        ctx,
        W * (0.25 + i * 0.5),
        rowOf(2.7, wall),
        150,
        c.primary,
        c.secondary === '#ffffff' ? c.accent : c.secondary,
      );
    // a timber plinth, the wood of the roof coming down to earth
    ctx.fillStyle = PALETTE.timber;
    ctx.fillRect(0, rowOf(0.45, wall), W, H);
    ctx.fillStyle = 'rgba(0,0,0,0.18)';
    for (let x = 0; x < W; x += 32) ctx.fillRect(x, rowOf(0.45, wall), 3, H);
  });
}

export function wallTexture(style: PavilionStyle, colors: Colors): CanvasTexture {
  const wall = WALL_HEIGHT[style];
  switch (style) {
    case 'yurt':
      return yurtWall(colors, wall);
    case 'iwan':
      return iwanWall(colors, wall);
    case 'kumbet':
      return kumbetWall(colors, wall);
    case 'organic':
      return organicWall(colors, wall);
  }
}
