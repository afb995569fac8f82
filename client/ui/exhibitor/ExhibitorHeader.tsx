import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryId } from '../../../shared/countries.ts';
import { localize, type Lang } from '../../../shared/languages.ts';
import { PATHS, useRoute } from '../../state/route.ts';
import { useSession } from '../../state/session.ts';
import { Flag } from '../Flag.tsx';
import { LanguagePicker } from '../LanguagePicker.tsx';

export interface ExhibitorHeaderProps {
  /** The booth's name in the interface language, or the page's title when no booth is chosen. */
  title: string;
  country?: CountryId | undefined;
  /** The pavilion's name, written next to its flag. */
  pavilion?: string | undefined;
  /** Invented booths are always labelled as such. */
  sample?: boolean | undefined;
  /** Extra actions, e.g. an organiser's "Choose another booth". */
  actions?: ReactNode;
  /** The part of the site, written after the event's name; the exhibitor dashboard unless said otherwise. */
  area?: string | undefined;
}

/** The event, the booth with its pavilion's flag, and the way back to the expo. */
export function ExhibitorHeader({ title, country, pavilion, sample, actions, area }: ExhibitorHeaderProps) {
  const { t, i18n } = useTranslation();
  const catalogue = useSession((s) => s.catalogue);
  const eventName = catalogue ? localize(catalogue.event.name, i18n.resolvedLanguage as Lang) : t('app.title');
  return (
    <header className="exh-header">
      <div className="exh-header-inner">
        <div className="brand-mark small" aria-hidden="true" />
        <div className="exh-title">
          <p className="exh-event">
            {eventName} · {area ?? t('exhibitor.title')}
          </p>
          <h1>{title}</h1>
          {country && pavilion && (
            <p className="exh-pavilion">
              <Flag country={country} size={16} />
              <span>{pavilion}</span>
              {sample && <span className="exh-sample">{t('booth.sample')}</span>}
            </p>
          )}
        </div>
        <nav className="exh-header-actions" aria-label={t('exhibitor.nav.actions')}>
          {actions}
          <button type="button" className="primary small" onClick={() => useRoute.getState().navigate(PATHS.event)}>
            {t('exhibitor.nav.backToExpo')}
          </button>
          <LanguagePicker compact />
        </nav>
      </div>
    </header>
  );
}
