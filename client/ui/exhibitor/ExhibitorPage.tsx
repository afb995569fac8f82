import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../state/session.ts';
import { CatalogueStatus } from '../CatalogueStatus.tsx';
import { useCatalogue } from '../useCatalogue.ts';
import { AccessNotice } from './AccessNotice.tsx';
import { BoothDashboard } from './BoothDashboard.tsx';
import { BoothPicker } from './BoothPicker.tsx';
import { ExhibitorHeader } from './ExhibitorHeader.tsx';
import { findBooth } from './findBooth.ts';
import './exhibitor.css';

/** The booth an organiser picked to look at, remembered for this tab (the console opens a booth's dashboard through it). */
export const PICKED_KEY = 'tm.exhibitor.booth';

/** The catalogue is needed for everything here; until it has loaded, say so (or offer a retry). */
function CatalogueWait({ failed, retry }: { failed: boolean; retry(): void }) {
  const { t } = useTranslation();
  return (
    <div className="exhibitor">
      <ExhibitorHeader title={t('exhibitor.title')} />
      <main id="main" className="exh-main">
        <section className="exh-card">
          <CatalogueStatus state={failed ? 'failed' : 'loading'} retry={retry} />
        </section>
      </main>
    </div>
  );
}

/** An exhibitor's own booth, or, for an organiser, the booth they picked (remembered for this tab). */
function Dashboard({ boothId, organiser }: { boothId: string | null; organiser: boolean }) {
  const { t } = useTranslation();
  const { state, retry } = useCatalogue();
  const catalogue = useSession((s) => s.catalogue);
  const [picked, setPicked] = useState(() => (organiser ? sessionStorage.getItem(PICKED_KEY) : null));

  if (!catalogue) return <CatalogueWait failed={state === 'failed'} retry={retry} />;

  const pick = (id: string | null) => {
    if (id) sessionStorage.setItem(PICKED_KEY, id);
    else sessionStorage.removeItem(PICKED_KEY);
    setPicked(id);
    scrollTo(0, 0);
  };
  const found = findBooth(catalogue, organiser ? (picked ?? '') : (boothId ?? ''));

  if (organiser && !found) {
    return (
      <div className="exhibitor">
        <ExhibitorHeader title={t('exhibitor.picker.heading')} />
        <main id="main" className="exh-main">
          <BoothPicker catalogue={catalogue} onPick={pick} />
        </main>
      </div>
    );
  }
  if (!found) return <AccessNotice reason="noBooth" />;
  return (
    <BoothDashboard
      key={found.booth.id}
      booth={found.booth}
      pavilion={found.pavilion}
      actions={
        organiser && (
          <button type="button" className="ghost small" onClick={() => pick(null)}>
            {t('exhibitor.picker.change')}
          </button>
        )
      }
    />
  );
}

/** /exhibitor: the booth dashboard for exhibitors and organisers; everyone else is pointed back to the start. */
export function ExhibitorPage() {
  const session = useSession((s) => s.session);
  if (!session) return <AccessNotice reason="signedOut" />;
  const { role, boothId } = session.user;
  if (role === 'organiser') return <Dashboard boothId={null} organiser />;
  if (role !== 'exhibitor') return <AccessNotice reason="notExhibitor" />;
  if (!boothId) return <AccessNotice reason="noBooth" />;
  return <Dashboard boothId={boothId} organiser={false} />;
}
