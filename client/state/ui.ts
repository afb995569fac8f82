import { create } from 'zustand';

interface UiState {
  /** The booth whose card is open, by id. */
  openBoothId: string | null;
  /** A card the visitor closed stays closed until they walk away from that booth. */
  dismissedBoothId: string | null;
  openBooth(id: string): void;
  closeBooth(): void;
}

export const useUi = create<UiState>((set, get) => ({
  openBoothId: null,
  dismissedBoothId: null,
  openBooth: (id) => set({ openBoothId: id }),
  closeBooth: () => set({ openBoothId: null, dismissedBoothId: get().openBoothId }),
}));
