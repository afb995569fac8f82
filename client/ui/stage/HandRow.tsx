import { useTranslation } from 'react-i18next';
import type { RaisedHand } from '../../../shared/stage.ts';
import { promote, removeFromStage } from '../../net/rooms.ts';
import { Flag } from '../Flag.tsx';
import { useCountryName } from '../useCountryName.ts';
import { useSlotTime } from '../../i18n/useSlotTime.ts';

/** A raised hand in the organiser's queue: let them speak, or take them off the stage. */
export function HandRow({ hand }: { hand: RaisedHand }) {
  const { t } = useTranslation();
  const time = useSlotTime();
  const countryName = useCountryName();
  return (
    <li className="stage-person">
      <Flag country={hand.country} size={16} />
      <div className="stage-person-text">
        <span className="stage-person-name">{hand.name}</span>
        <span className="stage-person-meta">
          {countryName(hand.country)} · {t('stage.queue.raisedAt', { time: time.at(hand.at) })}
        </span>
      </div>
      <div className="stage-person-actions">
        <button type="button" className="stage-small" data-kind="go" onClick={() => promote(hand.userId)}>
          {t('stage.queue.letSpeak')}
        </button>
        <button type="button" className="stage-small" data-kind="danger" onClick={() => removeFromStage(hand.userId)}>
          {t('stage.queue.remove')}
        </button>
      </div>
    </li>
  );
}
