import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Booth } from '../../../shared/booths.ts';
import type { Pavilion } from '../../../shared/catalogue.ts';
import { localize, type Lang } from '../../../shared/languages.ts';
import { AnalyticsPanel } from './AnalyticsPanel.tsx';
import { BoothEditor } from './BoothEditor.tsx';
import { BoothFiles } from './BoothFiles.tsx';
import { DashboardShell } from './DashboardShell.tsx';
import { ExhibitorHeader } from './ExhibitorHeader.tsx';
import { LeadsPanel } from './LeadsPanel.tsx';
import { storeBooth } from './storeBooth.ts';

/** One booth's dashboard: figures, leads, and the booth page's texts and files. */
export function BoothDashboard({
  booth,
  pavilion,
  actions,
}: {
  booth: Booth;
  pavilion: Pavilion;
  actions?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage as Lang;
  const name = localize(booth.content.name, lang);
  const sections = [
    { id: 'analytics', label: t('exhibitor.analytics.title') },
    { id: 'leads', label: t('exhibitor.leads.title') },
    { id: 'booth-page', label: t('exhibitor.editor.title') },
  ];

  return (
    <DashboardShell
      documentTitle={`${name} · ${t('exhibitor.title')}`}
      header={
        <ExhibitorHeader
          title={name}
          country={pavilion.country}
          pavilion={localize(pavilion.name, lang)}
          sample={booth.sample}
          actions={actions}
        />
      }
      sectionsLabel={t('exhibitor.nav.sections')}
      sections={sections}
    >
      <section id="analytics" className="exh-card" aria-labelledby="analytics-title">
        <AnalyticsPanel boothId={booth.id} />
      </section>
      <section id="leads" className="exh-card" aria-labelledby="leads-title">
        <LeadsPanel boothId={booth.id} />
      </section>
      <div id="booth-page" className="exh-columns">
        <section className="exh-card" aria-labelledby="editor-title">
          <BoothEditor booth={booth} onSaved={storeBooth} />
        </section>
        <section className="exh-card" aria-labelledby="files-title">
          <BoothFiles booth={booth} onUploaded={storeBooth} />
        </section>
      </div>
    </DashboardShell>
  );
}
