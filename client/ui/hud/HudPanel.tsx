import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface HudPanelProps {
  id: string;
  className: string;
  title: string;
  subtitle?: string;
  onClose(): void;
  children: ReactNode;
}

/**
 * The frame of an in-world panel: a titled card with a close button; Escape closes it.
 * `data-own-keys` tells the walking controls that keys pressed in here are for the panel.
 */
export function HudPanel({ id, className, title, subtitle, onClose, children }: HudPanelProps) {
  const { t } = useTranslation();
  return (
    <section
      id={id}
      className={`hud-panel ${className}`}
      aria-labelledby={`${id}-title`}
      data-own-keys="true"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onClose();
      }}
    >
      <header className="hud-panel-header">
        <div className="hud-panel-titles">
          <h2 id={`${id}-title`}>{title}</h2>
          {subtitle && <p className="hud-panel-subtitle">{subtitle}</p>}
        </div>
        <button type="button" className="hud-close" onClick={onClose} aria-label={t('world.close')}>
          <span aria-hidden="true">✕</span>
        </button>
      </header>
      {children}
    </section>
  );
}
