import { ANIMS } from '../../../shared/protocol.ts';

/** The little up-and-down of a walking figure; faster and higher when running. */
export function bob(time: number, anim: number): number {
  const running = anim === ANIMS.run;
  return Math.abs(Math.sin(time * (running ? 11 : 8))) * (running ? 0.09 : 0.05);
}
