import { useEffect, useId } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { currentRoomId } from '../../net/rooms.ts';
import { useWorld } from '../../state/world.ts';
import { HallList } from './HallList.tsx';
import { useHalls } from './useHalls.ts';
import { PopoverHead } from '../PopoverHead.tsx';
import { POPOVER_WIDTH, useAnchoredPopover } from '../useAnchoredPopover.ts';
import './instances.css';

/**
 * In a pavilion with its halls (instances), which one the visitor is in ("Hall 2 of 3"), and a
 * card below it listing every hall, how full it is, and a way to move to another.
 */
export function InstanceChip() {
  const { t } = useTranslation();
  const id = useId();
  const zone = useWorld((s) => s.zone);
  const status = useWorld((s) => s.status);
  // Re-read at every change of zone or status: a move between halls ends with a new zone object.
  const roomId = status === 'connected' ? currentRoomId() : null;
  const pavilionId = zone.kind === 'pavilion' ? zone.id : null;
  // Opening the card reads the halls afresh (useHalls polls while it is open).
  const { anchor, open, button, popover, close, toggle, setAnchor } = useAnchoredPopover('start', (card) =>
    card.focus(),
  );
  const { halls, failed } = useHalls(pavilionId, roomId, open);
  const mine = halls?.find((h) => h.roomId === roomId);

  // Leaving the pavilion closes the card with it.
  useEffect(() => {
    if (!pavilionId) setAnchor(null);
  }, [pavilionId, setAnchor]);

  if (!pavilionId || !roomId) return null;
  // Before the list arrives (or if it cannot), the chip still opens the card that says so.
  const label = !mine
    ? t('instances.title')
    : halls!.length > 1
      ? t('instances.hallOf', { hall: mine.hall, total: halls!.length })
      : t('instances.hall', mine);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="hall-chip"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label={t('instances.open', { place: label })}
        data-testid="hall-chip"
        onClick={toggle}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" fill="currentColor">
          <rect x="1" y="3" width="6" height="10" rx="1.5" />
          <rect x="9" y="3" width="6" height="10" rx="1.5" opacity="0.55" />
        </svg>
        {label}
      </button>
      {anchor &&
        // In the body: the top bar's blur would otherwise clip it.
        createPortal(
          <div
            ref={popover}
            id={id}
            className="anchored-popover hall-card"
            role="dialog"
            aria-labelledby={`${id}-title`}
            tabIndex={-1}
            data-own-keys="true"
            style={{ top: anchor.top, left: anchor.left, width: POPOVER_WIDTH }}
          >
            <PopoverHead
              titleId={`${id}-title`}
              title={t('instances.title')}
              closeLabel={t('world.close')}
              onClose={() => close(true)}
            />
            <p className="hall-card-hint">{t('instances.hint')}</p>
            {halls ? (
              <HallList pavilionId={pavilionId} halls={halls} roomId={roomId} onMoved={() => close(false)} />
            ) : (
              !failed && (
                <p className="hall-card-hint" role="status" data-testid="halls-loading">
                  {t('instances.loading')}
                </p>
              )
            )}
            {failed && (
              <p className="hall-card-problem" role="alert">
                {t('instances.loadFailed')}
              </p>
            )}
            <p className="hall-card-hint">{t('instances.together')}</p>
          </div>,
          document.body,
        )}
    </>
  );
}
