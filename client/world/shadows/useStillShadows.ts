import { useFrame } from '@react-three/fiber';
import { useRef, type RefObject } from 'react';
import type { DirectionalLight, Object3D } from 'three';

/**
 * Which shadow casters are drawn now: their ids, folded into one number. It changes when a
 * building or a stand is added, removed, shown or hidden (a pavilion's inside appears as the
 * visitor walks up to it), which is when the still world's shadows must be drawn again.
 */
function castersNow(scene: Object3D): number {
  let signature = 0;
  scene.traverseVisible((object) => {
    if (object.castShadow) signature = (Math.imul(signature, 31) + object.id) | 0;
  });
  return signature;
}

/**
 * The sun's shadow map holds only the still world (buildings, stands, trees), so it is drawn once
 * and again only when that world changes, not every frame: redrawing some seventy casters into it
 * each frame cost as many draw calls as the rest of the scene. What moves (the people) casts no
 * shadow into it; people have their own soft shadows on the ground (FigureShadows).
 */
export function useStillShadows(light: RefObject<DirectionalLight | null>): void {
  const drawn = useRef({ light: null as DirectionalLight | null, casters: NaN }).current;
  useFrame(({ scene }) => {
    const sun = light.current;
    if (!sun?.castShadow) return;
    sun.shadow.autoUpdate = false;
    const casters = castersNow(scene);
    // A new light (the preset changed the map's size) has an empty map: it is drawn too.
    if (sun !== drawn.light || casters !== drawn.casters) {
      sun.shadow.needsUpdate = true;
      drawn.light = sun;
      drawn.casters = casters;
    }
  });
}
