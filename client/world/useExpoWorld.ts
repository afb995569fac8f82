import { useMemo } from 'react';
import type { Catalogue } from '../../shared/catalogue.ts';
import { ExpoWorld } from '../../shared/world/world.ts';
import { useSession } from '../state/session.ts';

const cache = new WeakMap<Catalogue, ExpoWorld>();

/** The walkable world for a catalogue, built once and shared by every component. */
export function worldFor(catalogue: Catalogue): ExpoWorld {
  let world = cache.get(catalogue);
  if (!world) cache.set(catalogue, (world = new ExpoWorld(catalogue)));
  return world;
}

export function useExpoWorld(): ExpoWorld | null {
  const catalogue = useSession((s) => s.catalogue);
  return useMemo(() => (catalogue ? worldFor(catalogue) : null), [catalogue]);
}
