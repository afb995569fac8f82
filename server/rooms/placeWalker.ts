import { quantizeAngle, quantizePosition } from '../../shared/quantize.ts';
import type { PlayerState } from '../../shared/schema.ts';
import type { Walker } from './ExpoRoom.ts';

/**
 * Puts someone at a spot the server chose (beside a person they jump to, off a stand that was
 * just built where they stood). It skips judging the move as a step on purpose: the server picked
 * the spot, checked against walls and the room, so the speed limit has nothing to say about it.
 */
export function placeWalker(walker: Walker, player: PlayerState, spot: { x: number; z: number; ry: number }): void {
  walker.x = spot.x;
  walker.z = spot.z;
  walker.movedAt = Date.now();
  player.x = quantizePosition(spot.x);
  player.z = quantizePosition(spot.z);
  player.ry = quantizeAngle(spot.ry);
  player.anim = 0;
}
