import { useQualityPreset } from '../../state/quality.ts';
import { FULL_FIGURE, paintMaterial, SIMPLE_FIGURE, SKIN } from './figureParts.ts';

export interface AvatarFigureProps {
  primary: string;
  accent: string;
}

/**
 * One simple, friendly figure in the visitor's country colours (the visitor's own); its feet are
 * at y = 0. It casts no shadow into the sun's map, which holds the still world: FigureShadows gives it one.
 */
export function AvatarFigure({ primary, accent }: AvatarFigureProps) {
  const simple = useQualityPreset().avatar === 'simple';
  const colors = { primary, accent, skin: SKIN };
  return (
    <group>
      {(simple ? SIMPLE_FIGURE : FULL_FIGURE).map((part, i) => (
        <mesh
          key={i}
          geometry={part.geometry}
          material={paintMaterial(part.paint, colors[part.paint])}
          position-y={part.y}
        />
      ))}
    </group>
  );
}
