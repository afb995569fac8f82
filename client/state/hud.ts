import { create } from 'zustand';

export type HudPanel = 'chat' | 'people' | 'stage' | 'find' | 'cards';

/** Below this width the panels do not fit side by side; opening one closes the others. */
const ONE_PANEL_QUERY = '(max-width: 1000px)';

export const PANELS: readonly HudPanel[] = ['chat', 'people', 'stage', 'find', 'cards'];

type Open = Record<HudPanel, boolean>;

interface HudState extends Open {
  /** Opens or closes a panel; `alone` closes the others (on a phone only one sheet fits). */
  toggle(panel: HudPanel, alone: boolean): void;
  open(panel: HudPanel, alone: boolean): void;
  close(panel: HudPanel): void;
  /** Closes every panel (the directory takes their place). */
  closeAll(): void;
}

const others = (panel: HudPanel): Partial<Open> =>
  Object.fromEntries(PANELS.filter((p) => p !== panel).map((p) => [p, false]));

/** True when the screen is too narrow for panels side by side. */
export function onePanelAtATime(): boolean {
  return matchMedia(ONE_PANEL_QUERY).matches;
}

/** True when a narrow screen already shows a panel, so nothing else should pop up over it. */
export function panelCoversScreen(): boolean {
  const hud = useHud.getState();
  return onePanelAtATime() && PANELS.some((panel) => hud[panel]);
}

/** Which of the in-world panels (chat, people here, the pavilion's stage, find people, business cards) are open. */
export const useHud = create<HudState>((set, get) => ({
  chat: false,
  people: false,
  stage: false,
  find: false,
  cards: false,
  toggle: (panel, alone) => (get()[panel] ? get().close(panel) : get().open(panel, alone)),
  open: (panel, alone) => set({ [panel]: true, ...(alone ? others(panel) : {}) }),
  close: (panel) => set({ [panel]: false }),
  closeAll: () => set({ chat: false, people: false, stage: false, find: false, cards: false }),
}));
