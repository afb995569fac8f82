import { useEffect } from 'react';
import {
  CanvasTexture,
  CylinderGeometry,
  DoubleSide,
  MeshStandardMaterial,
  PlaneGeometry,
  SphereGeometry,
  SRGBColorSpace,
} from 'three';
import { mergeAll } from './merge.ts';
import type { Pavilion } from '../../../shared/catalogue.ts';
import { flagUrl } from '../assetUrls.ts';
import { sharedMaterials } from './palette.ts';
import { useDisposable } from './useDisposable.ts';

export interface FlagpoleProps {
  pavilion: Pavilion;
  position: [number, number, number];
  height?: number;
}

const FLAG_W = 2.7;
const FLAG_H = 1.8;

function paintFallback(canvas: HTMLCanvasElement, colors: Pavilion['colors']): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const stripes = [colors.primary, colors.secondary, colors.accent];
  stripes.forEach((c, i) => {
    ctx.fillStyle = c;
    ctx.fillRect(0, (i * canvas.height) / 3, canvas.width, canvas.height / 3 + 1);
  });
}

/**
 * A flagpole with the country's flag. The flag's SVG is drawn onto a canvas of fixed size,
 * since an SVG without intrinsic size would otherwise load as 300x150 or not at all; until it
 * arrives (or if it is missing) a stripe of the pavilion's colours stands in.
 */
export function Flagpole({ pavilion, position, height = 10 }: FlagpoleProps) {
  const { metal, gold } = sharedMaterials();
  const resources = useDisposable(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 600;
    canvas.height = 400;
    paintFallback(canvas, pavilion.colors);
    const map = new CanvasTexture(canvas);
    map.colorSpace = SRGBColorSpace;
    map.anisotropy = 4;
    const cloth = new PlaneGeometry(FLAG_W, FLAG_H, 18, 4);
    const pos = cloth.attributes.position!;
    for (let i = 0; i < pos.count; i++) {
      const x = pos.getX(i) + FLAG_W / 2;
      // a frozen ripple growing away from the pole, so the flag looks like it flies
      pos.setXYZ(i, x, pos.getY(i) + height - FLAG_H / 2 - 0.3, Math.sin(x * 2.3) * 0.12 * (x / FLAG_W));
    }
    cloth.computeVertexNormals();
    const pole = new CylinderGeometry(0.06, 0.09, height, 10).translate(0, height / 2, 0);
    const base = new CylinderGeometry(0.28, 0.34, 0.3, 12).translate(0, 0.15, 0);
    const poleGeometry = mergeAll([pole, base]);
    const finial = new SphereGeometry(0.16, 12, 8).translate(0, height + 0.12, 0);
    const material = new MeshStandardMaterial({ map, side: DoubleSide, roughness: 0.8 });
    return { canvas, map, cloth, poleGeometry, finial, material };
  }, [pavilion.colors, height]);

  useEffect(() => {
    let url: string;
    try {
      url = flagUrl(pavilion.country);
    } catch {
      return;
    }
    let cancelled = false;
    const image = new Image();
    image.onload = () => {
      if (cancelled) return;
      const ctx = resources.canvas.getContext('2d');
      if (!ctx) return;
      ctx.drawImage(image, 0, 0, resources.canvas.width, resources.canvas.height);
      resources.map.needsUpdate = true;
    };
    image.src = url;
    return () => {
      cancelled = true;
    };
  }, [pavilion.country, resources]);

  return (
    <group position={position}>
      <mesh geometry={resources.poleGeometry} material={metal} castShadow />
      <mesh geometry={resources.finial} material={gold} />
      <mesh geometry={resources.cloth} material={resources.material} castShadow />
    </group>
  );
}
