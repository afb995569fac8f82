import { MeetingMessages } from '../../shared/meetings.ts';
import type { ClientDirectory } from '../moderation/clientDirectory.ts';

/**
 * Tells everyone on a meeting's list who is connected that it changed, wherever they are, so
 * their agenda reloads it. Only the id travels: what changed is read through the API, which
 * checks who may see it.
 */
export function announceMeetingChange(clients: ClientDirectory, userIds: Iterable<string>, meetingId: string): void {
  const message = { meetingId };
  for (const userId of new Set(userIds)) clients.send(userId, MeetingMessages.changed, message);
}
