import { Color, DoubleSide, FrontSide, MeshStandardMaterial, type Texture } from 'three';

/** The colours of the whole ground, so that eight buildings read as one expo. */
export const PALETTE = {
  felt: '#f1e7d0',
  sandstone: '#d9c196',
  stone: '#cdb491',
  brick: '#d4b88c',
  plaster: '#f4f0e6',
  turquoise: '#23a6a6',
  lapis: '#1e4e8c',
  gold: '#c9a24a',
  uyk: '#a34a2a',
  timber: '#8c5b33',
  shingle: '#6e4a30',
  signPanel: '#18243a',
  signText: '#fff7e3',
} as const;

/**
 * Halls have no light of their own and the sky's bounce from the ground tints ceilings mud
 * brown; a faint self-glow in the ceiling's own colours stands in for light a real hall reflects.
 */
export function interiorGlow(map: Texture | null, intensity = 0.35) {
  return { emissive: new Color(map ? '#ffffff' : '#5a4630'), emissiveMap: map, emissiveIntensity: intensity };
}

/**
 * Roofs are open shells; three casts shadows from their back faces by default, which lets the
 * sun shine through them onto the floor inside. Both sides must cast.
 */
export const SHELL_SHADOW = { shadowSide: DoubleSide } as const;

function standard(color: string, roughness: number, metalness = 0, doubleSided = false): MeshStandardMaterial {
  return new MeshStandardMaterial({
    color: new Color(color),
    roughness,
    metalness,
    side: doubleSided ? DoubleSide : FrontSide,
  });
}

let shared: ReturnType<typeof create> | undefined;

function create() {
  return {
    gold: standard(PALETTE.gold, 0.35, 0.8),
    uyk: standard(PALETTE.uyk, 0.6),
    timber: standard(PALETTE.timber, 0.7),
    stone: standard(PALETTE.stone, 0.85),
    brick: standard(PALETTE.brick, 0.85),
    plaster: standard(PALETTE.plaster, 0.9),
    turquoise: standard(PALETTE.turquoise, 0.3, 0.1),
    signPanel: standard(PALETTE.signPanel, 0.6),
    metal: standard('#4a4f57', 0.4, 0.7),
    felt: standard(PALETTE.felt, 0.95),
  };
}

/**
 * Materials every pavilion uses, created once for the page's lifetime and shared, so eight
 * buildings add no duplicate shader programs or uniforms; never disposed on purpose.
 */
export function sharedMaterials(): ReturnType<typeof create> {
  shared ??= create();
  return shared;
}
