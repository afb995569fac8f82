import { useTranslation } from 'react-i18next';
import { giveFloor } from '../../net/meetingRoom.ts';
import { useMeetingCall } from '../../state/meetingCall.ts';
import { FloorLine } from './FloorLine.tsx';
import { useNameOf } from './useNameOf.ts';

/** Who has the floor and who asked for it, in order; the chair gives it to the next or takes it back. */
export function SpeakingOrder({ chair }: { chair: boolean }) {
  const { t } = useTranslation();
  const speaker = useMeetingCall((s) => s.speaker);
  const floor = useMeetingCall((s) => s.floor);
  const nameOf = useNameOf();
  const waiting = floor.filter((id) => id !== speaker);
  const next = waiting[0];
  return (
    <section className="mtg-panel-section" aria-labelledby="mtg-order-heading">
      <h2 id="mtg-order-heading">{t('meeting.order.heading')}</h2>
      <FloorLine />
      {chair && (next || speaker) && (
        <div className="mtg-panel-buttons">
          {next && (
            <button type="button" className="mtg-small-button mtg-admit" onClick={() => giveFloor(next)}>
              {t('meeting.order.giveTo', { name: nameOf(next) })}
            </button>
          )}
          {speaker && (
            <button type="button" className="mtg-small-button" onClick={() => giveFloor(null)}>
              {t('meeting.order.takeBack')}
            </button>
          )}
        </div>
      )}
      {waiting.length > 0 && (
        <ol className="mtg-list mtg-queue">
          {waiting.map((id) => (
            <li key={id} className="mtg-person">
              <span className="mtg-person-name">{nameOf(id)}</span>
              {chair && id !== next && (
                <span className="mtg-person-actions">
                  <button
                    type="button"
                    className="mtg-small-button"
                    onClick={() => giveFloor(id)}
                    aria-label={t('meeting.order.giveTo', { name: nameOf(id) })}
                  >
                    {t('meeting.order.give')}
                  </button>
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
