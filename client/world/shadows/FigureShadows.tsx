import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useState } from 'react';
import { CanvasTexture, InstancedMesh, Matrix4, MeshBasicMaterial, PlaneGeometry, Quaternion, Vector3 } from 'three';
import type { ExpoWorld } from '../../../shared/world/world.ts';
import { useQualityPreset } from '../../state/quality.ts';
import { crowd } from '../avatars/crowd.ts';
import { motion } from '../motion.ts';
import { SUN } from '../sun.ts';

/** Room for this many more shadows is made at a time, as for the crowd's figures. */
const CAPACITY_STEP = 128;
/** Away from the sun, along the ground. */
const away = new Vector3(-SUN[0], 0, -SUN[2]).normalize();

interface Shadow {
  /** The unit plane laid flat, turned and sized. */
  shape: Matrix4;
  /** How far the shadow's middle lies from the feet, away from the sun. */
  reach: number;
  /** The ground's height: the pavilions' floors lie a hand's breadth above the paving (InteriorFloor). */
  y: number;
}

function shadow(width: number, length: number, reach: number, y: number): Shadow {
  const turn = new Quaternion().setFromAxisAngle(new Vector3(0, 1, 0), Math.atan2(away.x, away.z));
  return { shape: new Matrix4().compose(new Vector3(), turn, new Vector3(width, 1, length)), reach, y };
}

/**
 * In the sun a figure's shadow starts at its feet and stretches away from the sun about its own
 * height; under a pavilion's roof there is no sun, only the soft darkening right under the feet.
 */
const SHADOWS = { plaza: shadow(0.95, 2.3, 0.8, 0.005), pavilion: shadow(0.85, 0.85, 0, 0.055) };

/** A soft dark oval, darkest in the middle, fading to nothing at its edge. */
function softOval(): CanvasTexture {
  const size = 64;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (ctx) {
    const gradient = ctx.createRadialGradient(size / 2, size / 2, 0, size / 2, size / 2, size / 2);
    gradient.addColorStop(0, 'rgba(255,255,255,1)');
    gradient.addColorStop(0.45, 'rgba(255,255,255,0.75)');
    gradient.addColorStop(1, 'rgba(255,255,255,0)');
    ctx.fillStyle = gradient;
    ctx.fillRect(0, 0, size, size);
  }
  return new CanvasTexture(canvas);
}

function buildMesh(capacity: number): InstancedMesh {
  const geometry = new PlaneGeometry(1, 1).rotateX(-Math.PI / 2);
  const material = new MeshBasicMaterial({
    color: '#1d1610',
    alphaMap: softOval(),
    transparent: true,
    opacity: 0.42,
    depthWrite: false,
    // Drawn on the ground it lies on, never fighting it for depth.
    polygonOffset: true,
    polygonOffsetFactor: -2,
    polygonOffsetUnits: -2,
  });
  const mesh = new InstancedMesh(geometry, material, capacity);
  mesh.count = 0;
  mesh.frustumCulled = false;
  mesh.renderOrder = -1;
  return mesh;
}

const matrix = new Matrix4();

/**
 * The people's shadows: a soft oval on the ground under everyone drawn (and the visitor), one
 * instanced mesh for all, so the crowd's shadows cost one draw call whatever its size. The sun's
 * shadow map holds the still world only and is drawn once (useStillShadows); people move too
 * much for that. Only presets with shadows have them.
 */
export function FigureShadows({ world }: { world: ExpoWorld }) {
  const shadows = useQualityPreset().shadowMapSize > 0;
  const [capacity, setCapacity] = useState(CAPACITY_STEP);
  const mesh = useMemo(() => buildMesh(capacity), [capacity]);
  useEffect(
    () => () => {
      mesh.geometry.dispose();
      const material = mesh.material as MeshBasicMaterial;
      material.alphaMap?.dispose();
      material.dispose();
      mesh.dispose();
    },
    [mesh],
  );

  useFrame(() => {
    // After the crowd's own frame (it is mounted first): the shadows stand where the figures are drawn.
    const people = crowd.members.length + 1;
    if (people > capacity) setCapacity(Math.ceil(people / CAPACITY_STEP) * CAPACITY_STEP);
    let count = 0;
    const place = (x: number, z: number) => {
      if (count >= capacity) return;
      const { shape, reach, y } = SHADOWS[world.zoneOf(x, z).kind];
      matrix.copy(shape).setPosition(x + away.x * reach, y, z + away.z * reach);
      mesh.setMatrixAt(count++, matrix);
    };
    if (motion.placed) place(motion.self.x, motion.self.z);
    for (const member of crowd.members) place(member.x, member.z);
    mesh.count = count;
    mesh.instanceMatrix.needsUpdate = true;
  });

  return shadows ? <primitive object={mesh} /> : null;
}
