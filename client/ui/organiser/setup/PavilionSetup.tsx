import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../../shared/catalogue.ts';
import { PavilionCard } from './PavilionCard.tsx';

/** "Pavilions & booths": every pavilion with its booths, each editable in place. */
export function PavilionSetup({ catalogue }: { catalogue: Catalogue }) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  return (
    <section id="setup-pavilions" className="exh-card" aria-labelledby="setup-pavilions-title">
      <div className="exh-card-head">
        <div>
          <h2 id="setup-pavilions-title">{t('setup.nav.pavilions')}</h2>
          <p className="hint">{t('setup.pavilions.intro')}</p>
        </div>
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <div className="setup-pavilions">
        {catalogue.pavilions.map((pavilion) => (
          <PavilionCard key={pavilion.id} pavilion={pavilion} onAnnounce={setAnnouncement} />
        ))}
      </div>
    </section>
  );
}
