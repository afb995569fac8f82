import type { Headcount } from '../../shared/headcount.ts';
import type { PresenceDirectory } from './presenceDirectory.ts';

/**
 * Everyone present and connected, counted where they are now (a person in the middle of a
 * hand-over counts once, in the room they joined last); banned people are not counted.
 */
export function headcount(presence: PresenceDirectory, isBanned: (userId: string) => boolean): Headcount {
  const counts: Headcount = { plaza: 0, pavilions: {} };
  for (const present of presence.everyone()) {
    if (present.away() || isBanned(present.user.id)) continue;
    const { place } = present;
    if (place.kind === 'plaza') counts.plaza++;
    else counts.pavilions[place.id] = (counts.pavilions[place.id] ?? 0) + 1;
  }
  return counts;
}
