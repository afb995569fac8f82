import type { CanvasTexture } from 'three';
import type { Pavilion } from '../../../shared/catalogue.ts';
import { paintTexture, speckle } from './canvasTexture.ts';
import { eightStar, girihField, pointedArchPath } from './ornaments.ts';
import { PALETTE } from './palette.ts';

type Colors = Pavilion['colors'];

export interface PortalSize {
  width: number;
  height: number;
  doorWidth: number;
  doorHeight: number;
}

const PX = 80;

/** Canvas helpers in metres, origin at the portal's bottom centre, y up. */
function frame(size: PortalSize) {
  const X = (x: number) => (x + size.width / 2) * PX;
  const Y = (y: number) => (size.height - y) * PX;
  return { X, Y, w: size.width * PX, h: size.height * PX };
}

/** Extruded shapes get uv = their (x, y) in metres; this maps the painting onto the portal once. */
function fitted(size: PortalSize, texture: CanvasTexture): CanvasTexture {
  texture.repeat.set(1 / size.width, 1 / size.height);
  texture.offset.set(0.5, 0);
  return texture;
}

/** Rows of small arches stepping into the hood: the look of muqarnas without the geometry. */
function muqarnas(
  ctx: CanvasRenderingContext2D,
  X: (x: number) => number,
  Y: (y: number) => number,
  half: number,
  from: number,
  to: number,
  light: string,
  dark: string,
): void {
  const rows = 6;
  for (let r = 0; r < rows; r++) {
    const y0 = from + ((to - from) * r) / rows;
    const cell = 0.55 - r * 0.04;
    const span = half * (1 - Math.pow(r / rows, 1.6) * 0.85);
    for (let x = -span + (r % 2) * (cell / 2); x < span - cell * 0.5; x += cell) {
      pointedArchPath(
        ctx,
        X(x + cell / 2),
        Y(y0),
        cell * PX * 0.9,
        Y(y0 + (to - from) / rows / 2),
        ((to - from) / rows / 2) * PX,
      );
      ctx.fillStyle = r % 2 ? dark : light;
      ctx.fill();
      ctx.strokeStyle = 'rgba(0,0,0,0.25)';
      ctx.lineWidth = 2;
      ctx.stroke();
    }
  }
}

/** The iwan's pishtaq: tiled frame, a deep arched niche with muqarnas, rosettes and a frieze. */
export function pishtaqTexture(c: Colors, size: PortalSize): CanvasTexture {
  return fitted(
    size,
    paintTexture(
      size.width * PX,
      size.height * PX,
      (ctx) => {
        const { X, Y, w, h } = frame(size);
        ctx.fillStyle = PALETTE.brick;
        ctx.fillRect(0, 0, w, h);
        speckle(ctx, w, h, 0.1, 29);
        const band = 0.7;
        ctx.fillStyle = PALETTE.lapis;
        ctx.fillRect(0, 0, w, h);
        girihField(ctx, 0, 0, w, h, 56, c.accent, '#f3e6c4');
        ctx.fillStyle = PALETTE.brick;
        ctx.fillRect(
          X(-size.width / 2 + band),
          Y(size.height - band),
          (size.width - 2 * band) * PX,
          (size.height - band) * PX,
        );
        const archHalf = size.width / 2 - band - 0.55;
        const spring = size.height * 0.6;
        const apex = size.height - band - 1.3;
        // spandrels
        ctx.fillStyle = PALETTE.turquoise;
        ctx.fillRect(X(-archHalf - 0.25), Y(apex + 0.3), (archHalf + 0.25) * 2 * PX, (apex + 0.3 - spring + 1) * PX);
        eightStar(ctx, X(-archHalf * 0.72), Y(apex - 0.6), 0.75 * PX, c.primary, PALETTE.gold);
        eightStar(ctx, X(archHalf * 0.72), Y(apex - 0.6), 0.75 * PX, c.primary, PALETTE.gold);
        // frieze above the arch
        ctx.fillStyle = PALETTE.lapis;
        ctx.fillRect(
          X(-archHalf - 0.25),
          Y(size.height - band),
          (archHalf + 0.25) * 2 * PX,
          (size.height - band - apex - 0.3) * PX,
        );
        ctx.fillStyle = '#f6ecd2';
        for (let x = -archHalf; x < archHalf; x += 0.45) {
          const tall = Math.round(x / 0.45) % 3 !== 0;
          ctx.fillRect(X(x), Y(apex + (tall ? 0.95 : 0.7)), 0.1 * PX, (tall ? 0.55 : 0.3) * PX);
          ctx.fillRect(X(x), Y(apex + 0.45), 0.45 * PX, 0.07 * PX);
        }
        pointedArchPath(ctx, X(0), Y(0), (archHalf + 0.25) * 2 * PX, Y(spring), (apex - spring + 0.2) * PX);
        ctx.fillStyle = PALETTE.gold;
        ctx.fill();
        pointedArchPath(ctx, X(0), Y(0), archHalf * 2 * PX, Y(spring), (apex - spring) * PX);
        ctx.fillStyle = '#173c6e';
        ctx.fill();
        muqarnas(ctx, X, Y, archHalf, spring - 1.2, apex - 0.2, PALETTE.turquoise, '#f3e6c4');
        // tile dado and a gold door frame
        ctx.fillStyle = PALETTE.turquoise;
        ctx.fillRect(X(-archHalf), Y(1.1), archHalf * 2 * PX, 1.1 * PX);
        ctx.fillStyle = PALETTE.gold;
        const d = size.doorWidth / 2 + 0.25;
        ctx.fillRect(X(-d), Y(size.doorHeight + 0.25), d * 2 * PX, (size.doorHeight + 0.25) * PX);
      },
      false,
    ),
  );
}

