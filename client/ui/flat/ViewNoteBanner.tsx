import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewMode } from '../../state/viewMode.ts';
import { viewNoteFor } from './viewNote.ts';

/** Why the 2D view opened by itself (no WebGL, or 3D too slow here), until the visitor dismisses it. */
export function ViewNoteBanner() {
  const { t } = useTranslation();
  const mode = useViewMode((s) => s.mode);
  const reason = useViewMode((s) => s.reason);
  const webgl = useViewMode((s) => s.webgl);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const note = viewNoteFor(mode, reason, webgl);
  // The button goes with the note: focus moves on to the page's heading rather than fall back to the top.
  const dismiss = (kind: string) => {
    setDismissed(kind);
    document.querySelector<HTMLElement>('.flat h1')?.focus();
  };
  // The banner goes with the 2D view: focus moves to the switch that stays (or the page), not to the top.
  const backTo3d = () => {
    useViewMode.getState().choose('3d');
    (document.querySelector<HTMLElement>('.view-switch') ?? document.getElementById('main'))?.focus();
  };
  return (
    <div role="status" className="flat-note-region">
      {note && dismissed !== note.kind && (
        <div className="flat-note" data-note={note.kind}>
          <span className="flat-note-icon" aria-hidden="true">
            i
          </span>
          <p>{t(note.kind === 'slow' ? 'flat.noteSlow' : 'flat.noteNoWebgl')}</p>
          <div className="flat-note-actions">
            {note.kind === 'slow' && note.canGoBack && (
              <button type="button" className="secondary small" onClick={backTo3d}>
                {t('flat.backTo3d')}
              </button>
            )}
            <button type="button" className="ghost small" onClick={() => dismiss(note.kind)}>
              {t('flat.dismiss')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
