import { StageSlotRequest } from '../../../shared/stage.ts';
import { dayOf, nextQuarter, timeOf } from '../../state/dayTime.ts';

/** What the organiser types for a new slot; the start is a local date and time ("2025-05-14T14:30"). */
export interface SlotDraft {
  start: string;
  minutes: number;
  title: string;
  speakerName: string;
}

export const SLOT_LENGTHS = [10, 15, 20, 30, 45, 60, 90] as const;

/** The next quarter hour, as a datetime-local input writes it. */
function nextQuarterHour(now = new Date()): string {
  const d = nextQuarter(now);
  return `${dayOf(d)}T${timeOf(d)}`;
}

export function emptyDraft(): SlotDraft {
  return { start: nextQuarterHour(), minutes: 20, title: '', speakerName: '' };
}

/** The request for the server, checked with the same schema the server applies; `problem` is a translation key. */
export function slotRequest(draft: SlotDraft): { ok: true; body: StageSlotRequest } | { ok: false; problem: string } {
  const start = new Date(draft.start);
  if (Number.isNaN(start.getTime())) return { ok: false, problem: 'meetings.validation.when' };
  const end = new Date(start.getTime() + draft.minutes * 60_000);
  const body = {
    startsAt: start.toISOString(),
    endsAt: end.toISOString(),
    title: draft.title,
    speakerName: draft.speakerName,
    boothId: null,
  };
  const parsed = StageSlotRequest.safeParse(body);
  return parsed.success ? { ok: true, body } : { ok: false, problem: 'stage.agenda.invalid' };
}
