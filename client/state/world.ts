import { create } from 'zustand';
import type { CountryId } from '../../shared/countries.ts';
import type { Role } from '../../shared/roles.ts';
import type { Zone } from '../../shared/world/world.ts';

/** `restarting`: the server is restarting and the client joins again by itself once it is back. */
export type ConnectionStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'restarting';

/** What the UI shows of another visitor; positions live in motion.ts, not here. */
export interface RosterEntry {
  /** The user id, which moderation acts on (the roster itself is keyed by room session). */
  id: string;
  name: string;
  country: CountryId;
  role: Role;
  away: boolean;
}

interface WorldState {
  status: ConnectionStatus;
  zone: Zone;
  /** The zone being entered while the hand-over between rooms runs. */
  enteringZone: Zone | null;
  roster: Record<string, RosterEntry>;
  /** Where the visitor is being walked to (directory or click), by name for the HUD. */
  walkingTo: { label: string } | null;
  /** Booth id → exhibitors of that booth in the current pavilion. */
  staff: Record<string, number>;
}

export const useWorld = create<WorldState>(() => ({
  status: 'idle',
  zone: { kind: 'plaza' },
  enteringZone: null,
  roster: {},
  walkingTo: null,
  staff: {},
}));
