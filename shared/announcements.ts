import { z } from 'zod';
import { Lang, localize, type LocalizedText } from './languages.ts';

export const ANNOUNCEMENT_LIMITS = {
  /** Characters per language: a banner is read at a glance. */
  textLength: 280,
  /** The longest a timed announcement may run; longer ones run until ended. */
  maxMinutes: 7 * 24 * 60,
  /** How many past announcements organisers see in the console. */
  listed: 50,
} as const;

/** One language's line: no control characters, so a banner is one clean paragraph. */
const Line = z
  .string()
  .trim()
  .min(1)
  .max(ANNOUNCEMENT_LIMITS.textLength)
  .regex(/^[^\p{Cc}]*$/u, 'no control characters');

/** The message in English and, optionally, in other interface languages. */
export const AnnouncementText = z.object({ en: Line }).and(z.partialRecord(Lang, Line));

/** An organiser's new announcement: without `minutes` it stays until ended. */
export const AnnouncementDraft = z.object({
  text: AnnouncementText,
  minutes: z.number().int().min(1).max(ANNOUNCEMENT_LIMITS.maxMinutes).optional(),
});
export type AnnouncementDraft = z.input<typeof AnnouncementDraft>;

export const Announcement = z.object({
  id: z.string(),
  text: z.object({ en: z.string() }).and(z.partialRecord(Lang, z.string())),
  byName: z.string(),
  startedAt: z.string(),
  /** When a timed announcement runs out; null for one that stays until ended. */
  endsAt: z.string().nullable(),
  /** When an organiser ended it (or a newer one replaced it). */
  endedAt: z.string().nullable(),
});
export type Announcement = z.infer<typeof Announcement>;

/** server → client in every room, on joining and on every change: the banner to show, or none. */
export const AnnouncementUpdate = z.object({ active: Announcement.nullable() });
export type AnnouncementUpdate = z.infer<typeof AnnouncementUpdate>;

export const AnnouncementList = z.object({ announcements: z.array(Announcement) });
export type AnnouncementList = z.infer<typeof AnnouncementList>;

/** Whether the banner shows now: not ended, and not past its end. */
export function isShowing(announcement: Announcement, now = Date.now()): boolean {
  if (announcement.endedAt !== null) return false;
  return announcement.endsAt === null || Date.parse(announcement.endsAt) > now;
}

/** The text in the visitor's language, English when it was not written in theirs. */
export function announcementLine(announcement: Pick<Announcement, 'text'>, lang: Lang): string {
  return localize(announcement.text as LocalizedText, lang);
}
