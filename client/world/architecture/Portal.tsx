import { ExtrudeGeometry, MeshStandardMaterial, Shape, type Material, type Texture } from 'three';
import type { PortalSize } from './portalTextures.ts';
import { useDisposable } from './useDisposable.ts';

export interface PortalProps {
  size: PortalSize;
  /** Local z of the portal's back, hidden inside the wall. */
  back: number;
  depth: number;
  map: Texture;
  sideMaterial: Material;
}

/**
 * A monumental frame around the door, standing proud of the wall by less than an avatar's
 * radius so it never pokes into walkable space; the door is cut out at exactly the doorway's
 * width so the opening the server allows is the opening one sees.
 */
export function Portal({ size, back, depth, map, sideMaterial }: PortalProps) {
  const resources = useDisposable(() => {
    const { width: w, height: h, doorWidth: dw, doorHeight: dh } = size;
    const shape = new Shape();
    shape.moveTo(-w / 2, 0);
    shape.lineTo(-dw / 2, 0);
    shape.lineTo(-dw / 2, dh);
    shape.lineTo(dw / 2, dh);
    shape.lineTo(dw / 2, 0);
    shape.lineTo(w / 2, 0);
    shape.lineTo(w / 2, h);
    shape.lineTo(-w / 2, h);
    shape.closePath();
    const geometry = new ExtrudeGeometry(shape, { depth, bevelEnabled: false });
    geometry.translate(0, 0, back);
    const face = new MeshStandardMaterial({ map, roughness: 0.55 });
    return { geometry, face };
  }, [size, back, depth, map]);
  return <mesh geometry={resources.geometry} material={[resources.face, sideMaterial]} castShadow receiveShadow />;
}
