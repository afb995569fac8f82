import { create } from 'zustand';

export type HudPanel = 'chat' | 'people';

interface HudState {
  chat: boolean;
  people: boolean;
  /** Opens or closes a panel; `alone` closes the other one (on a phone only one sheet fits). */
  toggle(panel: HudPanel, alone: boolean): void;
  open(panel: HudPanel, alone: boolean): void;
  close(panel: HudPanel): void;
}

const other = (panel: HudPanel): HudPanel => (panel === 'chat' ? 'people' : 'chat');

/** Which of the in-world panels (chat, people here) are open. */
export const useHud = create<HudState>((set, get) => ({
  chat: false,
  people: false,
  toggle: (panel, alone) => (get()[panel] ? get().close(panel) : get().open(panel, alone)),
  open: (panel, alone) => set({ [panel]: true, ...(alone ? { [other(panel)]: false } : {}) }),
  close: (panel) => set({ [panel]: false }),
}));
