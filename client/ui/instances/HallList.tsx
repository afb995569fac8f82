import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryId } from '../../../shared/countries.ts';
import type { PavilionInstance } from '../../../shared/instances.ts';
import { handOver } from '../../net/rooms.ts';

/** Each hall of the pavilion: how many are in it out of how many it holds, and a move there if it has room. */
export function HallList({
  pavilionId,
  halls,
  roomId,
  onMoved,
}: {
  pavilionId: CountryId;
  halls: PavilionInstance[];
  roomId: string | null;
  onMoved(): void;
}) {
  const { t } = useTranslation();
  const [moving, setMoving] = useState<string | null>(null);
  const [refused, setRefused] = useState(false);

  const move = async (hall: PavilionInstance) => {
    setMoving(hall.roomId);
    setRefused(false);
    try {
      // handOver declines while another move is under way or just after one failed.
      if (await handOver({ kind: 'pavilion', id: pavilionId }, undefined, hall.roomId)) onMoved();
      else setRefused(true);
    } finally {
      setMoving(null);
    }
  };

  return (
    <>
      <ul className="hall-list">
        {halls.map((hall) => {
          const here = hall.roomId === roomId;
          const full = hall.people >= hall.capacity;
          const name = t('instances.hall', hall);
          return (
            <li key={hall.roomId} className="hall-row" data-here={here} data-testid="hall-row">
              <div className="hall-row-text">
                <span className="hall-name" id={`hall-${hall.roomId}`}>
                  {name}
                </span>
                <span className="hall-people">{t('instances.people', hall)}</span>
                <span className="hall-meter" aria-hidden="true">
                  <span style={{ width: `${Math.min(100, (100 * hall.people) / hall.capacity)}%` }} />
                </span>
              </div>
              {here ? (
                <span className="hall-tag here">{t('instances.here')}</span>
              ) : full ? (
                <span className="hall-tag full">{t('instances.full')}</span>
              ) : (
                <button
                  type="button"
                  className="primary small"
                  aria-describedby={`hall-${hall.roomId}`}
                  disabled={moving !== null}
                  onClick={() => void move(hall)}
                >
                  {moving === hall.roomId ? t('instances.moving') : t('instances.move')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {refused && (
        <p className="hall-card-problem" role="alert" data-testid="hall-move-refused">
          {t('instances.moveRefused')}
        </p>
      )}
    </>
  );
}
