import { HallChange, HallCreate } from '../../../../shared/halls.ts';
import type { MeetingHall } from '../../../../shared/meetings.ts';

/** What the organiser types for a hall: text as typed, checked with the server's own schema before sending. */
export interface HallDraft {
  name: string;
  country: string;
  seats: string;
}

export const emptyHallDraft = (): HallDraft => ({ name: '', country: 'kz', seats: '12' });
export const draftOf = (hall: MeetingHall): HallDraft => ({
  name: hall.name,
  country: hall.country,
  seats: String(hall.seats),
});

/** The problem's translation key, or the body to send. */
export function hallCreate(draft: HallDraft): { ok: true; body: HallCreate } | { ok: false; problem: string } {
  const parsed = HallCreate.safeParse({ name: draft.name, country: draft.country, seats: Number(draft.seats) });
  if (parsed.success) return { ok: true, body: parsed.data };
  return { ok: false, problem: problemOf(parsed.error.issues[0]?.path[0]) };
}

/** Only what changed; nothing changed is a problem of its own. */
export function hallChange(
  hall: MeetingHall,
  draft: HallDraft,
): { ok: true; body: HallChange } | { ok: false; problem: string } {
  const seats = Number(draft.seats);
  const body = {
    ...(draft.name.trim() !== hall.name && { name: draft.name }),
    ...(draft.country !== hall.country && { country: draft.country }),
    ...(seats !== hall.seats && { seats }),
  };
  if (Object.keys(body).length === 0) return { ok: false, problem: 'eventData.halls.unchanged' };
  const parsed = HallChange.safeParse(body);
  if (parsed.success) return { ok: true, body: parsed.data };
  return { ok: false, problem: problemOf(parsed.error.issues[0]?.path[0]) };
}

function problemOf(field: PropertyKey | undefined): string {
  if (field === 'seats') return 'eventData.halls.badSeats';
  if (field === 'country') return 'eventData.halls.badCountry';
  return 'eventData.halls.badName';
}
