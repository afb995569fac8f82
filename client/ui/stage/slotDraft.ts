import { StageSlotRequest } from '../../../shared/stage.ts';
import { describeZodError } from '../../../shared/errors.ts';

/** What the organiser types for a new slot; the start is a local date and time ("2025-05-14T14:30"). */
export interface SlotDraft {
  start: string;
  minutes: number;
  title: string;
  speakerName: string;
}

export const SLOT_LENGTHS = [10, 15, 20, 30, 45, 60, 90] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** The next quarter hour, as a datetime-local input writes it. */
export function nextQuarterHour(now = new Date()): string {
  const d = new Date(now);
  d.setSeconds(0, 0);
  d.setMinutes(Math.ceil((d.getMinutes() + 1) / 15) * 15);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function emptyDraft(): SlotDraft {
  return { start: nextQuarterHour(), minutes: 20, title: '', speakerName: '' };
}

/** The request for the server, checked with the same schema the server applies. */
export function slotRequest(draft: SlotDraft): { ok: true; body: StageSlotRequest } | { ok: false; message: string } {
  const start = new Date(draft.start);
  if (Number.isNaN(start.getTime())) return { ok: false, message: 'startsAt' };
  const end = new Date(start.getTime() + draft.minutes * 60_000);
  const body = {
    startsAt: start.toISOString(),
    endsAt: end.toISOString(),
    title: draft.title,
    speakerName: draft.speakerName,
    boothId: null,
  };
  const parsed = StageSlotRequest.safeParse(body);
  return parsed.success ? { ok: true, body } : { ok: false, message: describeZodError(parsed.error) };
}
