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
import { InviteSections } from './InviteSections.tsx';
import { AnnouncementsSection } from '../announcements/AnnouncementsSection.tsx';
import { ModerationPanel } from './moderation/ModerationPanel.tsx';
import '../exhibitor/exhibitor.css';
import './organiser.css';

/** The console itself: invitations first, then the moderation log; names need the catalogue, so it loads first. */
function Console() {
  const { t, i18n } = useTranslation();
  const { state, retry } = useCatalogue();
  const catalogue = useSession((s) => s.catalogue);
  const eventName = catalogue ? localize(catalogue.event.name, i18n.resolvedLanguage as Lang) : t('app.title');
  const sections = [
    { id: 'new-invite', label: t('organiser.form.title') },
    { id: 'invites', label: t('organiser.invites.title') },
    { id: 'announcements', label: t('announcements.console.title') },
    { id: 'reports', label: t('reports.panel.title') },
    { id: 'moderation', label: t('organiser.moderation.title') },
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
      {catalogue ? (
        <InviteSections catalogue={catalogue} />
      ) : (
        <section className="exh-card">
          <CatalogueStatus state={state === 'failed' ? 'failed' : 'loading'} retry={retry} />
        </section>
      )}
      <AnnouncementsSection />
      <ModerationPanel />
    </DashboardShell>
  );
}

/** /organiser: invitations and the moderation log, for organisers only. */
export function OrganiserPage() {
  const role = useSession((s) => s.session?.user.role);
  if (!role) return <ToLanding noticeKey="organiser.access.signedOut" />;
  if (role !== 'organiser') return <AccessNotice area="organiser" reason="notOrganiser" back="event" />;
  return <Console />;
}
