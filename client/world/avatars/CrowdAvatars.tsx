import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useState } from 'react';
import { Color, InstancedBufferAttribute, InstancedMesh, Matrix4, type MeshStandardMaterial } from 'three';
import { ANIMS } from '../../../shared/protocol.ts';
import type { Catalogue } from '../../../shared/catalogue.ts';
import { quality } from '../../state/quality.ts';
import { useSession } from '../../state/session.ts';
import { useWorld } from '../../state/world.ts';
import { bob } from './bob.ts';
import { crowd, updateCrowd } from './crowd.ts';
import { FULL_FIGURE, paintMaterial, SIMPLE_FIGURE, SKIN, type FigurePart } from './figureParts.ts';
import { FALLBACK_COLORS } from './useCountryColors.ts';

/** Room for this many more people is made at a time, so a growing crowd rebuilds the meshes rarely. */
const CAPACITY_STEP = 128;

interface Palette {
  primary: Color;
  accent: Color;
}

/** Each country's pavilion colours, as colours the instances can be painted with. */
function palettes(catalogue: Catalogue | null): (country: string | undefined) => Palette {
  const toPalette = (c: { primary: string; accent: string }) => ({
    primary: new Color(c.primary),
    accent: new Color(c.accent),
  });
  const byCountry = new Map((catalogue?.pavilions ?? []).map((p) => [p.country as string, toPalette(p.colors)]));
  const fallback = toPalette(FALLBACK_COLORS);
  return (country) => (country && byCountry.get(country)) || fallback;
}

/**
 * The coloured parts are white and take each person's country colour per instance; skin is one
 * colour for all. The materials are the crowd's own, since instance colours multiply theirs.
 */
function crowdMaterial(part: FigurePart): MeshStandardMaterial {
  return part.paint === 'skin' ? paintMaterial('skin', SKIN) : paintMaterial(part.paint, '#ffffff');
}

function buildMeshes(parts: readonly FigurePart[], capacity: number): InstancedMesh[] {
  return parts.map((part) => {
    const mesh = new InstancedMesh(part.geometry, crowdMaterial(part), capacity);
    // Colours exist from the start, so the shader is compiled with them once.
    if (part.paint !== 'skin') mesh.instanceColor = new InstancedBufferAttribute(new Float32Array(capacity * 3), 3);
    mesh.count = 0;
    // The crowd spans the whole view: one draw per part is cheaper than working out its bounds every frame.
    mesh.frustumCulled = false;
    return mesh;
  });
}

const matrix = new Matrix4();

/**
 * Everyone else in the room, drawn with one instanced mesh per figure part: the number of draw
 * calls stays the same whatever the size of the crowd. Near people get the full figure, those
 * further the cheap one, and nobody beyond the draw distance is drawn at all.
 */
export function CrowdAvatars() {
  const catalogue = useSession((s) => s.catalogue);
  const paletteOf = useMemo(() => palettes(catalogue), [catalogue]);
  const [capacity, setCapacity] = useState(CAPACITY_STEP);
  // No figure casts into the sun's shadow map, which holds the still world only: FigureShadows gives them theirs.
  const full = useMemo(() => buildMeshes(FULL_FIGURE, capacity), [capacity]);
  const simple = useMemo(() => buildMeshes(SIMPLE_FIGURE, capacity), [capacity]);
  useEffect(() => () => [...full, ...simple].forEach((mesh) => mesh.dispose()), [full, simple]);

  useFrame(({ clock }) => {
    const { drawDistance, fullFigureDistance } = quality();
    updateCrowd(drawDistance);
    if (crowd.members.length > capacity) setCapacity(Math.ceil(crowd.members.length / CAPACITY_STEP) * CAPACITY_STEP);
    const roster = useWorld.getState().roster;
    let fullCount = 0;
    let simpleCount = 0;
    for (const member of crowd.members) {
      const near = member.distance < fullFigureDistance;
      const index = near ? fullCount++ : simpleCount++;
      if (index >= capacity) continue;
      const lift = member.anim === ANIMS.idle ? 0 : bob(clock.elapsedTime + member.phase, member.anim);
      const palette = paletteOf(roster[member.id]?.country);
      const parts = near ? FULL_FIGURE : SIMPLE_FIGURE;
      const meshes = near ? full : simple;
      matrix.makeRotationY(member.ry);
      for (let p = 0; p < parts.length; p++) {
        const part = parts[p]!;
        const mesh = meshes[p]!;
        matrix.setPosition(member.x, part.y + lift, member.z);
        mesh.setMatrixAt(index, matrix);
        if (part.paint !== 'skin') mesh.setColorAt(index, palette[part.paint]);
      }
    }
    const counts: [InstancedMesh[], number][] = [
      [full, Math.min(fullCount, capacity)],
      [simple, Math.min(simpleCount, capacity)],
    ];
    for (const [meshes, count] of counts) {
      for (const mesh of meshes) {
        mesh.count = count;
        // A part nobody wears this frame is not drawn at all.
        mesh.visible = count > 0;
        mesh.instanceMatrix.needsUpdate = true;
        if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
      }
    }
  });

  return (
    <>
      {[...full, ...simple].map((mesh) => (
        <primitive key={mesh.uuid} object={mesh} />
      ))}
    </>
  );
}
