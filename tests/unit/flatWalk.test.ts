import { afterEach, describe, expect, it } from 'vitest';
import type { CountryId } from '../../shared/countries.ts';
import { forgetGoal, keepWalkingToGoal, walkTo } from '../../client/ui/flat/flatGoal.ts';
import { useWorld } from '../../client/state/world.ts';
import { desiredDirection } from '../../client/world/controls/desiredDirection.ts';
import { input } from '../../client/world/controls/input.ts';
import { motion } from '../../client/world/motion.ts';
import { seedWorld } from '../fixtures/world.ts';

const world = seedWorld;
const out = { x: 0, z: 0, run: false };

afterEach(() => {
  input.stick.x = input.stick.y = 0;
  motion.route = [];
  forgetGoal();
});

describe('the direction the walker takes', () => {
  it('follows a held stick in 3D and drops the route for it', () => {
    Object.assign(motion.self, { x: 0, z: 0 });
    motion.route = [{ x: 0, z: 10 }];
    input.stick.y = 1;
    expect(desiredDirection(out, true)).toBe(true);
    expect(motion.route).toEqual([]);
  });

  it('in 2D follows the route only: a stick left held from 3D neither walks nor cancels it', () => {
    Object.assign(motion.self, { x: 0, z: 0 });
    motion.route = [{ x: 10, z: 0 }];
    input.stick.y = 1;
    expect(desiredDirection(out, false)).toBe(true);
    expect(out).toMatchObject({ x: 1, z: 0 });
    expect(motion.route).toEqual([{ x: 10, z: 0 }]);
    motion.route = [];
    // With no route there is nowhere to go, whatever the stick says.
    expect(desiredDirection(out, false)).toBe(false);
  });
});

describe('the 2D walk to a booth', () => {
  it('is not taken up again once forgotten (the 2D view was left mid-walk)', () => {
    const booth = world.booths[0]!;
    const pavilion = booth.pavilionId as CountryId;
    useWorld.setState({ zone: { kind: 'pavilion', id: pavilion } });
    motion.placed = true;
    Object.assign(motion.self, world.entranceOf(pavilion));
    walkTo(world, booth.front);
    expect(motion.route.length).toBeGreaterThan(0);
    // A correction from the server cut the route short: the goal brings it back.
    motion.route = [];
    keepWalkingToGoal(world);
    expect(motion.route.length).toBeGreaterThan(0);
    motion.route = [];
    forgetGoal();
    keepWalkingToGoal(world);
    expect(motion.route).toEqual([]);
  });
});
