import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { PATHS, useRoute } from './state/route.ts';
import { EventPage } from './ui/EventPage.tsx';
import { Landing } from './ui/Landing.tsx';

/** The dashboard and chart.js load only for those who open it, so the landing page stays light. */
const ExhibitorPage = lazy(() =>
  import('./ui/exhibitor/ExhibitorPage.tsx').then((m) => ({ default: m.ExhibitorPage })),
);

/** The landing page, the expo itself, and the exhibitor's dashboard. */
export function App() {
  const path = useRoute((s) => s.path);
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      {path === PATHS.event ? (
        <EventPage />
      ) : path === PATHS.exhibitor ? (
        <Suspense fallback={null}>
          <ExhibitorPage />
        </Suspense>
      ) : (
        <Landing />
      )}
    </>
  );
}
