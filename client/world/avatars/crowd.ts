import { INTERPOLATION_DELAY_MS, motion, sampleAt, type Sample } from '../motion.ts';

/** Someone else drawn this frame, where they are drawn (a little in the past) and how far from the visitor. */
export interface CrowdMember extends Sample {
  id: string;
  distance: number;
  /** A per-person offset for the walking bob, so a crowd does not bounce in step. */
  phase: number;
}

/**
 * Everyone else within the draw distance, updated once per frame by the instanced crowd and read
 * by the few per-person overlays (labels, speaking bars, reactions). Only people with samples in
 * motion.remote are here: the server sends positions of those near the visitor only.
 */
export const crowd = {
  members: [] as CrowdMember[],
  byId: new Map<string, CrowdMember>(),
};

function phaseOf(id: string): number {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) | 0;
  return (h & 0xffff) / 0xffff;
}

/** Interpolates everyone's pose for this frame; people beyond `drawDistance` are left out. */
export function updateCrowd(drawDistance: number): void {
  const time = performance.now() - INTERPOLATION_DELAY_MS;
  crowd.members.length = 0;
  for (const [id, samples] of motion.remote) {
    let member = crowd.byId.get(id);
    if (!member) {
      member = { id, t: 0, x: 0, z: 0, ry: 0, anim: 0, distance: 0, phase: phaseOf(id) };
      crowd.byId.set(id, member);
    }
    if (!sampleAt(samples, time, member)) continue;
    member.distance = Math.hypot(member.x - motion.self.x, member.z - motion.self.z);
    if (member.distance <= drawDistance) crowd.members.push(member);
  }
  if (crowd.byId.size > crowd.members.length) {
    const drawn = new Set(crowd.members);
    for (const [id, member] of crowd.byId) if (!drawn.has(member)) crowd.byId.delete(id);
  }
}
