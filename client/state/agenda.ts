import type { StageSlot } from '../../shared/stage.ts';

/** Where a slot stands at a moment: over, on now, or still to come. */
export type SlotTiming = 'past' | 'now' | 'next' | 'later';

/** The slot on now, if any (the agenda is sorted by start; overlaps pick the later start). */
export function currentSlot(slots: readonly StageSlot[], now: number): StageSlot | undefined {
  let found: StageSlot | undefined;
  for (const slot of slots) if (Date.parse(slot.startsAt) <= now && now < Date.parse(slot.endsAt)) found = slot;
  return found;
}

/** The first slot that has not started yet. */
export function nextSlot(slots: readonly StageSlot[], now: number): StageSlot | undefined {
  return slots.find((slot) => Date.parse(slot.startsAt) > now);
}

export function timingOf(slot: StageSlot, slots: readonly StageSlot[], now: number): SlotTiming {
  if (Date.parse(slot.endsAt) <= now) return 'past';
  if (slot === currentSlot(slots, now)) return 'now';
  return slot === nextSlot(slots, now) ? 'next' : 'later';
}

/** The same calendar day in the visitor's time zone. */
export function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** Slots grouped by the visitor's calendar day, in order. */
export function byDay(slots: readonly StageSlot[]): { day: Date; slots: StageSlot[] }[] {
  const days: { day: Date; slots: StageSlot[] }[] = [];
  for (const slot of slots) {
    const start = new Date(slot.startsAt);
    const last = days.at(-1);
    if (last && sameDay(last.day, start)) last.slots.push(slot);
    else days.push({ day: start, slots: [slot] });
  }
  return days;
}
