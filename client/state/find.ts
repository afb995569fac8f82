import { create } from 'zustand';
import type { JumpRefused, Place } from '../../shared/find.ts';

/** Someone the visitor is on their way to, by walking or by a jump. */
export interface Destination {
  userId: string;
  name: string;
  place: Place;
}

/** What became of the last walk or jump to someone, for the Find panel to say. */
export type FindOutcome =
  | { kind: 'arrived'; name: string }
  | { kind: 'lost'; name: string }
  | { kind: 'refused'; reason: JumpRefused['reason']; name: string | null };

interface FindState {
  /** A walk to someone in another room, continued once the visitor is in that room. */
  walkingTo: Destination | null;
  /** A jump asked for and not yet answered. */
  jumpingTo: Destination | null;
  outcome: FindOutcome | null;
}

/** Walks and jumps to people found with the Find panel; the network and the walker write here. */
export const useFind = create<FindState>(() => ({ walkingTo: null, jumpingTo: null, outcome: null }));
