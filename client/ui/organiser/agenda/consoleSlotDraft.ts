import { StageSlotRequest } from '../../../../shared/stage.ts';
import { dayOf, nextQuarter, timeOf } from '../../../state/dayTime.ts';

/** A slot as the organiser types it: start and end as datetime-local fields write them, in their own time zone. */
export interface ConsoleSlotDraft {
  start: string;
  end: string;
  title: string;
  speakerName: string;
  /** "" for no booth. */
  boothId: string;
}

const local = (d: Date) => `${dayOf(d)}T${timeOf(d)}`;

/** The next quarter hour, twenty minutes long. */
export function emptySlotDraft(now = new Date()): ConsoleSlotDraft {
  const start = nextQuarter(now);
  return {
    start: local(start),
    end: local(new Date(start.getTime() + 20 * 60_000)),
    title: '',
    speakerName: '',
    boothId: '',
  };
}

/** The request, checked with the server's own schema; `problem` is a translation key. */
export function consoleSlotRequest(
  draft: ConsoleSlotDraft,
): { ok: true; body: StageSlotRequest } | { ok: false; problem: string } {
  const start = new Date(draft.start);
  const end = new Date(draft.end);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()))
    return { ok: false, problem: 'eventData.agenda.badTime' };
  if (end <= start) return { ok: false, problem: 'eventData.agenda.endBeforeStart' };
  const body = {
    startsAt: start.toISOString(),
    endsAt: end.toISOString(),
    title: draft.title,
    speakerName: draft.speakerName,
    boothId: draft.boothId || null,
  };
  const parsed = StageSlotRequest.safeParse(body);
  if (parsed.success) return { ok: true, body };
  const field = parsed.error.issues[0]?.path[0];
  return { ok: false, problem: field === 'speakerName' ? 'eventData.agenda.badSpeaker' : 'eventData.agenda.badTitle' };
}
