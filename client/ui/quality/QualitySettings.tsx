import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useQuality } from '../../state/quality.ts';
import { PRESETS } from '../../world/quality/qualityPresets.ts';
import './quality.css';

const WIDTH = 340;
const MARGIN = 8;

/** The gear in the top bar and its popover: picture quality and data use, remembered per browser. */
export function QualitySettings() {
  const { t } = useTranslation();
  const id = useId();
  const [anchor, setAnchor] = useState<{ top: number; left: number } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const preset = useQuality((s) => s.preset);
  const auto = useQuality((s) => s.auto);
  const open = anchor !== null;

  const close = (refocus: boolean) => {
    setAnchor(null);
    if (refocus) button.current?.focus();
  };
  const toggle = () => {
    const rect = button.current?.getBoundingClientRect();
    if (open || !rect) return setAnchor(null);
    // Below the gear, its right edge under the gear's, but never past either side of the screen.
    const width = Math.min(WIDTH, innerWidth - 2 * MARGIN);
    const left = Math.min(Math.max(MARGIN, rect.right - width), innerWidth - width - MARGIN);
    setAnchor({ top: rect.bottom + 8, left });
  };

  // Focus moving on to something outside both the popover and its gear closes it, as a press elsewhere does.
  const onBlur = (e: FocusEvent<HTMLElement>) => {
    const to = e.relatedTarget as Node | null;
    if (to && !popover.current?.contains(to) && !button.current?.contains(to)) close(false);
  };

  // The popover sits at the end of the page, not after the gear: Tab past its last stop (the choices,
  // one stop for the group) or Shift+Tab before its first closes it and goes back to the gear.
  const onKeyDown = (e: ReactKeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Tab') return;
    const target = e.target as HTMLElement;
    const out = e.shiftKey ? target.classList.contains('quality-close') : target.matches('input[type="radio"]');
    if (!out) return;
    e.preventDefault();
    close(true);
  };

  useEffect(() => {
    if (!open) return;
    popover.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
    // In the capture phase, and stopped there: this Escape closes the popover only, not a booth card or panel too.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      close(true);
    };
    const onDown = (e: PointerEvent) => {
      // A press anywhere else (the scene, another button) closes it, as a menu would.
      const target = e.target as Node;
      if (!popover.current?.contains(target) && !button.current?.contains(target)) close(false);
    };
    addEventListener('keydown', onKey, true);
    addEventListener('pointerdown', onDown);
    return () => {
      removeEventListener('keydown', onKey, true);
      removeEventListener('pointerdown', onDown);
    };
  }, [open]);

  return (
    <>
      <button
        ref={button}
        type="button"
        className="ghost small quality-gear"
        aria-label={t('quality.open')}
        title={t('quality.open')}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={toggle}
        onBlur={open ? onBlur : undefined}
      >
        {/* A ring with eight teeth: a dashed stroke round a solid one. */}
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="none" stroke="currentColor">
          <circle cx="12" cy="12" r="8.6" strokeWidth="3.2" strokeDasharray="3.38 3.38" />
          <circle cx="12" cy="12" r="5.6" strokeWidth="3" />
        </svg>
      </button>
      {anchor &&
        // In the body: the top bar's blur and its sideways-scrolling strip would otherwise clip it.
        createPortal(
          <div
            ref={popover}
            id={id}
            className="quality-popover"
            role="dialog"
            aria-labelledby={`${id}-title`}
            onBlur={onBlur}
            onKeyDown={onKeyDown}
            // A press on its text focuses the popover itself, so that is not taken for focus leaving it.
            tabIndex={-1}
            style={{ top: anchor.top, left: anchor.left, width: `min(${WIDTH}px, calc(100vw - ${2 * MARGIN}px))` }}
          >
            <div className="quality-head">
              <h2 id={`${id}-title`}>{t('quality.title')}</h2>
              <button
                type="button"
                className="quality-close"
                aria-label={t('quality.close')}
                onClick={() => close(true)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </div>
            <fieldset>
              <legend className="visually-hidden">{t('quality.title')}</legend>
              {[...PRESETS].reverse().map((p) => (
                <label key={p} className="quality-option" data-preset={p}>
                  <input
                    type="radio"
                    name={`${id}-preset`}
                    value={p}
                    checked={preset === p}
                    onChange={() => useQuality.getState().choose(p)}
                  />
                  <span>
                    <span className="quality-name">{t(`quality.presets.${p}.name`)}</span>
                    <span className="quality-hint">{t(`quality.presets.${p}.hint`)}</span>
                  </span>
                </label>
              ))}
            </fieldset>
            {auto && <p className="quality-auto">{t('quality.auto')}</p>}
          </div>,
          document.body,
        )}
    </>
  );
}
