import { useTranslation } from 'react-i18next';
import { LiveIndicator } from '../../exhibitor/LiveIndicator.tsx';
import { LoadFailure } from '../../exhibitor/LoadFailure.tsx';
import { MeetingsNow } from './MeetingsNow.tsx';
import { OnlineTable } from './OnlineTable.tsx';
import { StagesTable } from './StagesTable.tsx';
import { TopBooths } from './TopBooths.tsx';
import { useFigures } from './useFigures.ts';
import { useLiveDashboard } from './useLiveDashboard.ts';

/** The event right now: who is where, the stages, leads and visits so far, meetings under way; updated live. */
export function DashboardSection() {
  const { t } = useTranslation();
  const { snapshot, live, failure, retry } = useLiveDashboard();
  const { number, clock } = useFigures();

  return (
    <section id="dashboard" className="exh-card ed-dashboard" aria-labelledby="dashboard-title">
      <div className="exh-card-head">
        <div>
          <h2 id="dashboard-title">{t('eventData.dashboard.title')}</h2>
          <p className="hint">{t('eventData.dashboard.intro')}</p>
        </div>
        <div className="exh-head-actions">
          {snapshot && (
            <span className="hint org-updated" data-testid="dashboard-updated">
              {t('eventData.dashboard.updated', { time: clock(snapshot.at) })}
            </span>
          )}
          <LiveIndicator state={live} />
        </div>
      </div>
      {failure !== null && <LoadFailure failure={failure} onRetry={retry} />}
      {!snapshot && failure === null && (
        <p className="loading" role="status">
          <span className="spinner" aria-hidden="true" /> {t('eventData.dashboard.loading')}
        </p>
      )}
      {snapshot && (
        <>
          <dl className="exh-stats ed-stats">
            <div className="exh-stat" data-figure="online">
              <dt>{t('eventData.dashboard.online')}</dt>
              <dd>{number(snapshot.online.total)}</dd>
            </div>
            <div className="exh-stat" data-figure="leads">
              <dt>{t('eventData.dashboard.leads')}</dt>
              <dd>{number(snapshot.leads.total)}</dd>
            </div>
            <div className="exh-stat" data-figure="visits">
              <dt>{t('eventData.dashboard.visits')}</dt>
              <dd>
                {number(snapshot.visits.total)}
                <span className="ed-stat-sub">
                  {t('eventData.dashboard.visitors', {
                    count: snapshot.visits.visitors,
                    value: number(snapshot.visits.visitors),
                  })}
                </span>
              </dd>
            </div>
            <div className="exh-stat" data-figure="meetings">
              <dt>{t('eventData.dashboard.meetingsNow')}</dt>
              <dd>{number(snapshot.meetingsNow.length)}</dd>
            </div>
          </dl>
          <h3>{t('eventData.dashboard.whereTitle')}</h3>
          <OnlineTable online={snapshot.online} />
          <h3>{t('eventData.dashboard.stagesTitle')}</h3>
          <p className="hint">{t('eventData.dashboard.audienceHint')}</p>
          <StagesTable stages={snapshot.stages} />
          <div className="ed-tops">
            <TopBooths id="top-leads" title={t('eventData.dashboard.topLeads')} booths={snapshot.leads.topBooths} />
            <TopBooths id="top-visits" title={t('eventData.dashboard.topVisits')} booths={snapshot.visits.topBooths} />
          </div>
          <h3>{t('eventData.dashboard.meetingsTitle')}</h3>
          <MeetingsNow meetings={snapshot.meetingsNow} />
        </>
      )}
    </section>
  );
}
