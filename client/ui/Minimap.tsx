import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../shared/catalogue.ts';
import { PLAZA } from '../../shared/world/layout.ts';
import { planRoute } from '../../shared/world/route.ts';
import type { ExpoWorld } from '../../shared/world/world.ts';
import { motion } from '../world/motion.ts';

const SIZE = 184;
const SCALE = (SIZE / 2 - 4) / PLAZA.radius;
const FRAME_MS = 100;

const toMap = (v: number) => SIZE / 2 + v * SCALE;

/** The fixed part of the map: plaza, fountain, pavilions in their colours with their doors. */
function drawBase(ctx: CanvasRenderingContext2D, world: ExpoWorld, catalogue: Catalogue): void {
  ctx.fillStyle = '#e9dcc2';
  ctx.beginPath();
  ctx.arc(SIZE / 2, SIZE / 2, PLAZA.radius * SCALE, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#5cc3c9';
  ctx.beginPath();
  ctx.arc(SIZE / 2, SIZE / 2, PLAZA.fountainRadius * SCALE, 0, Math.PI * 2);
  ctx.fill();
  for (const placement of world.placements) {
    const pavilion = catalogue.pavilions.find((p) => p.id === placement.id);
    ctx.fillStyle = pavilion?.colors.primary ?? '#888';
    ctx.beginPath();
    placement.polygon.forEach((v, i) => (i ? ctx.lineTo(toMap(v.x), toMap(v.z)) : ctx.moveTo(toMap(v.x), toMap(v.z))));
    ctx.closePath();
    ctx.fill();
    ctx.fillStyle = '#fff';
    ctx.beginPath();
    ctx.arc(toMap(placement.door.x), toMap(placement.door.z), 2.2, 0, Math.PI * 2);
    ctx.fill();
  }
}

/** A live map: everyone in the room as dots, the visitor as an arrow; click to walk there. */
export function Minimap({ world, catalogue }: { world: ExpoWorld; catalogue: Catalogue }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    const base = document.createElement('canvas');
    base.width = base.height = SIZE;
    drawBase(base.getContext('2d')!, world, catalogue);
    let frame = 0;
    let drawnAt = 0;
    const draw = (now: number) => {
      frame = requestAnimationFrame(draw);
      if (now - drawnAt < FRAME_MS) return;
      drawnAt = now;
      ctx.clearRect(0, 0, SIZE, SIZE);
      ctx.drawImage(base, 0, 0);
      ctx.fillStyle = '#0d3b4f';
      for (const samples of motion.remote.values()) {
        const last = samples[samples.length - 1];
        if (!last) continue;
        ctx.beginPath();
        ctx.arc(toMap(last.x), toMap(last.z), 2, 0, Math.PI * 2);
        ctx.fill();
      }
      const { x, z, ry } = motion.self;
      ctx.save();
      ctx.translate(toMap(x), toMap(z));
      ctx.rotate(-ry);
      ctx.fillStyle = '#d9a441';
      ctx.strokeStyle = '#fff';
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.moveTo(0, 6);
      ctx.lineTo(4, -4);
      ctx.lineTo(-4, -4);
      ctx.closePath();
      ctx.fill();
      ctx.stroke();
      ctx.restore();
    };
    frame = requestAnimationFrame(draw);
    return () => cancelAnimationFrame(frame);
  }, [world, catalogue]);

  const onClick = (e: React.MouseEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const x = ((e.clientX - rect.left) * (SIZE / rect.width) - SIZE / 2) / SCALE;
    const z = ((e.clientY - rect.top) * (SIZE / rect.height) - SIZE / 2) / SCALE;
    motion.route = planRoute(world, motion.self, { x, z });
  };

  return (
    <figure className="minimap">
      <canvas ref={canvas} width={SIZE} height={SIZE} onClick={onClick} aria-label={t('world.map')} role="img" />
    </figure>
  );
}
