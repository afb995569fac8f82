import { create } from 'zustand';
import { SessionResponse } from '../../shared/api.ts';
import type { Catalogue } from '../../shared/catalogue.ts';

const STORAGE_KEY = 'tm.session';

/** A translation key and its values, shown on the landing page (e.g. after a lost connection). */
export interface Notice {
  key: string;
  values?: Record<string, string>;
}

interface SessionState {
  session: SessionResponse | null;
  catalogue: Catalogue | null;
  notice: Notice | null;
  setSession(session: SessionResponse): void;
  endSession(notice?: Notice): void;
  setCatalogue(catalogue: Catalogue): void;
  clearNotice(): void;
}

/** A session survives a page reload in the same tab, but not past its expiry. */
function restore(): SessionResponse | null {
  const parsed = SessionResponse.safeParse(JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null'));
  if (!parsed.success || Date.parse(parsed.data.expiresAt) <= Date.now()) return null;
  return parsed.data;
}

export const useSession = create<SessionState>((set) => ({
  session: restore(),
  catalogue: null,
  notice: null,
  setSession: (session) => {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    set({ session, notice: null });
  },
  endSession: (notice) => {
    sessionStorage.removeItem(STORAGE_KEY);
    set({ session: null, notice: notice ?? null });
  },
  setCatalogue: (catalogue) => set({ catalogue }),
  clearNotice: () => set({ notice: null }),
}));
