import { create } from 'zustand';

/** How the expo is shown: the 3D world, or the 2D mode that does everything without WebGL. */
export type ViewMode = '3d' | '2d';
/** Why the 2D mode is on: the visitor chose it, the browser has no WebGL, or the frame rate stayed too low. */
export type ViewReason = 'chosen' | 'no-webgl' | 'slow';

const STORAGE_KEY = 'tm.view';

export function hasWebGL(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

interface ViewModeState {
  mode: ViewMode;
  reason: ViewReason;
  /** False where 3D cannot run at all, so the switch back to 3D is not offered. */
  webgl: boolean;
  /** The visitor said they want 3D: then a low frame rate still lowers the preset but never takes 3D away. */
  chose3d: boolean;
  /** The visitor's own choice, remembered for the next visit. */
  choose(mode: ViewMode): void;
  /** Switches to 2D by itself (not remembered: the next visit tries 3D again). */
  fallBackTo2d(reason: Exclude<ViewReason, 'chosen'>): void;
}

function initial(): Pick<ViewModeState, 'mode' | 'reason' | 'webgl' | 'chose3d'> {
  const webgl = hasWebGL();
  if (!webgl) return { mode: '2d', reason: 'no-webgl', webgl, chose3d: false };
  const saved = localStorage.getItem(STORAGE_KEY);
  return { mode: saved === '2d' ? '2d' : '3d', reason: 'chosen', webgl, chose3d: saved === '3d' };
}

export const useViewMode = create<ViewModeState>((set, get) => ({
  ...initial(),
  choose: (mode) => {
    if (mode === '3d' && !get().webgl) return;
    localStorage.setItem(STORAGE_KEY, mode);
    set({ mode, reason: 'chosen', chose3d: mode === '3d' });
  },
  fallBackTo2d: (reason) => set({ mode: '2d', reason }),
}));
