import { BackSide, MeshStandardMaterial, type CanvasTexture } from 'three';
import type { Pavilion } from '../../../shared/catalogue.ts';
import { paintTexture, speckle } from './canvasTexture.ts';
import { diamondBand, eightStar, girihField, ramHorn, starPath } from './ornaments.ts';
import { interiorGlow, PALETTE } from './palette.ts';

type Colors = Pavilion['colors'];

/** One twelfth of a yurt's felt roof: the bau band at the eave and a strap towards the crown. */
export function yurtRoofTexture(c: Colors): CanvasTexture {
  return paintTexture(256, 512, (ctx, w, h) => {
    ctx.fillStyle = PALETTE.felt;
    ctx.fillRect(0, 0, w, h);
    speckle(ctx, w, h, 0.14, 17);
    ctx.fillStyle = c.secondary;
    ctx.fillRect(w * 0.47, 0, w * 0.06, h);
    ctx.fillStyle = c.primary;
    ctx.fillRect(0, h * 0.8, w, h * 0.16);
    ramHorn(ctx, w / 2, h * 0.88, 54, c.secondary);
    ctx.fillStyle = c.accent;
    ctx.fillRect(0, h * 0.78, w, h * 0.025);
    ctx.fillRect(0, h * 0.96, w, h * 0.04);
    ctx.fillStyle = c.primary;
    ctx.fillRect(0, 0, w, h * 0.06);
  });
}

/** Wooden shingles in scalloped rows, as on Makovecz's roofs. */
export function shingleTexture(): CanvasTexture {
  return paintTexture(256, 256, (ctx, w, h) => {
    ctx.fillStyle = PALETTE.shingle;
    ctx.fillRect(0, 0, w, h);
    const rows = 8;
    const size = h / rows;
    for (let r = 0; r < rows; r++) {
      for (let i = -1; i < 9; i++) {
        const x = i * size + (r % 2) * (size / 2);
        const shade = 90 + ((r * 7 + i * 13) % 5) * 9;
        ctx.fillStyle = `rgb(${shade + 30},${shade},${shade - 30})`;
        ctx.beginPath();
        ctx.moveTo(x, r * size);
        ctx.lineTo(x, r * size + size * 0.6);
        ctx.arc(x + size / 2, r * size + size * 0.6, size / 2, Math.PI, 0, true);
        ctx.lineTo(x + size, r * size);
        ctx.closePath();
        ctx.fill();
        ctx.strokeStyle = 'rgba(40,25,15,0.6)';
        ctx.lineWidth = 2;
        ctx.stroke();
      }
    }
  });
}

/** Cut-stone courses for the kümbet's pyramid roof. */
export function stoneRoofTexture(): CanvasTexture {
  return paintTexture(256, 256, (ctx, w, h) => {
    ctx.fillStyle = '#b89d7a';
    ctx.fillRect(0, 0, w, h);
    speckle(ctx, w, h, 0.18, 23);
    ctx.fillStyle = 'rgba(70,50,35,0.35)';
    for (let y = 0, row = 0; y < h; y += 32, row++) {
      ctx.fillRect(0, y, w, 3);
      for (let x = (row % 2) * 32; x < w; x += 64) ctx.fillRect(x, y, 3, 32);
    }
  });
}

/** The underside of a dome or a pyramid: a lapis sky of gilded stars, as in Timurid and Seljuk ceilings. */
export function starCeilingTexture(c: Colors): CanvasTexture {
  return paintTexture(512, 512, (ctx, w, h) => {
    ctx.fillStyle = PALETTE.lapis;
    ctx.fillRect(0, 0, w, h);
    girihField(ctx, 0, 0, w, h, 128, PALETTE.gold, c.accent);
    for (let y = 64; y < h; y += 128) for (let x = 64; x < w; x += 128) eightStar(ctx, x, y, 18, '#f4e9cf');
  });
}

/** The drum under the iwan's dome: a tile band with an inscription-like frieze. */
export function drumTexture(c: Colors): CanvasTexture {
  return paintTexture(1024, 256, (ctx, w, h) => {
    ctx.fillStyle = PALETTE.lapis;
    ctx.fillRect(0, 0, w, h);
    ctx.fillStyle = '#f3e6c4';
    // pseudo-kufic: tall strokes and low links, read as lettering from afar
    for (let x = 10; x < w; x += 36) {
      const tall = (x / 36) % 3 !== 1;
      ctx.fillRect(x, h * (tall ? 0.25 : 0.5), 9, h * (tall ? 0.45 : 0.2));
      ctx.fillRect(x, h * 0.62, 36, 8);
    }
    diamondBand(ctx, 0, h * 0.78, w, h * 0.2, 24, c.accent, PALETTE.gold);
    diamondBand(ctx, 0, 0, w, h * 0.18, 24, PALETTE.turquoise, PALETTE.gold);
  });
}

/** Glazed turquoise with a faint lozenge net, for the ribbed dome. */
export function domeTexture(): CanvasTexture {
  return paintTexture(256, 256, (ctx, w, h) => {
    ctx.fillStyle = PALETTE.turquoise;
    ctx.fillRect(0, 0, w, h);
    ctx.strokeStyle = 'rgba(20,70,110,0.35)';
    ctx.lineWidth = 4;
    ctx.beginPath();
    ctx.moveTo(0, h / 2);
    ctx.lineTo(w / 2, 0);
    ctx.lineTo(w, h / 2);
    ctx.lineTo(w / 2, h);
    ctx.closePath();
    ctx.stroke();
    starPath(ctx, w / 2, h / 2, 4, 18, 7);
    ctx.fillStyle = 'rgba(255,250,230,0.6)';
    ctx.fill();
  });
}

/** The star-vaulted ceiling seen from inside a domed hall, lit faintly so it does not go muddy. */
export function starCeilingMaterial(c: Colors): MeshStandardMaterial {
  const map = starCeilingTexture(c);
  map.repeat.set(8, 3);
  return new MeshStandardMaterial({ map, roughness: 0.7, side: BackSide, ...interiorGlow(map) });
}
