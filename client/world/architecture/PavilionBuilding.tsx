import { useMemo } from 'react';
import type { Pavilion, PavilionStyle } from '../../../shared/catalogue.ts';
import type { PavilionPlacement } from '../../../shared/world/layout.ts';
import { DoorSign } from './DoorSign.tsx';
import { Flagpole } from './Flagpole.tsx';
import { localFootprint, type StyleProps } from './footprint.ts';
import { InteriorFloor } from './InteriorFloor.tsx';
import { Iwan, PISHTAQ } from './Iwan.tsx';
import { Kumbet, STONE_PORTAL } from './Kumbet.tsx';
import { Organic } from './Organic.tsx';
import { DOOR_HEIGHT, Walls, WALL_THICKNESS } from './Walls.tsx';
import { Yurt } from './Yurt.tsx';

export interface PavilionBuildingProps {
  pavilion: Pavilion;
  placement: PavilionPlacement;
  /** The pavilion's name in the visitor's language. */
  label: string;
}

/** How far in front of the door's wall line the sign hangs: on the portal where there is one. */
const SIGN_PROUD: Record<PavilionStyle, number> = {
  yurt: WALL_THICKNESS / 2 + 0.12,
  organic: WALL_THICKNESS / 2,
  kumbet: STONE_PORTAL.proud,
  iwan: PISHTAQ.proud,
};

function Roof({ ...props }: StyleProps) {
  switch (props.pavilion.style) {
    case 'yurt':
      return <Yurt {...props} />;
    case 'iwan':
      return <Iwan {...props} />;
    case 'kumbet':
      return <Kumbet {...props} />;
    case 'organic':
      return <Organic {...props} />;
  }
}

/**
 * One country's pavilion in world coordinates. Everything is modelled around the door on +z
 * and turned into place; the walls come from the same segments the server collides with.
 */
export function PavilionBuilding({ pavilion, placement, label }: PavilionBuildingProps) {
  const footprint = useMemo(() => localFootprint(placement), [placement]);
  const ap = footprint.apothem;
  const half = placement.doorWidth / 2;
  // the yurt's wall bends away from a flat sign, so the inner panel keeps a little more clearance
  const insideClearance = pavilion.style === 'yurt' ? 0.45 : pavilion.style === 'organic' ? 0.35 : WALL_THICKNESS / 2;
  const flagX = pavilion.style === 'iwan' ? PISHTAQ.width / 2 + 1.6 : half + 2.6;
  const flagZ =
    ap +
    1.2 -
    (pavilion.style === 'iwan' || pavilion.style === 'kumbet' ? 0 : flagX * Math.tan(Math.PI / placement.sides) * 0.5);
  return (
    <group position={[placement.center.x, 0, placement.center.z]} rotation-y={footprint.rotationY}>
      <Walls pavilion={pavilion} footprint={footprint} />
      <InteriorFloor pavilion={pavilion} footprint={footprint} />
      <Roof pavilion={pavilion} footprint={footprint} doorWidth={placement.doorWidth} />
      <DoorSign
        label={label}
        outside={ap + SIGN_PROUD[pavilion.style]}
        inside={ap - insideClearance}
        y={DOOR_HEIGHT + 0.95}
        width={Math.max(placement.doorWidth + 0.8, 5)}
      />
      <Flagpole pavilion={pavilion} position={[flagX, 0, flagZ]} />
    </group>
  );
}
