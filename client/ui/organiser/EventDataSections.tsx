import type { TFunction } from 'i18next';
import type { Catalogue } from '../../../shared/catalogue.ts';
import type { DashboardSection as SectionLink } from '../exhibitor/DashboardShell.tsx';
import { AgendaSection } from './agenda/AgendaSection.tsx';
import { DashboardSection } from './dashboard/DashboardSection.tsx';
import { ExportSection } from './export/ExportSection.tsx';
import { HallsSection } from './halls/HallsSection.tsx';
import './eventData.css';

/** The console's links to the live dashboard, halls, stage agendas and the export. */
export function eventDataLinks(t: TFunction): SectionLink[] {
  return [
    { id: 'dashboard', label: t('eventData.dashboard.title') },
    { id: 'halls', label: t('eventData.halls.title') },
    { id: 'agenda', label: t('eventData.agenda.title') },
    { id: 'export', label: t('eventData.export.title') },
  ];
}

/** The live dashboard, meeting halls, stage agendas (once the catalogue is in) and the export of all event data. */
export function EventDataSections({ catalogue }: { catalogue: Catalogue | null }) {
  return (
    <>
      <DashboardSection />
      <HallsSection />
      {catalogue && <AgendaSection catalogue={catalogue} />}
      <ExportSection />
    </>
  );
}
