import { create } from 'zustand';
import type { Announcement } from '../../shared/announcements.ts';

/** Remembered for the tab, so that a reload does not bring back a banner already put away. */
const DISMISSED_KEY = 'tm.announcement.dismissed';

function readDismissed(): string | null {
  try {
    return sessionStorage.getItem(DISMISSED_KEY);
  } catch {
    return null;
  }
}

interface AnnouncementState {
  /** The organisers' banner as the room last said; null when there is none. */
  active: Announcement | null;
  /** The announcement this visitor put away; a new one shows again. */
  dismissedId: string | null;
  receive(active: Announcement | null): void;
  dismiss(id: string): void;
}

/** The organisers' announcement; written by the room connections, read by the banner. */
export const useAnnouncement = create<AnnouncementState>((set) => ({
  active: null,
  dismissedId: readDismissed(),
  receive: (active) => set({ active }),
  dismiss: (id) => {
    try {
      sessionStorage.setItem(DISMISSED_KEY, id);
    } catch {
      // Private mode without storage: dismissed for this page only.
    }
    set({ dismissedId: id });
  },
}));

/** What the banner shows: the active announcement unless this visitor put it away. */
export const useShownAnnouncement = () =>
  useAnnouncement((s) => (s.active && s.active.id !== s.dismissedId ? s.active : null));
