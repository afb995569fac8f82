import { useId, type FocusEvent, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useQuality } from '../../state/quality.ts';
import { PRESETS } from '../../world/quality/qualityPresets.ts';
import { PopoverHead } from '../PopoverHead.tsx';
import { POPOVER_WIDTH, useAnchoredPopover } from '../useAnchoredPopover.ts';
import './quality.css';

/** The gear in the top bar and its popover: picture quality and data use, remembered per browser. */
export function QualitySettings() {
  const { t } = useTranslation();
  const id = useId();
  const { anchor, open, button, popover, close, toggle } = useAnchoredPopover('end', (el) =>
    el.querySelector<HTMLInputElement>('input:checked')?.focus(),
  );
  const preset = useQuality((s) => s.preset);
  const auto = useQuality((s) => s.auto);

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
    const out = e.shiftKey
      ? target.classList.contains('anchored-popover-close')
      : target.matches('input[type="radio"]');
    if (!out) return;
    e.preventDefault();
    close(true);
  };

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
            className="anchored-popover quality-popover"
            role="dialog"
            aria-labelledby={`${id}-title`}
            onBlur={onBlur}
            onKeyDown={onKeyDown}
            // A press on its text focuses the popover itself, so that is not taken for focus leaving it.
            tabIndex={-1}
            style={{ top: anchor.top, left: anchor.left, width: POPOVER_WIDTH }}
          >
            <PopoverHead
              titleId={`${id}-title`}
              title={t('quality.title')}
              closeLabel={t('quality.close')}
              onClose={() => close(true)}
            />
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
