import type { Room } from 'colyseus.js';
import { z } from 'zod';
import {
  Announcement,
  AnnouncementList,
  AnnouncementUpdate,
  type AnnouncementDraft,
} from '../../shared/announcements.ts';
import { MESSAGES } from '../../shared/protocol.ts';
import { useAnnouncement } from '../state/announcement.ts';
import { request } from './api.ts';

/** The banner as any room (plaza, pavilion, meeting, lobby) says it: on joining and on every change. */
export function listenToAnnouncements(room: Room, isCurrent: () => boolean = () => true): void {
  room.onMessage(MESSAGES.announcement, (raw: unknown) => {
    const update = AnnouncementUpdate.safeParse(raw);
    if (update.success && isCurrent()) useAnnouncement.getState().receive(update.data.active);
  });
}

const AnnouncementAnswer = z.object({ announcement: Announcement });

/** Organisers: shows a banner in every room now, replacing the one showing. */
export async function startAnnouncement(body: AnnouncementDraft): Promise<Announcement> {
  return (await request(AnnouncementAnswer, '/api/announcements', { method: 'POST', body: JSON.stringify(body) }))
    .announcement;
}

export async function endAnnouncement(id: string): Promise<Announcement> {
  return (await request(AnnouncementAnswer, `/api/announcements/${encodeURIComponent(id)}`, { method: 'DELETE' }))
    .announcement;
}

/** Newest first, ended ones included. */
export async function fetchAnnouncements(): Promise<Announcement[]> {
  return (await request(AnnouncementList, '/api/announcements')).announcements;
}
