import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { currentRoomId } from '../../net/rooms.ts';
import { useWorld } from '../../state/world.ts';
import { HallList } from './HallList.tsx';
import { useHalls } from './useHalls.ts';
import './instances.css';

const WIDTH = 340;
const MARGIN = 8;

/**
 * In a pavilion with its halls (instances), which one the visitor is in ("Hall 2 of 3"), and a
 * card below it listing every hall, how full it is, and a way to move to another.
 */
export function InstanceChip() {
  const { t } = useTranslation();
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const card = useRef<HTMLDivElement>(null);
  const [anchor, setAnchor] = useState<{ top: number; left: number } | null>(null);
  const zone = useWorld((s) => s.zone);
  const status = useWorld((s) => s.status);
  // Re-read at every change of zone or status: a move between halls ends with a new zone object.
  const roomId = status === 'connected' ? currentRoomId() : null;
  const pavilionId = zone.kind === 'pavilion' ? zone.id : null;
  const { halls, failed, refresh } = useHalls(pavilionId, roomId);
  const open = anchor !== null;
  const mine = halls?.find((h) => h.roomId === roomId);

  const close = (refocus: boolean) => {
    setAnchor(null);
    if (refocus) button.current?.focus();
  };
  const toggle = () => {
    const rect = button.current?.getBoundingClientRect();
    if (open || !rect) return setAnchor(null);
    refresh();
    const width = Math.min(WIDTH, innerWidth - 2 * MARGIN);
    setAnchor({ top: rect.bottom + 8, left: Math.min(Math.max(MARGIN, rect.left), innerWidth - width - MARGIN) });
  };

  useEffect(() => {
    if (!open) return;
    card.current?.focus();
    // Captured and stopped: this Escape closes the card only, not a panel behind it too.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      close(true);
    };
    const onDown = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!card.current?.contains(target) && !button.current?.contains(target)) close(false);
    };
    addEventListener('keydown', onKey, true);
    addEventListener('pointerdown', onDown);
    return () => {
      removeEventListener('keydown', onKey, true);
      removeEventListener('pointerdown', onDown);
    };
  }, [open]);

  // Leaving the pavilion closes the card with it.
  useEffect(() => {
    if (!pavilionId) setAnchor(null);
  }, [pavilionId]);

  if (!pavilionId || !mine || !halls) return null;
  const label =
    halls.length > 1 ? t('instances.hallOf', { hall: mine.hall, total: halls.length }) : t('instances.hall', mine);
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
            ref={card}
            id={id}
            className="hall-card"
            role="dialog"
            aria-labelledby={`${id}-title`}
            tabIndex={-1}
            data-own-keys="true"
            style={{ top: anchor.top, left: anchor.left, width: `min(${WIDTH}px, calc(100vw - ${2 * MARGIN}px))` }}
          >
            <div className="hall-card-head">
              <h2 id={`${id}-title`}>{t('instances.title')}</h2>
              <button
                type="button"
                className="hall-card-close"
                aria-label={t('world.close')}
                onClick={() => close(true)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </div>
            <p className="hall-card-hint">{t('instances.hint')}</p>
            <HallList pavilionId={pavilionId} halls={halls} roomId={roomId} onMoved={() => close(false)} />
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
