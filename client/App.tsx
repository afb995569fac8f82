import { useTranslation } from 'react-i18next';
import { PATHS, useRoute } from './state/route.ts';
import { EventPage } from './ui/EventPage.tsx';
import { Landing } from './ui/Landing.tsx';

/** Two places for now: the landing page and the expo itself. */
export function App() {
  const path = useRoute((s) => s.path);
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      {path === PATHS.event ? <EventPage /> : <Landing />}
    </>
  );
}
