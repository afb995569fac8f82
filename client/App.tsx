import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingIdOf, PATHS, useRoute } from './state/route.ts';
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

/** And the meetings agenda with its booking form. */
const MeetingsPage = lazy(() => import('./ui/meetings/MeetingsPage.tsx').then((m) => ({ default: m.MeetingsPage })));

/** And the page of one meeting, with livekit-client behind it. */
const MeetingPage = lazy(() => import('./ui/meeting/MeetingPage.tsx').then((m) => ({ default: m.MeetingPage })));

/** The landing page, the expo itself, the exhibitor's dashboard, the organiser's console, the meetings agenda and one meeting's page. */
export function App() {
  const path = useRoute((s) => s.path);
  const meetingId = meetingIdOf(path);
  const { t } = useTranslation();
  const lazyPage =
    path === PATHS.exhibitor ? (
      <ExhibitorPage />
    ) : path === PATHS.organiser ? (
      <OrganiserPage />
    ) : path === PATHS.meetings ? (
      <MeetingsPage />
    ) : meetingId ? (
      <MeetingPage key={meetingId} meetingId={meetingId} />
    ) : null;
  const loading = (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" /> {t('app.loading')}
    </p>
  );
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      {path === PATHS.event ? (
        <EventPage />
      ) : lazyPage ? (
        <Suspense fallback={loading}>{lazyPage}</Suspense>
      ) : (
        <Landing />
      )}
    </>
  );
}
