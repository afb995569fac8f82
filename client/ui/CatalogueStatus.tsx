import { useTranslation } from 'react-i18next';
import type { LoadState } from './useCatalogue.ts';

/** While the catalogue loads, say so; if it failed, say that and offer a retry; once ready, nothing. */
export function CatalogueStatus({ state, retry }: { state: LoadState; retry(): void }) {
  const { t } = useTranslation();
  if (state === 'loading') {
    return (
      <p className="loading" role="status">
        <span className="spinner" aria-hidden="true" /> {t('landing.loading')}
      </p>
    );
  }
  if (state === 'failed') {
    return (
      <div className="notice" role="alert">
        <p>{t('landing.loadFailed')}</p>
        <button type="button" className="secondary" onClick={retry}>
          {t('landing.retry')}
        </button>
      </div>
    );
  }
  return null;
}
