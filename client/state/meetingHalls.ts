import { create } from 'zustand';
import type { BusyRange, MeetingHall } from '../../shared/meetings.ts';
import type { MeetingsLoad } from './meetings.ts';

/** Which day's busy ranges of which hall: `${hallId}@${YYYY-MM-DD}`, the day in the visitor's time zone. */
export const busyKey = (hallId: string, day: string) => `${hallId}@${day}`;

interface MeetingHallsState {
  halls: MeetingHall[];
  load: MeetingsLoad;
  failure: unknown;
  /** Busy ranges by busyKey; a key missing means not loaded yet, null means the load failed. */
  busy: Record<string, BusyRange[] | null>;
  loading(): void;
  receive(halls: MeetingHall[]): void;
  failed(failure: unknown): void;
  /** Busy ranges by busyKey, several at once. */
  receiveBusy(found: Record<string, BusyRange[] | null>): void;
}

/** The halls that can be booked and when they are taken, for the booking form. */
export const useMeetingHalls = create<MeetingHallsState>((set) => ({
  halls: [],
  load: 'idle',
  failure: null,
  busy: {},
  loading: () => set((s) => ({ load: s.load === 'ready' ? 'ready' : 'loading', failure: null })),
  receive: (halls) => set({ halls, load: 'ready', failure: null }),
  failed: (failure) => set((s) => ({ load: s.load === 'ready' ? 'ready' : 'failed', failure })),
  receiveBusy: (found) => set((s) => ({ busy: { ...s.busy, ...found } })),
}));
