import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { PATHS, useRoute } from './state/route.ts';
import { EventPage } from './ui/EventPage.tsx';
import { Landing } from './ui/Landing.tsx';

/** The dashboard and chart.js load only for those who open it, so the landing page stays light. */
const ExhibitorPage = lazy(() =>
  import('./ui/exhibitor/ExhibitorPage.tsx').then((m) => ({ default: m.ExhibitorPage })),
);

/** Likewise the organiser's console, which only a handful of people ever open. */
const OrganiserPage = lazy(() =>
  import('./ui/organiser/OrganiserPage.tsx').then((m) => ({ default: m.OrganiserPage })),
);

/** The landing page, the expo itself, the exhibitor's dashboard and the organiser's console. */
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
      ) : path === PATHS.organiser ? (
        <Suspense fallback={null}>
          <OrganiserPage />
        </Suspense>
      ) : (
        <Landing />
      )}
    </>
  );
}
