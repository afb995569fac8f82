import { useTranslation } from 'react-i18next';
import './RestartBanner.css';

/** The server is restarting: the visitor is told to stay, and is brought back by the client itself. */
export function RestartBanner() {
  const { t } = useTranslation();
  return (
    <div className="banner restart-banner" role="alert" data-testid="restarting">
      <span className="spinner" aria-hidden="true" />
      <span className="restart-banner-text">
        <strong>{t('restart.title')}</strong>
        <span>{t('restart.detail')}</span>
      </span>
    </div>
  );
}
