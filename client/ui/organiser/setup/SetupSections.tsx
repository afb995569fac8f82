import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../../shared/catalogue.ts';
import { ExhibitorImport } from './ExhibitorImport.tsx';
import { PavilionSetup } from './PavilionSetup.tsx';
import './setup.css';

/** The event's set-up in the console: pavilions with their booths, and importing an exhibitor list. */
export function SetupSections({ catalogue }: { catalogue: Catalogue }) {
  const { t } = useTranslation();
  return (
    <>
      <PavilionSetup catalogue={catalogue} />
      <section id="setup-import" className="exh-card" aria-labelledby="setup-import-title">
        <div className="exh-card-head">
          <div>
            <h2 id="setup-import-title">{t('setup.nav.import')}</h2>
            <p className="hint">{t('setup.import.intro')}</p>
          </div>
        </div>
        <ExhibitorImport catalogue={catalogue} />
      </section>
    </>
  );
}
