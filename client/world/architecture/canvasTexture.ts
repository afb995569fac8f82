import { CanvasTexture, RepeatWrapping, SRGBColorSpace } from 'three';

export type Painter = (ctx: CanvasRenderingContext2D, width: number, height: number) => void;

/** A colour texture painted once on a canvas; repeat makes it tile along u and v. */
export function paintTexture(width: number, height: number, paint: Painter, repeat = true): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (ctx) paint(ctx, width, height);
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = 8;
  if (repeat) texture.wrapS = texture.wrapT = RepeatWrapping;
  return texture;
}

/** Fine grain so large flat colours read as felt, stone or plaster instead of plastic. */
export function speckle(ctx: CanvasRenderingContext2D, w: number, h: number, amount: number, seed = 1): void {
  let s = seed;
  const random = () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
  const count = Math.floor(w * h * 0.02);
  for (let i = 0; i < count; i++) {
    const light = random() > 0.5;
    ctx.fillStyle = light ? `rgba(255,255,255,${amount * random()})` : `rgba(60,40,20,${amount * random()})`;
    ctx.fillRect(random() * w, random() * h, 1 + random() * 2, 1 + random() * 2);
  }
}

/** A seeded random generator, so procedural scenery is the same for every visitor. */
export function seededRandom(seed: number): () => number {
  let s = seed % 2147483647;
  if (s <= 0) s += 2147483646;
  return () => {
    s = (s * 16807) % 2147483647;
    return (s - 1) / 2147483646;
  };
}
