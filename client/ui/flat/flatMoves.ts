import type { CountryId } from '../../../shared/countries.ts';
import type { ExpoWorld } from '../../../shared/world/world.ts';
import { handOver } from '../../net/rooms.ts';
import { useUi } from '../../state/ui.ts';
import { useWorld } from '../../state/world.ts';
import { motion } from '../../world/motion.ts';
import { forgetGoal, walkTo } from './flatGoal.ts';

/**
 * Moves to another room as stepping through a doorway does in 3D: the visitor's avatar is put at
 * that doorway, the hand-over joins the room with it as the arrival spot (the server accepts it
 * only at a door, else it places them itself), and the new room's place is taken as it comes.
 */
async function stepThrough(zone: Parameters<typeof handOver>[0], doorway: { x: number; z: number; ry: number }) {
  const before = { ...motion.self };
  const wasPlaced = motion.placed;
  Object.assign(motion.self, doorway);
  motion.route = [];
  forgetGoal();
  motion.placed = false;
  const moved = await handOver(zone);
  if (!moved) {
    Object.assign(motion.self, before);
    motion.placed = wasPlaced;
  }
  return moved;
}

/** Into a pavilion, arriving just inside its entrance, where others in 3D see them walk in. */
export function enterPavilion(world: ExpoWorld, id: CountryId): Promise<boolean> {
  useUi.getState().closeBooth();
  return stepThrough({ kind: 'pavilion', id }, world.entranceOf(id));
}

/** Out of the pavilion onto the plaza, just outside its door. */
export function leaveForPlaza(world: ExpoWorld): Promise<boolean> {
  const zone = useWorld.getState().zone;
  if (zone.kind !== 'pavilion') return Promise.resolve(false);
  useUi.getState().closeBooth();
  return stepThrough({ kind: 'plaza' }, world.frontOf(zone.id));
}

/**
 * Opens a booth's card and walks the avatar to stand at that booth, with the same validated moves
 * as in 3D: the server records the visit from where it accepted the avatar, as it does for everyone.
 */
export function visitBooth(world: ExpoWorld, boothId: string): void {
  const booth = world.booths.find((b) => b.id === boothId);
  if (booth) walkTo(world, booth.front);
  useUi.getState().openBooth(boothId);
}

/** The card is closed: the avatar steps back to the entrance, so the visit lasts as long as the card was open. */
export function stepBackFromBooth(world: ExpoWorld): void {
  const zone = useWorld.getState().zone;
  if (zone.kind === 'pavilion') walkTo(world, world.entranceOf(zone.id));
}
