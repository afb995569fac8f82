import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryId } from '../../shared/countries.ts';
import { localize, type Lang } from '../../shared/languages.ts';
import { routeToBooth, routeToPavilion } from '../../shared/world/route.ts';
import type { ExpoWorld } from '../../shared/world/world.ts';
import { useSession } from '../state/session.ts';
import { useWorld } from '../state/world.ts';
import { motion } from '../world/motion.ts';
import { Flag } from './Flag.tsx';

/** "Go to pavilion": a list of every pavilion; choosing one walks the visitor to its entrance. */
export function Directory({ world, onClose }: { world: ExpoWorld; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage as Lang;
  const catalogue = useSession((s) => s.catalogue);
  const dialog = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState<CountryId | null>(null);

  useEffect(() => {
    dialog.current?.querySelector('button')?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [onClose]);

  const walk = (route: typeof motion.route, label: string) => {
    motion.route = route;
    useWorld.setState({ walkingTo: route.length ? { label } : null });
    onClose();
  };

  return (
    <div className="panel directory" role="dialog" aria-modal="false" aria-labelledby="directory-title" ref={dialog}>
      <div className="panel-header">
        <h2 id="directory-title">{t('world.directoryTitle')}</h2>
        <button type="button" className="ghost small" onClick={onClose} aria-label={t('world.close')}>
          ✕
        </button>
      </div>
      <ul className="directory-list">
        {catalogue?.pavilions.map((p) => {
          const label = localize(p.name, lang);
          return (
            <li key={p.id}>
              <button
                type="button"
                className="directory-item"
                onClick={() => walk(routeToPavilion(world, motion.self, p.id), label)}
                data-pavilion={p.id}
              >
                <Flag country={p.country} size={28} />
                <span className="directory-text">
                  <span className="directory-name">{label}</span>
                  <span className="directory-meta">
                    {p.observer ? t('world.observerState') : t('world.memberState')} · {localize(p.tagline, lang)}
                  </span>
                </span>
                <span className="directory-go">{t('world.goTo')} →</span>
              </button>
              <button
                type="button"
                className="directory-toggle"
                aria-expanded={expanded === p.id}
                onClick={() => setExpanded(expanded === p.id ? null : p.id)}
              >
                {t('world.booths', { count: p.booths.length })}
              </button>
              {expanded === p.id && (
                <ul className="directory-booths">
                  {p.booths.map((b) => {
                    const boothName = localize(b.content.name, lang);
                    return (
                      <li key={b.id}>
                        <button
                          type="button"
                          data-booth={b.id}
                          onClick={() => walk(routeToBooth(world, motion.self, b.id), boothName)}
                        >
                          <span>{boothName}</span>
                          {b.sample && <span className="tag sample">{t('booth.sample')}</span>}
                          <span className="directory-go">{t('world.goTo')} →</span>
                        </button>
                      </li>
                    );
                  })}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
