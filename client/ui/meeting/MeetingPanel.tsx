import { useTranslation } from 'react-i18next';
import { ChairTools } from './ChairTools.tsx';
import { KnockList } from './KnockList.tsx';
import { PeopleList } from './PeopleList.tsx';
import { SpeakingOrder } from './SpeakingOrder.tsx';

/** The side panel: for the chair, the waiting room, the speaking order, the people and the meeting's controls; for others, who is here. */
export function MeetingPanel({ chair, onClose }: { chair: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <aside
      className="mtg-panel"
      aria-label={chair ? t('meeting.panel.chairLabel') : t('meeting.panel.people')}
      id="mtg-panel"
    >
      <div className="mtg-panel-head">
        <p className="mtg-panel-title">{chair ? t('meeting.panel.chairTitle') : t('meeting.panel.people')}</p>
        <button type="button" className="mtg-panel-close" onClick={onClose} aria-label={t('meeting.panel.close')}>
          ×
        </button>
      </div>
      <div className="mtg-panel-scroll">
        {chair && <KnockList />}
        <SpeakingOrder chair={chair} />
        <PeopleList chair={chair} />
        {chair && <ChairTools />}
      </div>
    </aside>
  );
}
