/** Canvas drawing of the ornament motifs shared by the Turkic peoples. */

export function starPath(
  ctx: CanvasRenderingContext2D,
  cx: number,
  cy: number,
  points: number,
  outer: number,
  inner: number,
  rotation = -Math.PI / 2,
): void {
  ctx.beginPath();
  for (let i = 0; i < points * 2; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = rotation + (i * Math.PI) / points;
    const x = cx + Math.cos(a) * r;
    const y = cy + Math.sin(a) * r;
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.closePath();
}

/** The eight-pointed star of two overlapping squares, found from Seljuk tiles to Kazakh felts. */
export function eightStar(
  ctx: CanvasRenderingContext2D,
  cx: number,
  cy: number,
  r: number,
  fill: string,
  line?: string,
): void {
  starPath(ctx, cx, cy, 8, r, r * 0.72, -Math.PI / 2);
  ctx.fillStyle = fill;
  ctx.fill();
  if (line) {
    ctx.strokeStyle = line;
    ctx.lineWidth = Math.max(1, r * 0.08);
    ctx.stroke();
  }
}

/** Koshkar muiz, the ram's horn: a stem splitting into two curls, the steppe's signature motif. */
export function ramHorn(ctx: CanvasRenderingContext2D, cx: number, cy: number, size: number, color: string): void {
  ctx.save();
  ctx.translate(cx, cy);
  ctx.strokeStyle = color;
  ctx.lineWidth = size * 0.16;
  ctx.lineCap = 'round';
  for (const side of [-1, 1]) {
    ctx.beginPath();
    ctx.moveTo(0, size * 0.5);
    ctx.lineTo(0, size * 0.05);
    ctx.bezierCurveTo(0, -size * 0.45, side * size * 0.75, -size * 0.5, side * size * 0.7, -size * 0.05);
    ctx.bezierCurveTo(side * size * 0.66, size * 0.2, side * size * 0.38, size * 0.2, side * size * 0.38, 0);
    ctx.stroke();
  }
  ctx.restore();
}

/** A Hungarian folk tulip: three petals on a short stem with two leaves. */
export function tulip(
  ctx: CanvasRenderingContext2D,
  cx: number,
  cy: number,
  size: number,
  petal: string,
  leaf: string,
): void {
  ctx.save();
  ctx.translate(cx, cy);
  ctx.fillStyle = leaf;
  for (const side of [-1, 1]) {
    ctx.beginPath();
    ctx.moveTo(0, size * 0.5);
    ctx.quadraticCurveTo(side * size * 0.6, size * 0.35, side * size * 0.55, -size * 0.05);
    ctx.quadraticCurveTo(side * size * 0.2, size * 0.15, 0, size * 0.5);
    ctx.fill();
  }
  ctx.fillStyle = petal;
  ctx.beginPath();
  ctx.moveTo(0, size * 0.2);
  ctx.bezierCurveTo(-size * 0.45, size * 0.1, -size * 0.4, -size * 0.35, -size * 0.3, -size * 0.5);
  ctx.lineTo(-size * 0.12, -size * 0.22);
  ctx.lineTo(0, -size * 0.55);
  ctx.lineTo(size * 0.12, -size * 0.22);
  ctx.lineTo(size * 0.3, -size * 0.5);
  ctx.bezierCurveTo(size * 0.4, -size * 0.35, size * 0.45, size * 0.1, 0, size * 0.2);
  ctx.fill();
  ctx.restore();
}

/** A row of diamonds between two rules: the simplest border of carpets and tiles. */
export function diamondBand(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  width: number,
  height: number,
  count: number,
  fill: string,
  rule: string,
): void {
  ctx.fillStyle = rule;
  ctx.fillRect(x, y, width, height * 0.12);
  ctx.fillRect(x, y + height * 0.88, width, height * 0.12);
  const step = width / count;
  ctx.fillStyle = fill;
  for (let i = 0; i < count; i++) {
    const cx = x + step * (i + 0.5);
    const cy = y + height / 2;
    ctx.beginPath();
    ctx.moveTo(cx, cy - height * 0.32);
    ctx.lineTo(cx + step * 0.42, cy);
    ctx.lineTo(cx, cy + height * 0.32);
    ctx.lineTo(cx - step * 0.42, cy);
    ctx.closePath();
    ctx.fill();
  }
}

/** A lattice of eight-pointed stars and crosses, the girih of Timurid and Seljuk tiles. */
export function girihField(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  width: number,
  height: number,
  cell: number,
  star: string,
  cross: string,
): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, width, height);
  ctx.clip();
  for (let gy = y; gy < y + height + cell; gy += cell) {
    for (let gx = x; gx < x + width + cell; gx += cell) {
      eightStar(ctx, gx, gy, cell * 0.36, star);
      ctx.fillStyle = cross;
      const c = cell * 0.5;
      ctx.beginPath();
      ctx.moveTo(gx + c, gy + c - cell * 0.2);
      ctx.lineTo(gx + c + cell * 0.2, gy + c);
      ctx.lineTo(gx + c, gy + c + cell * 0.2);
      ctx.lineTo(gx + c - cell * 0.2, gy + c);
      ctx.closePath();
      ctx.fill();
    }
  }
  ctx.restore();
}

/** A pointed (two-centred) arch outline from the springing line at y up to the apex. */
export function pointedArchPath(
  ctx: CanvasRenderingContext2D,
  cx: number,
  bottom: number,
  width: number,
  spring: number,
  rise: number,
): void {
  const half = width / 2;
  ctx.beginPath();
  ctx.moveTo(cx - half, bottom);
  ctx.lineTo(cx - half, spring);
  ctx.quadraticCurveTo(cx - half, spring - rise * 0.85, cx, spring - rise);
  ctx.quadraticCurveTo(cx + half, spring - rise * 0.85, cx + half, spring);
  ctx.lineTo(cx + half, bottom);
  ctx.closePath();
}
