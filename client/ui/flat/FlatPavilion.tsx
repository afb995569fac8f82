import { useEffect, useRef, type CSSProperties, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../shared/catalogue.ts';
import type { CountryId } from '../../../shared/countries.ts';
import { localize, type Lang } from '../../../shared/languages.ts';
import type { ExpoWorld } from '../../../shared/world/world.ts';
import { useUi } from '../../state/ui.ts';
import { useWorld } from '../../state/world.ts';
import { Flag } from '../Flag.tsx';
import { FlatBooth } from './FlatBooth.tsx';
import { FlatStage } from './FlatStage.tsx';
import { leaveForPlaza, stepBackFromBooth, visitBooth } from './flatMoves.ts';

/** A pavilion in 2D: the way back, its stage, and its booths as cards that open the booth card. */
export function FlatPavilion({
  world,
  catalogue,
  pavilionId,
  heading,
}: {
  world: ExpoWorld;
  catalogue: Catalogue;
  pavilionId: CountryId;
  heading: RefObject<HTMLHeadingElement | null>;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage as Lang;
  const busy = useWorld((s) => s.enteringZone !== null);
  const count = useWorld((s) => Object.keys(s.roster).length + 1);
  const list = useRef<HTMLUListElement>(null);
  const pavilion = catalogue.pavilions.find((p) => p.id === pavilionId);

  // When the booth card closes, focus returns to the booth it was opened from, and the avatar steps back.
  useEffect(
    () =>
      useUi.subscribe((ui, before) => {
        if (ui.openBoothId !== null || before.openBoothId === null) return;
        stepBackFromBooth(world);
        list.current?.querySelector<HTMLElement>(`[data-booth="${before.openBoothId}"]`)?.focus();
      }),
    [world],
  );

  if (!pavilion) return null;
  return (
    <div className="flat-page" style={{ '--accent': pavilion.colors.primary } as CSSProperties}>
      <nav className="flat-crumbs" aria-label={t('flat.whereTo')}>
        <button type="button" className="flat-back" disabled={busy} onClick={() => void leaveForPlaza(world)}>
          <span aria-hidden="true">←</span> {t('flat.backToPlaza')}
        </button>
      </nav>
      <header className="flat-hero flat-pavilion-hero">
        <Flag country={pavilion.country} size={48} />
        <div>
          <p className="flat-eyebrow">
            {pavilion.observer ? t('world.observerState') : t('world.memberState')} · {t('world.peopleHere', { count })}
          </p>
          <h1 tabIndex={-1} ref={heading}>
            {localize(pavilion.name, lang)}
          </h1>
          <p className="flat-intro">{localize(pavilion.tagline, lang)}</p>
        </div>
      </header>
      <FlatStage />
      <section className="flat-section" aria-labelledby="flat-booths">
        <h2 id="flat-booths">{t('flat.booths')}</h2>
        <ul className="flat-booths" ref={list}>
          {pavilion.booths.map((booth) => (
            <li key={booth.id}>
              <FlatBooth booth={booth} color={pavilion.colors.primary} onOpen={() => visitBooth(world, booth.id)} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