/** The kümbet's carved stone portal (taç kapı) with a stalactite hood over the door. */
export function stonePortalTexture(c: Colors, size: PortalSize): CanvasTexture {
  return fitted(
    size,
    paintTexture(
      size.width * PX,
      size.height * PX,
      (ctx) => {
        const { X, Y, w, h } = frame(size);
        ctx.fillStyle = '#d8c3a0';
        ctx.fillRect(0, 0, w, h);
        speckle(ctx, w, h, 0.16, 31);
        // nested carved borders: light stone with shadowed grooves
        const borders = [0.12, 0.55, 0.95];
        for (const inset of borders) {
          ctx.strokeStyle = 'rgba(90,65,40,0.55)';
          ctx.lineWidth = 5;
          ctx.strokeRect(
            X(-size.width / 2 + inset),
            Y(size.height - inset),
            (size.width - inset * 2) * PX,
            (size.height - inset) * PX,
          );
        }
        for (let y = 0.4; y < size.height - 0.4; y += 0.42) {
          eightStar(ctx, X(-size.width / 2 + 0.34), Y(y), 0.16 * PX, c.primary);
          eightStar(ctx, X(size.width / 2 - 0.34), Y(y), 0.16 * PX, c.primary);
        }
        for (let x = -size.width / 2 + 0.34; x < size.width / 2; x += 0.42)
          eightStar(ctx, X(x), Y(size.height - 0.34), 0.16 * PX, c.secondary === '#ffffff' ? c.accent : c.secondary);
        const half = size.width / 2 - 1.25;
        const spring = size.doorHeight + 1.1;
        const apex = size.height - 1.2;
        pointedArchPath(ctx, X(0), Y(0), half * 2 * PX, Y(spring), (apex - spring) * PX);
        ctx.fillStyle = '#a88d69';
        ctx.fill();
        muqarnas(ctx, X, Y, half, spring - 0.6, apex - 0.1, '#e6d6b8', '#b79e7a');
        ctx.fillStyle = c.accent;
        ctx.fillRect(X(-half), Y(spring - 0.55), half * 2 * PX, 0.12 * PX);
        ctx.fillStyle = '#9c8060';
        const d = size.doorWidth / 2 + 0.2;
        ctx.fillRect(X(-d), Y(size.doorHeight + 0.2), d * 2 * PX, (size.doorHeight + 0.2) * PX);
      },
      false,
    ),
  );
}
