import { useState, type CSSProperties, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue, Pavilion } from '../../../shared/catalogue.ts';
import { localize, type Lang } from '../../../shared/languages.ts';
import type { ExpoWorld } from '../../../shared/world/world.ts';
import { onePanelAtATime, useHud } from '../../state/hud.ts';
import { useWorld } from '../../state/world.ts';
import { Flag } from '../Flag.tsx';
import { enterPavilion } from './flatMoves.ts';
import { useHeadcount } from './useHeadcount.ts';

/** The plaza in 2D: every country's pavilion as a card to enter, member states first. */
export function FlatPlaza({
  world,
  catalogue,
  heading,
}: {
  world: ExpoWorld;
  catalogue: Catalogue;
  heading: RefObject<HTMLHeadingElement | null>;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage as Lang;
  const count = useWorld((s) => Object.keys(s.roster).length + 1);
  const busy = useWorld((s) => s.enteringZone !== null);
  const [chosen, setChosen] = useState<string | null>(null);
  const headcount = useHeadcount();
  const groups = [
    { id: 'members', title: t('landing.memberStates'), pavilions: catalogue.pavilions.filter((p) => !p.observer) },
    { id: 'observers', title: t('landing.observers'), pavilions: catalogue.pavilions.filter((p) => p.observer) },
  ].filter((g) => g.pavilions.length > 0);

  const enter = (p: Pavilion) => {
    setChosen(p.id);
    void enterPavilion(world, p.id).finally(() => setChosen(null));
  };

  return (
    <div className="flat-page">
      <header className="flat-hero">
        <p className="flat-eyebrow">{localize(catalogue.event.name, lang)}</p>
        <h1 tabIndex={-1} ref={heading}>
          {t('flat.plazaTitle')}
        </h1>
        <p className="flat-intro">{t('flat.plazaIntro')}</p>
        <div className="flat-hero-actions">
          <span className="flat-chip">
            <span className="flat-dot" aria-hidden="true" />
            {t('flat.onThePlaza', { count })}
          </span>
          <button
            type="button"
            className="secondary small"
            onClick={() => useHud.getState().open('people', onePanelAtATime())}
          >
            {t('flat.whoIsHere')}
          </button>
        </div>
      </header>
      {groups.map((group) => (
        <section key={group.id} className="flat-section" aria-labelledby={`flat-${group.id}`}>
          <h2 id={`flat-${group.id}`}>{group.title}</h2>
          <ul className="flat-pavilions">
            {group.pavilions.map((p) => (
              <li key={p.id} style={{ '--accent': p.colors.primary } as CSSProperties}>
                <button
                  type="button"
                  className="flat-pavilion"
                  data-pavilion={p.id}
                  aria-busy={chosen === p.id || undefined}
                  disabled={busy && chosen !== p.id}
                  onClick={() => enter(p)}
                >
                  <Flag country={p.country} size={40} />
                  <span className="flat-pavilion-text">
                    <span className="flat-pavilion-name">{localize(p.name, lang)}</span>
                    <span className="flat-pavilion-tagline">{localize(p.tagline, lang)}</span>
                    <span className="flat-pavilion-meta">
                      <span>{t('world.booths', { count: p.booths.length })}</span>
                      {headcount && <Inside count={headcount.pavilions[p.id] ?? 0} />}
                    </span>
                  </span>
                  <span className="flat-go" aria-hidden="true">
                    {chosen === p.id ? <span className="spinner" /> : '→'}
                  </span>
                  <span className="visually-hidden">{t('flat.enter')}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** Who is in a pavilion now, as a number: a room full of people is worth walking into. */
function Inside({ count }: { count: number }) {
  const { t } = useTranslation();
  return (
    <span className={count > 0 ? 'flat-inside busy' : 'flat-inside'} data-inside={count}>
      {count > 0 ? t('flat.inside', { count }) : t('flat.nobodyInside')}
    </span>
  );
}
