import { useTranslation } from 'react-i18next';
import type { BusyRange } from '../../../shared/meetings.ts';
import { blockOf, TIMELINE_HOURS } from '../../state/dayTime.ts';
import { useMeetingTime } from './useMeetingTime.ts';

export interface DayTimelineProps {
  day: string;
  /** Undefined while loading, null when it could not be read. */
  busy: BusyRange[] | null | undefined;
  /** The slot being booked, drawn over the busy ranges; marked when it clashes. */
  chosen: { startsAt: string; endsAt: string } | null;
  clash: boolean;
}

const HOURS = Array.from(
  { length: (TIMELINE_HOURS.to - TIMELINE_HOURS.from) / 2 + 1 },
  (_, i) => TIMELINE_HOURS.from + i * 2,
);

/** A hall's working day (08:00–20:00 local) with its taken times, so a free slot shows at a glance; the same in words for screen readers. */
export function DayTimeline({ day, busy, chosen, clash }: DayTimelineProps) {
  const { t } = useTranslation();
  const time = useMeetingTime();
  const chosenBlock = chosen && blockOf(chosen, day);
  const words =
    busy === undefined
      ? t('meetings.hall.loadingBusy')
      : busy === null
        ? t('meetings.hall.busyFailed')
        : busy.length === 0
          ? t('meetings.hall.freeAllDay')
          : t('meetings.hall.busyAt', {
              ranges: busy.map((b) => `${time.time(new Date(b.startsAt))}–${time.time(new Date(b.endsAt))}`).join(', '),
            });
  return (
    <div className="mtg-timeline-wrap">
      <div
        className="mtg-timeline"
        aria-hidden="true"
        data-state={busy === undefined ? 'loading' : busy === null ? 'failed' : 'ready'}
      >
        {HOURS.slice(1, -1).map((hour) => (
          <span
            key={hour}
            className="mtg-tick"
            style={{ left: `${((hour - TIMELINE_HOURS.from) / (TIMELINE_HOURS.to - TIMELINE_HOURS.from)) * 100}%` }}
          />
        ))}
        {busy?.map((range) => {
          const block = blockOf(range, day);
          return (
            block && (
              <span
                key={range.startsAt}
                className="mtg-busy"
                style={{ left: `${block.left}%`, width: `${block.width}%` }}
              />
            )
          );
        })}
        {chosenBlock && (
          <span
            className="mtg-chosen"
            data-clash={clash}
            style={{ left: `${chosenBlock.left}%`, width: `${chosenBlock.width}%` }}
          />
        )}
      </div>
      <div className="mtg-hours" aria-hidden="true">
        {HOURS.map((hour) => (
          <span key={hour}>{String(hour).padStart(2, '0')}</span>
        ))}
      </div>
      <p className="visually-hidden">{words}</p>
    </div>
  );
}
