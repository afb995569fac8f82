/**
 * The version of each meeting the visitor last saw, so an invitee can tell when the host has changed
 * one since. Kept per user in localStorage: it outlives the session, which lasts only as long as the tab.
 */

export type SeenVersions = Record<string, number>;

const keyFor = (userId: string) => `tm.meetings.seen.${userId}`;

export function readSeen(userId: string): SeenVersions {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(keyFor(userId)) ?? '{}');
    if (parsed === null || typeof parsed !== 'object') return {};
    return Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'number')) as SeenVersions;
  } catch {
    return {};
  }
}

export function writeSeen(userId: string, seen: SeenVersions): void {
  try {
    localStorage.setItem(keyFor(userId), JSON.stringify(seen));
  } catch {
    // A full or blocked storage only costs the "Changed" marks.
  }
}
