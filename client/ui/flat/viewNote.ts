import type { ViewMode, ViewReason } from '../../state/viewMode.ts';

/** The note the 2D mode shows about why it is on, if it opened by itself. */
export type ViewNote = { kind: 'no-webgl' } | { kind: 'slow'; canGoBack: boolean } | null;

/** Nothing in 3D or when the visitor chose 2D; otherwise why 2D opened, and whether 3D may be tried again. */
export function viewNoteFor(mode: ViewMode, reason: ViewReason, webgl: boolean): ViewNote {
  if (mode !== '2d' || reason === 'chosen') return null;
  if (reason === 'no-webgl') return { kind: 'no-webgl' };
  return { kind: 'slow', canGoBack: webgl };
}
