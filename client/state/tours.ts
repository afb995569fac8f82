import { create } from 'zustand';
import type { TourEnded, TourState, TourSummary } from '../../shared/tours.ts';
import type { Refusal } from '../../shared/refusals.ts';

interface ToursState {
  /** The tour the visitor leads or follows, as the server last said. */
  mine: TourState;
  /** Tours just started in the visitor's room, newest last, until joined or dismissed. */
  announced: TourSummary[];
  /** The tour that just ended under the visitor, until dismissed. */
  ended: TourEnded | null;
  /** The server refused the last tour action; `why` is its code to translate, undefined when this client does not know it. */
  refusal: { why: Refusal | undefined } | null;
  dismissAnnouncement(id: string): void;
}

export const NO_TOUR: TourState = { tour: null, role: null };

/** Guided tours as this visitor sees them; written by the room connection, read by the banner and the Find panel. */
export const useTours = create<ToursState>((set) => ({
  mine: NO_TOUR,
  announced: [],
  ended: null,
  refusal: null,
  dismissAnnouncement: (id) => set((s) => ({ announced: s.announced.filter((t) => t.id !== id) })),
}));
