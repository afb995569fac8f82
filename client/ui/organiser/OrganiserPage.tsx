import { useTranslation } from 'react-i18next';
import { localize, type Lang } from '../../../shared/languages.ts';
import { PATHS, useRoute } from '../../state/route.ts';
import { useSession } from '../../state/session.ts';
import { CatalogueStatus } from '../CatalogueStatus.tsx';
import { ToLanding } from '../ToLanding.tsx';
import { AccessNotice } from '../exhibitor/AccessNotice.tsx';
import { DashboardShell } from '../exhibitor/DashboardShell.tsx';
import { ExhibitorHeader } from '../exhibitor/ExhibitorHeader.tsx';
import { useCatalogue } from '../useCatalogue.ts';
import { AnnouncementsSection } from '../announcements/AnnouncementsSection.tsx';
import { AgendaSection } from './agenda/AgendaSection.tsx';
import { DashboardSection } from './dashboard/DashboardSection.tsx';
import { ExportSection } from './export/ExportSection.tsx';
import { HallsSection } from './halls/HallsSection.tsx';
import { InviteSections } from './InviteSections.tsx';
import { ModerationPanel } from './moderation/ModerationPanel.tsx';
import { SetupSections } from './setup/SetupSections.tsx';
import '../exhibitor/exhibitor.css';
import './eventData.css';
import './organiser.css';

/**
 * The console itself, in the order an organiser on the day needs it: what is happening now,
 * then talking to everyone and keeping order, then setting the event up, then taking its data away.
 * The sections that name pavilions and booths wait for the catalogue.
 */
function Console() {
  const { t, i18n } = useTranslation();
  const { state, retry } = useCatalogue();
  const catalogue = useSession((s) => s.catalogue);
  const eventName = catalogue ? localize(catalogue.event.name, i18n.resolvedLanguage as Lang) : t('app.title');
  const sections = [
    { id: 'dashboard', label: t('eventData.dashboard.title') },
    { id: 'announcements', label: t('announcements.console.title') },
    { id: 'reports', label: t('reports.panel.title') },
    { id: 'moderation', label: t('organiser.moderation.title') },
    { id: 'setup-pavilions', label: t('setup.nav.pavilions') },
    { id: 'setup-import', label: t('setup.nav.import') },
    { id: 'new-invite', label: t('organiser.form.title') },
    { id: 'invites', label: t('organiser.invites.title') },
    { id: 'agenda', label: t('eventData.agenda.title') },
    { id: 'halls', label: t('eventData.halls.title') },
    { id: 'export', label: t('eventData.export.title') },
  ];

  return (
    <DashboardShell
      documentTitle={`${t('organiser.title')} · ${eventName}`}
      className="exhibitor organiser"
      header={
        <ExhibitorHeader
          title={t('organiser.heading')}
          area={t('organiser.title')}
          actions={
            <button type="button" className="ghost small" onClick={() => useRoute.getState().navigate(PATHS.exhibitor)}>
              {t('exhibitor.picker.heading')}
            </button>
          }
        />
      }
      sectionsLabel={t('organiser.nav.sections')}
      sections={sections}
    >
      <DashboardSection />
      <AnnouncementsSection />
      <ModerationPanel />
      {catalogue ? (
        <>
          <SetupSections catalogue={catalogue} />
          <InviteSections catalogue={catalogue} />
          <AgendaSection catalogue={catalogue} />
        </>
      ) : (
        <section className="exh-card">
          <CatalogueStatus state={state === 'failed' ? 'failed' : 'loading'} retry={retry} />
        </section>
      )}
      <HallsSection />
      <ExportSection />
    </DashboardShell>
  );
}

/** /organiser: the organisers' console, for organisers only. */
export function OrganiserPage() {
  const role = useSession((s) => s.session?.user.role);
  if (!role) return <ToLanding noticeKey="organiser.access.signedOut" />;
  if (role !== 'organiser') return <AccessNotice area="organiser" reason="notOrganiser" back="event" />;
  return <Console />;
}
