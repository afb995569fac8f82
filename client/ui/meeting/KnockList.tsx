import { useTranslation } from 'react-i18next';
import { admit, deny } from '../../net/meetingRoom.ts';
import { useMeetingCall } from '../../state/meetingCall.ts';
import { Flag } from '../Flag.tsx';
import { RoleBadge } from '../RoleBadge.tsx';

/** The chair's waiting room: who knocks, with Admit and Deny. */
export function KnockList() {
  const { t } = useTranslation();
  const knocks = useMeetingCall((s) => s.knocks);
  return (
    <section className="mtg-panel-section" aria-labelledby="mtg-knocks-heading">
      <h2 id="mtg-knocks-heading">
        {t('meeting.knocks.heading')}
        {knocks.length > 0 && <span className="mtg-count">{knocks.length}</span>}
      </h2>
      {knocks.length === 0 ? (
        <p className="mtg-panel-empty">{t('meeting.knocks.empty')}</p>
      ) : (
        <ul className="mtg-list">
          {knocks.map((knock) => (
            <li key={knock.userId} className="mtg-person mtg-knock">
              <Flag country={knock.country} size={16} />
              <span className="mtg-person-name">{knock.name}</span>
              <RoleBadge role={knock.role} />
              <span className="mtg-person-actions">
                <button
                  type="button"
                  className="mtg-small-button mtg-admit"
                  onClick={() => admit(knock.userId)}
                  aria-label={t('meeting.knocks.admitName', { name: knock.name })}
                >
                  {t('meeting.knocks.admit')}
                </button>
                <button
                  type="button"
                  className="mtg-small-button"
                  onClick={() => deny(knock.userId)}
                  aria-label={t('meeting.knocks.denyName', { name: knock.name })}
                >
                  {t('meeting.knocks.deny')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
