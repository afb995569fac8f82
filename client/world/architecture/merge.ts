import type { BufferGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

/**
 * Merges static parts into one geometry (one draw call) and frees the parts. three refuses to
 * merge indexed with non-indexed geometry, so mixed inputs are all de-indexed first.
 */
export function mergeAll(parts: BufferGeometry[]): BufferGeometry {
  const mixed = parts.some((g) => g.index === null) && parts.some((g) => g.index !== null);
  const ready = mixed ? parts.map((g) => (g.index ? g.toNonIndexed() : g)) : parts;
  for (const g of ready) g.clearGroups();
  const merged = mergeGeometries(ready);
  if (!merged) throw new Error('mergeAll: parts have different attributes');
  new Set([...parts, ...ready]).forEach((g) => g.dispose());
  return merged;
}
