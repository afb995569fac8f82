import type { CanvasTexture } from 'three';
import type { Pavilion, PavilionStyle } from '../../../shared/catalogue.ts';
import { paintTexture, speckle } from './canvasTexture.ts';
import { eightStar, ramHorn, starPath, tulip } from './ornaments.ts';

type Colors = Pavilion['colors'];

const GROUND: Record<PavilionStyle, string> = {
  yurt: '#8f2f24',
  iwan: '#e9dcc0',
  kumbet: '#d8c5a4',
  organic: '#c9a57a',
};

/**
 * A carpet-like medallion for the hall: rings of motifs around a central star in the
 * pavilion's colours. The yurt gets a deep red felt (syrmak) ground, the others stone or wood.
 */
export function floorTexture(style: PavilionStyle, c: Colors): CanvasTexture {
  return paintTexture(
    1024,
    1024,
    (ctx, w) => {
      const m = w / 2;
      ctx.fillStyle = GROUND[style];
      ctx.fillRect(0, 0, w, w);
      speckle(ctx, w, w, 0.1, 13);
      const dark = style === 'yurt';
      const ink = dark ? '#f2e2bf' : '#3b2a1c';
      ring(ctx, m, 470, 24, c.accent);
      ring(ctx, m, 430, 8, ink);
      const motifs = 24;
      for (let i = 0; i < motifs; i++) {
        const a = (i / motifs) * Math.PI * 2;
        const x = m + Math.cos(a) * 395;
        const y = m + Math.sin(a) * 395;
        ctx.save();
        ctx.translate(x, y);
        ctx.rotate(a + Math.PI / 2);
        if (style === 'organic') tulip(ctx, 0, 0, 60, c.primary, c.secondary === '#ffffff' ? c.accent : c.secondary);
        else if (style === 'yurt') ramHorn(ctx, 0, 0, 56, i % 2 ? c.secondary : '#f2e2bf');
        else eightStar(ctx, 0, 0, 28, i % 2 ? c.primary : c.accent, ink);
        ctx.restore();
      }
      ring(ctx, m, 350, 8, ink);
      ctx.beginPath();
      ctx.arc(m, m, 300, 0, Math.PI * 2);
      ctx.fillStyle = dark ? '#6e2119' : c.primary;
      ctx.globalAlpha = dark ? 1 : 0.85;
      ctx.fill();
      ctx.globalAlpha = 1;
      starPath(ctx, m, m, style === 'iwan' ? 12 : 8, 280, 200);
      ctx.fillStyle = dark ? c.primary : '#f4ead2';
      ctx.fill();
      starPath(ctx, m, m, style === 'iwan' ? 12 : 8, 200, 140);
      ctx.fillStyle = c.secondary === '#ffffff' ? c.accent : c.secondary;
      ctx.fill();
      eightStar(ctx, m, m, 110, dark ? '#f2e2bf' : c.primary, ink);
      if (style === 'yurt')
        for (let i = 0; i < 4; i++) ramHorn(ctx, m + [60, -60, 0, 0][i]!, m + [0, 0, 60, -60][i]!, 50, c.primary);
    },
    false,
  );
}

function ring(ctx: CanvasRenderingContext2D, m: number, r: number, width: number, color: string): void {
  ctx.beginPath();
  ctx.arc(m, m, r, 0, Math.PI * 2);
  ctx.lineWidth = width;
  ctx.strokeStyle = color;
  ctx.stroke();
}
