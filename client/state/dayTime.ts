import type { BusyRange } from '../../shared/meetings.ts';

/** Calendar days ("2026-05-14") and times ("14:30") as typed into date and time fields: the visitor's own time zone. */

const pad = (n: number) => String(n).padStart(2, '0');

export function dayOf(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function timeOf(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The moment a day and a time stand for, or null when either is not filled in properly. */
export function instantOf(day: string, time: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const date = new Date(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  return Number.isNaN(date.getTime()) || dayOf(date) !== day ? null : date;
}

/** From the day's midnight to the next (23 or 25 hours apart on the days clocks change). */
export function dayBounds(day: string): { from: Date; to: Date } | null {
  const from = instantOf(day, '00:00');
  if (!from) return null;
  return { from, to: new Date(from.getFullYear(), from.getMonth(), from.getDate() + 1) };
}

/** The working day a hall's timeline shows. */
export const TIMELINE_HOURS = { from: 8, to: 20 } as const;

export interface TimelineBlock {
  /** Per cent of the timeline's width. */
  left: number;
  width: number;
}

/** A range drawn on the day's timeline, clipped to its hours; null when it falls outside them. */
export function blockOf(range: { startsAt: string; endsAt: string }, day: string): TimelineBlock | null {
  const open = instantOf(day, `${pad(TIMELINE_HOURS.from)}:00`);
  const close = instantOf(day, `${pad(TIMELINE_HOURS.to)}:00`);
  if (!open || !close) return null;
  const span = close.getTime() - open.getTime();
  const start = Math.max(Date.parse(range.startsAt), open.getTime());
  const end = Math.min(Date.parse(range.endsAt), close.getTime());
  if (end <= start) return null;
  return { left: ((start - open.getTime()) / span) * 100, width: ((end - start) / span) * 100 };
}

export function overlapsAny(range: { startsAt: string; endsAt: string }, busy: readonly BusyRange[]): boolean {
  const start = Date.parse(range.startsAt);
  const end = Date.parse(range.endsAt);
  return busy.some((b) => Date.parse(b.startsAt) < end && start < Date.parse(b.endsAt));
}

/** The next quarter hour from `now`, e.g. 10:07 → 10:15. */
export function nextQuarter(now: Date): Date {
  const next = new Date(now);
  next.setSeconds(0, 0);
  next.setMinutes(Math.ceil((now.getMinutes() + 1) / 15) * 15);
  return next;
}
